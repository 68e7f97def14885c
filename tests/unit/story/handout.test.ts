import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/lib/story/parse';
import { cite, handoutOf } from '../../../src/lib/story/handout';

const feature = (sources: unknown[]) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [0, 0] },
  properties: { sources },
});

describe('handoutOf', () => {
  it('gives each slide its features’ names and their sources once each', () => {
    const essay = parseEssay(
      'The [Smolny](site:smolny) and the [Palace](site:winter-palace).\n\nNo links.',
    );
    const book = { author: 'J. Reed', title: 'Ten Days', year: 1919 };
    const features: Record<string, { name: string; feature: ReturnType<typeof feature> }> = {
      'site:smolny': { name: 'Smolny Institute', feature: feature([book, { title: 'A map' }]) },
      'site:winter-palace': { name: 'Winter Palace', feature: feature([book, 'junk']) },
    };
    const pages = handoutOf(essay.passages, (ref) => features[ref]);
    expect(pages[0]).toMatchObject({
      names: ['Smolny Institute', 'Winter Palace'],
      sources: ['J. Reed, Ten Days (1919)', 'A map'],
    });
    expect(pages[1]).toMatchObject({ names: [], sources: [] });
  });
  it('cites without the parts a source lacks', () => {
    expect(cite({ title: 'T' })).toBe('T');
  });
});
