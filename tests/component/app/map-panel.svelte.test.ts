import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { MapPanel } from '../../../src/app/map-panel.svelte';
import { Atlas } from '../../../src/lib/atlas.svelte';
import type { Stakes } from '../../../src/lib/geo/stakes';
import { diskFetch } from './disk-fetch';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function setup(load: () => Promise<Stakes>) {
  const atlas = new Atlas(diskFetch);
  let panel!: MapPanel;
  cleanups.push($effect.root(() => void (panel = new MapPanel(atlas, load))));
  return { atlas, panel };
}

describe('MapPanel', () => {
  it('lists the sites and marks their events on the city map', async () => {
    const { atlas, panel } = setup(() => new Promise(() => {}));
    expect(panel.marks).toEqual([]);
    await atlas.ensureMap('petrograd');
    expect(panel.def.id).toBe('petrograd');
    expect(panel.city.groups.flatMap((g) => g.items.map((i) => i.id))).toContain('smolny');
    expect(panel.marks.length).toBeGreaterThan(10);
    expect(panel.marks.every((m) => m.tone !== 'event')).toBe(true);
    expect(panel.latestPeaceEvent).toBeNull();
  });

  it('loads the peace’s figures once with the peace map, and tells its latest event', async () => {
    let loads = 0;
    const stakes = { total: 1 } as unknown as Stakes;
    const { atlas, panel } = setup(async () => (loads++, stakes));
    atlas.showMap('brest-litovsk');
    await atlas.ensureMap('brest-litovsk');
    flushSync();
    await Promise.resolve();
    expect(panel.stakes).toBe(stakes);
    atlas.setTime(Date.UTC(1918, 2, 3, 18));
    flushSync();
    expect(panel.latestPeaceEvent?.date).toBe('1918-03-03');
    expect(panel.marks.every((m) => m.tone === 'event')).toBe(true);
    atlas.showMap('petrograd');
    atlas.showMap('brest-litovsk');
    flushSync();
    expect(loads).toBe(1);
  });

  it('says so when the figures cannot be loaded', async () => {
    const { atlas } = setup(() => Promise.reject(new Error('gone')));
    await atlas.ensureMap('brest-litovsk');
    flushSync();
    await new Promise((r) => setTimeout(r));
    expect(atlas.errors).toEqual(['The figures of the peace could not be loaded: Error: gone']);
  });

  it('highlights on the map shown only, and measures a selected site', async () => {
    const { atlas, panel } = setup(() => new Promise(() => {}));
    await atlas.allFeatures();
    atlas.openCard('site:aurora-anchorage');
    expect(panel.selected).toEqual({ source: 'sites', id: 'aurora-anchorage' });
    expect(panel.distances.map((d) => d.to).sort()).toEqual(['Smolny Institute', 'Winter Palace']);
    atlas.hoverRef = 'place:brest-litovsk';
    expect(panel.hover).toBeNull();
    atlas.showMap('brest-litovsk');
    expect(panel.hover).toEqual({ source: 'places', id: 'brest-litovsk' });
    expect(panel.selected).toBeNull();
    expect(panel.groups.find((g) => g.label.startsWith('Petrograd sites'))?.items.length).toBe(
      panel.sites.length,
    );
  });
});
