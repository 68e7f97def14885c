/** The 1917 street-name table, the parks layer derived from OpenStreetMap and the railways (issue 14). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  area,
  booleanPointInPolygon,
  distance,
  featureCollection,
  intersect,
  kinks,
  point,
} from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { parseCityLayer, parseSites } from '../../../src/lib/geo/validate';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

interface StreetName {
  ru_1917: string;
  en_1917: string;
  en_today: string;
  sources: string[];
  later: boolean;
  note?: string;
}
interface StreetNames {
  metadata: {
    title: string;
    description: string;
    licence: string;
    sources: Record<string, string>;
  };
  streets: Record<string, StreetName>;
}

const table = readJson('geodata/petrograd/street-names.json') as StreetNames;
const osmNames = new Set(
  (readJson('tests/fixtures/osm-street-names.json') as { names: string[] }).names,
);
const SHARED = '/work/shared/osm/streets-centre.geojson';

/** The English convention of STREET-NAMES.md: plain ASCII letters, no diacritics or apostrophes for ь. */
const ENGLISH = /^[A-Za-z0-9 ().,-]+$/;

describe('street-names.json', () => {
  it('has its metadata and at least 50 streets', () => {
    expect(table.metadata.title).toBeTruthy();
    expect(table.metadata.description).toBeTruthy();
    expect(table.metadata.licence).toMatch(/OpenStreetMap/);
    expect(Object.keys(table.metadata.sources).length).toBeGreaterThan(3);
    expect(Object.keys(table.streets).length).toBeGreaterThanOrEqual(50);
  });

  it('gives every street a 1917 name, both English forms and known sources', () => {
    const keys = new Set(Object.keys(table.metadata.sources));
    for (const [today, s] of Object.entries(table.streets)) {
      expect(s.ru_1917.trim(), today).not.toBe('');
      expect(s.en_1917, today).toMatch(ENGLISH);
      expect(s.en_today, today).toMatch(ENGLISH);
      expect(typeof s.later, today).toBe('boolean');
      expect(s.sources.length, today).toBeGreaterThan(0);
      for (const k of s.sources) expect(keys.has(k), `${today}: source ${k}`).toBe(true);
      if (!s.later)
        expect(s.ru_1917, `${today} is the same in 1917: no entry needed`).not.toBe(today);
    }
  });

  it('cites only sources it lists and lists only sources it cites', () => {
    const used = new Set(Object.values(table.streets).flatMap((s) => s.sources));
    expect([...used].sort()).toEqual(Object.keys(table.metadata.sources).sort());
  });

  it('keys every entry by a name OpenStreetMap has in the centre', () => {
    for (const today of Object.keys(table.streets)) expect(osmNames.has(today), today).toBe(true);
  });

  it.runIf(existsSync(SHARED))('uses a name list that matches the OpenStreetMap extract', () => {
    const osm = readJson(SHARED) as { features: { properties: { name?: string | null } }[] };
    const names = new Set(osm.features.map((f) => f.properties.name).filter((n) => !!n));
    expect([...names].sort()).toEqual([...osmNames].sort());
  });
});

const parks = parseCityLayer(
  ['park', 'square'],
  ['Polygon', 'MultiPolygon'],
)(readJson('geodata/petrograd/parks.geojson'));
const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
/** Twice the signed area of a ring (lon/lat): positive when counter-clockwise. */
const signedArea = (ring: Position[]) =>
  ring.slice(1).reduce((s, p, i) => s + (ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!), 0);

/**
 * Cited reference points: each park must contain its own. Sources are those of the feature in
 * parks.geojson (Wikipedia articles and the guides named there).
 */
const REFERENCE: Record<string, Position> = {
  'summer-garden': [30.33556, 59.94472], // 59°56′41″N 30°20′08″E, centre of the island
  'field-of-mars': [30.332, 59.943],
  'mikhailovsky-garden': [30.332822, 59.939846],
  'alexander-garden': [30.30944, 59.93694], // 59°56′13″N 30°18′34″E
  'senate-square': [30.303, 59.936],
  'palace-square': [30.31578, 59.93903], // sites.geojson palace-square
  'alexander-park': [30.31694, 59.95583], // 59°57′21″N 30°19′01″E (Russian article)
  'rumyantsev-square': [30.2925, 59.93861], // 59°56′19″N 30°17′33″E
};

