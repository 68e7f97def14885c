import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Atlas } from '../../../src/lib/atlas.svelte';
import { GEODATA_URLS } from '../../../src/lib/geo/geodata-urls';
import { MAPS } from '../../../src/lib/map/maps';

/** Serves the geodata files from disk, by the URL the build gives each. */
const byUrl = new Map(Object.entries(GEODATA_URLS).map(([file, url]) => [url, file]));
const fetchFn = (url: string) => {
  const file = byUrl.get(url);
  return Promise.resolve(
    file
      ? new Response(readFileSync(`geodata/${file}`, 'utf8'))
      : new Response('not found', { status: 404 }),
  );
};

describe('the data each source of the map draws', () => {
  it('stays the same object while the moment changes nothing it shows, and changes when it does', async () => {
    const atlas = new Atlas(fetchFn);
    await atlas.ensureMap('petrograd');
    const { start, end } = MAPS.petrograd.timeline;
    atlas.setTime(start);
    const first = atlas.sourceData!;
    // One minute later: no event of the night happens in that minute.
    atlas.setTime(start + 60_000);
    const next = atlas.sourceData!;
    expect(next).not.toBe(first);
    for (const source of Object.keys(first) as (keyof typeof first)[])
      expect(next[source], source).toBe(first[source]);
    // By the end the sites have changed hands: their data is new.
    atlas.setTime(end);
    const last = atlas.sourceData!;
    expect(last.sites).not.toBe(first.sites);
    expect(JSON.stringify(last.sites)).not.toBe(JSON.stringify(first.sites));
  });
});
