import { describe, expect, it } from 'vitest';
import { featureGroups, LINKABLE_LAYERS } from '../../../src/lib/story/feature-groups';

const f = (key: string, source: string, name: string) => [key, { key, source, name }] as const;

describe('featureGroups', () => {
  const features = new Map([
    f('site:winter-palace', 'sites', 'Winter Palace'),
    f('site:smolny', 'sites', 'Smolny Institute'),
    f('place:brest-litovsk', 'places', 'Brest-Litovsk'),
    f('city:nevsky', 'city', 'Nevsky Prospekt'),
  ]);
  it('lists every linkable layer in order, each sorted by name', () => {
    const groups = featureGroups(features);
    expect(groups.map((g) => g.label)).toEqual(LINKABLE_LAYERS.map(([, label]) => label));
    expect(groups[0]!.items).toEqual([
      { ref: 'site:smolny', name: 'Smolny Institute' },
      { ref: 'site:winter-palace', name: 'Winter Palace' },
    ]);
    expect(groups[2]!.items).toEqual([{ ref: 'place:brest-litovsk', name: 'Brest-Litovsk' }]);
  });
  it('leaves out layers a reader does not link to, and keeps empty groups', () => {
    const groups = featureGroups(features);
    expect(groups.flatMap((g) => g.items.map((i) => i.ref))).not.toContain('city:nevsky');
    expect(groups[1]!.items).toEqual([]);
  });
});