describe('parks.geojson', () => {
  it('holds the gardens and squares of 1917 the map names', () => {
    const ids = parks.features.map((f) => f.properties.id);
    for (const id of [
      'summer-garden',
      'field-of-mars',
      'mikhailovsky-garden',
      'alexander-garden',
      'tauride-garden',
      'smolny-grounds',
      'palace-square',
      'senate-square',
      'znamenskaya-square',
    ])
      expect(ids).toContain(id);
  });

  it('has valid polygons: closed rings, counter-clockwise outside, no self-intersection', () => {
    for (const f of parks.features) {
      const g = f.geometry as Polygon | MultiPolygon;
      for (const poly of polygonsOf(g))
        poly.forEach((ring, i) => {
          expect(ring.length, f.properties.id).toBeGreaterThanOrEqual(4);
          expect(ring[0], f.properties.id).toEqual(ring[ring.length - 1]);
          expect(signedArea(ring) > 0, `${f.properties.id} ring ${i}`).toBe(i === 0);
        });
      expect(kinks(f as Feature<Polygon | MultiPolygon>).features, f.properties.id).toHaveLength(0);
    }
  });

  it('lies within the Petrograd extent', () => {
    for (const f of parks.features)
      for (const poly of polygonsOf(f.geometry as Polygon | MultiPolygon))
        for (const [lon, lat] of poly.flat()) {
          expect(lon, f.properties.id).toBeGreaterThan(30.15);
          expect(lon, f.properties.id).toBeLessThan(30.5);
          expect(lat, f.properties.id).toBeGreaterThan(59.85);
          expect(lat, f.properties.id).toBeLessThan(60);
        }
  });

  it('puts each named park round its cited reference point', () => {
    for (const [id, p] of Object.entries(REFERENCE)) {
      const f = parks.features.find((x) => x.properties.id === id);
      expect(f, id).toBeDefined();
      expect(booleanPointInPolygon(p, f as Feature<Polygon | MultiPolygon>), id).toBe(true);
    }
  });

  it('draws no two parks over each other', () => {
    const fs = parks.features as Feature<Polygon | MultiPolygon>[];
    for (let i = 0; i < fs.length; i++)
      for (let j = i + 1; j < fs.length; j++) {
        const both = intersect(featureCollection([fs[i]!, fs[j]!]));
        const overlap = both ? area(both) : 0;
        expect(overlap, `${fs[i]!.id} and ${fs[j]!.id}`).toBeLessThan(25);
      }
  });

  it('cites each source once per feature', () => {
    for (const f of parks.features) {
      const keys = f.properties.sources.map((s) => JSON.stringify(s));
      expect(new Set(keys).size, f.properties.id).toBe(keys.length);
    }
  });

  it('credits OpenStreetMap for the gardens taken from it', () => {
    for (const f of parks.features) {
      if (f.properties.kind !== 'park') continue;
      const titles = f.properties.sources.map((s) => s.title).join(' ');
      expect(titles, f.properties.id).toMatch(/OpenStreetMap|OSM/);
    }
  });
});

const railways = parseCityLayer(
  ['railway'],
  ['LineString'],
)(readJson('geodata/petrograd/railways.geojson'));
const sites = parseSites(readJson('geodata/petrograd/sites.geojson'));

describe('railways.geojson', () => {
  it('runs one line into each of the five terminals', () => {
    expect(railways.features.map((r) => r.properties.station).sort()).toEqual([
      'baltic-station',
      'finland-station',
      'nikolaevsky-station',
      'tsarskoselsky-station',
      'warsaw-station',
    ]);
  });

  it('starts each line on its station point and leads out of the centre', () => {
    for (const r of railways.features) {
      const station = sites.features.find((s) => s.properties.id === r.properties.station);
      expect(station, r.properties.id).toBeDefined();
      const coords = (r.geometry as LineString).coordinates;
      const from = (p: Position) => distance(point(p), station!, { units: 'meters' });
      expect(from(coords[0]!), r.properties.id).toBeLessThan(1);
      expect(from(coords[coords.length - 1]!), r.properties.id).toBeGreaterThan(3000);
    }
  });
});
