import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Atlas } from '../../../src/lib/atlas.svelte';
import { GEODATA_URLS } from '../../../src/lib/geo/geodata-urls';
import { MAPS } from '../../../src/lib/map/maps';
import { parseEssay } from '../../../src/lib/story/parse';

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

describe('cards and links that name what a map does not hold', () => {
  const essay = parseEssay(`---
title: Links
---

The committee sat in the [Smolny](site:smolny) and not in [Narnia](territory:narnia).

Trotsky went to [Brest-Litovsk](place:brest-litovsk).
`);

  it('closes a card of the other map when the map changes', async () => {
    const atlas = new Atlas(fetchFn, () => essay);
    await atlas.allFeatures();
    atlas.selectFromEssay('site:smolny', 'p-1');
    expect(atlas.selection?.ref).toBe('site:smolny');
    atlas.showMap('brest-litovsk');
    expect(atlas.selection).toBeNull();
    expect(atlas.selectedFeature).toBeNull();
  });

  it('keeps the card when the link’s own map is shown', async () => {
    const atlas = new Atlas(fetchFn, () => essay);
    await atlas.allFeatures();
    atlas.showMap('brest-litovsk');
    atlas.selectFromEssay('site:smolny', 'p-1');
    expect(atlas.mapId).toBe('petrograd');
    expect(atlas.selection?.ref).toBe('site:smolny');
  });

  it('says so, and opens nothing, for a link to a feature its map lacks', async () => {
    const atlas = new Atlas(fetchFn, () => essay);
    await atlas.allFeatures();
    atlas.selectFromEssay('territory:narnia', 'p-1');
    expect(atlas.selection).toBeNull();
    expect(atlas.errors).toEqual([
      'The link “territory:narnia” names no feature of the Brest-Litovsk 1918 map.',
    ]);
  });

  it('closes a card opened on trust once its map arrives without the feature', async () => {
    const atlas = new Atlas(fetchFn, () => essay);
    atlas.openCard('place:nope');
    expect(atlas.selection?.ref).toBe('place:nope');
    await atlas.ensureMap('brest-litovsk');
    expect(atlas.selection).toBeNull();
    expect(atlas.errors).toEqual([
      'The Brest-Litovsk 1918 map has no feature “place:nope”, so its card cannot open.',
    ]);
  });
});
