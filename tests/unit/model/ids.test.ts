import { describe, expect, it } from 'vitest';
import { MAP_IDS, NAME_STYLES, SOURCE } from '../../../src/lib/model/ids';
import { MAPS } from '../../../src/lib/map/maps';
import { REF_SCHEMES } from '../../../src/lib/story/refs';

describe('MAP_IDS', () => {
  it('lists each map once, the first map first', () => {
    expect(MAP_IDS).toEqual(['petrograd', 'brest-litovsk']);
  });

  it('names exactly the maps the atlas defines, each under its own id', () => {
    expect(Object.keys(MAPS).sort()).toEqual([...MAP_IDS].sort());
    for (const id of MAP_IDS) expect(MAPS[id].id).toBe(id);
  });

  it('are usable in an address as they are', () => {
    for (const id of MAP_IDS) expect(encodeURIComponent(id)).toBe(id);
  });
});

describe('SOURCE', () => {
  it('maps each key to the same string (the id MapLibre and feature references use)', () => {
    for (const [key, id] of Object.entries(SOURCE)) expect(id).toBe(key);
  });

  it('has distinct ids', () => {
    const ids = Object.values(SOURCE);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the set of sources the maps’ files feed, each fed by one file', () => {
    const fed = Object.values(MAPS).flatMap((m) => m.files.map((f) => f.source));
    expect([...fed].sort()).toEqual(Object.values(SOURCE).sort());
  });

  it('has the layers feature references point into', () => {
    const sources: readonly string[] = Object.values(SOURCE);
    for (const s of Object.values(REF_SCHEMES)) expect(sources).toContain(s);
  });
});

describe('NAME_STYLES', () => {
  it('are the three ways of naming places, distinct', () => {
    expect(NAME_STYLES).toEqual(['period', 'today', 'ru']);
  });
});
