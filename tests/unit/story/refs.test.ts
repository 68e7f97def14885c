import { describe, expect, it } from 'vitest';
import { parseRef, refFor } from '../../../src/lib/story/refs';

describe('feature references', () => {
  it('parses scheme:id into the layer and id', () => {
    expect(parseRef('site:smolny')).toEqual({
      key: 'site:smolny',
      scheme: 'site',
      source: 'sites',
      id: 'smolny',
    });
    expect(parseRef(' place:brest-litovsk ')?.source).toBe('places');
  });

  it('refuses web addresses, unknown schemes, script URLs and malformed ids', () => {
    for (const bad of [
      'https://example.org',
      'javascript:alert(1)',
      'site:',
      'site:Smolny',
      'site:a--b',
      'toString:x',
      'constructor:x',
      '',
    ]) {
      expect(parseRef(bad)).toBeNull();
    }
  });

  it('builds the reference of a feature from its layer', () => {
    expect(refFor('sites', 'winter-palace')).toBe('site:winter-palace');
    expect(refFor('land', 'x')).toBeNull();
  });
});
