import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_IDS, MAPS, mapOfSource } from '../../../src/lib/map/maps';
import { SOURCE } from '../../../src/lib/map/layers';
import { paperTheme } from '../../../src/lib/map/theme';
import { julianInstant } from '../../../src/lib/time/instant';

const geodata = (path: string) => `geodata/${path}`;

describe('mapOfSource', () => {
  it('finds the map that draws each source', () => {
    expect(mapOfSource(SOURCE.sites)).toBe('petrograd');
    expect(mapOfSource(SOURCE.streets)).toBe('petrograd');
    expect(mapOfSource(SOURCE.territories)).toBe('brest-litovsk');
    expect(mapOfSource(SOURCE.places)).toBe('brest-litovsk');
  });

  it('finds no map for an unknown source', () => {
    expect(mapOfSource('nowhere')).toBeUndefined();
    expect(mapOfSource('')).toBeUndefined();
  });

  it('places every source on exactly one map', () => {
    for (const s of Object.values(SOURCE)) {
      const owners = MAP_IDS.filter((id) => MAPS[id].files.some((f) => f.source === s));
      expect(owners, s).toHaveLength(1);
    }
  });
});

describe.each(MAP_IDS)('the %s map', (id) => {
  const def = MAPS[id];

  it('is keyed by its own id', () => {
    expect(def.id).toBe(id);
  });

  it('names a known source and an existing file under geodata/ for each layer file', () => {
    const sources = Object.values(SOURCE) as string[];
    for (const f of def.files) {
      expect(sources).toContain(f.source);
      expect(f.file.startsWith(`${id}/`), f.file).toBe(true);
      expect(existsSync(geodata(f.file)), f.file).toBe(true);
    }
    const own = def.files.map((f) => f.source);
    expect(new Set(own).size).toBe(own.length);
  });

  it('declares a source for every layer it draws', () => {
    const own = def.files.map((f) => f.source as string);
    for (const l of def.layers(paperTheme)) if ('source' in l) expect(own).toContain(l.source);
  });

  it('parses each of its shipped files and flattens them for the opening view', () => {
    const view = { time: def.initialTime, names: 'period' as const };
    for (const f of def.files) {
      const layer = f.parse(JSON.parse(readFileSync(geodata(f.file), 'utf8')));
      expect(layer.features.length, f.file).toBeGreaterThan(0);
      const fc = f.toMap(layer, view);
      expect(fc.type).toBe('FeatureCollection');
    }
  });

  it('has documents that exist', () => {
    for (const path of Object.values(def.documents ?? {}))
      expect(existsSync(geodata(path)), path).toBe(true);
  });

  it('has a timeline running forwards and opens inside it', () => {
    const { start, pivot, end } = def.timeline;
    expect(start).toBeLessThan(pivot);
    expect(pivot).toBeLessThan(end);
    expect(def.initialTime).toBeGreaterThanOrEqual(start);
    expect(def.initialTime).toBeLessThanOrEqual(end);
  });

  it('frames a view inside its extent and sensible zooms', () => {
    const [w, s, e, n] = def.extent;
    const [vw, vs, ve, vn] = def.view;
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    expect(vw).toBeLessThan(ve);
    expect(vs).toBeLessThan(vn);
    expect(vw).toBeGreaterThanOrEqual(w);
    expect(vs).toBeGreaterThanOrEqual(s);
    expect(ve).toBeLessThanOrEqual(e);
    expect(vn).toBeLessThanOrEqual(n);
    expect(def.minZoom).toBeLessThan(def.maxZoom);
    expect(def.pointZoom).toBeGreaterThanOrEqual(def.minZoom);
    expect(def.pointZoom).toBeLessThanOrEqual(def.maxZoom);
  });

  // Layers are derived again only when a part of the view they use changes; one that reads more
  // than it declares would go stale.
  it('gives the same map data across any part of the view a layer does not declare', () => {
    const { start, end } = def.timeline;
    for (const f of def.files) {
      const layer = f.parse(JSON.parse(readFileSync(geodata(f.file), 'utf8')));
      if (!f.uses.includes('time'))
        expect(f.toMap(layer, { time: start, names: 'period' }), f.file).toEqual(
          f.toMap(layer, { time: end, names: 'period' }),
        );
      if (!f.uses.includes('names'))
        expect(f.toMap(layer, { time: start, names: 'period' }), f.file).toEqual(
          f.toMap(layer, { time: start, names: 'ru' }),
        );
    }
  });
});

describe('opening moments', () => {
  it('opens Petrograd on the morning of 24 October (Julian) and the peace map on the signing', () => {
    expect(MAPS.petrograd.initialTime).toBe(julianInstant('1917-10-24T06:00'));
    expect(MAPS['brest-litovsk'].initialTime).toBe(Date.UTC(1918, 2, 3));
  });
});
