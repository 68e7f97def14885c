/** Facts of geography the Petrograd data must respect (issue 3's integrity list). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { booleanIntersects, booleanPointInPolygon, distance, lineString, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
  parseCityLayer,
  parseMovements,
  parseSites,
  parseWater,
} from '../../../src/lib/geo/validate';
import { julianToGregorian, parseIsoDate, toIsoDate } from '../../../src/lib/time/calendar';

const read = (f: string): unknown => JSON.parse(readFileSync(`geodata/petrograd/${f}`, 'utf8'));
const sites = parseSites(read('sites.geojson'));
const water = parseWater(read('water.geojson'));
const movements = parseMovements(read('movements.geojson'));
const railways = parseCityLayer(
  ['railway'],
  ['LineString', 'MultiLineString'],
)(read('railways.geojson'));
const site = (id: string) => {
  const f = sites.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no site ${id}`);
  return f;
};
const waterAt = (p: Position) =>
  water.features.filter((w) => booleanPointInPolygon(p, w as Feature<Polygon | MultiPolygon>));
const crossesWater = (a: Position, b: Position) =>
  water.features.some((w) =>
    booleanIntersects(lineString([a, b]), w as Feature<Polygon | MultiPolygon>),
  );

describe('Petrograd sites on the ground', () => {
  it('has at least 28 sites, the required ones among them', () => {
    expect(sites.features.length).toBeGreaterThanOrEqual(28);
    for (const id of [
      'smolny',
      'winter-palace',
      'peter-and-paul-fortress',
      'aurora-anchorage',
      'central-telegraph',
      'telephone-exchange',
      'state-bank',
      'gorokhovaya-2',
      'kronstadt',
      'pulkovo-heights',
      'gatchina',
      'tsarskoye-selo',
    ])
      expect(() => site(id)).not.toThrow();
  });

  it('puts every bridge over water', () => {
    const bridges = sites.features.filter((f) => f.properties.category === 'bridge');
    expect(bridges.length).toBeGreaterThanOrEqual(4);
    for (const b of bridges)
      expect(waterAt(b.geometry.coordinates).length, b.properties.id).toBeGreaterThan(0);
  });

  it('puts the Aurora on the river and every other site (bridges aside) on land', () => {
    expect(
      waterAt(site('aurora-anchorage').geometry.coordinates).map((w) => w.properties.id),
    ).toEqual(['bolshaya-neva']);
    expect(site('aurora-anchorage').properties.position.approximate).toBe(true);
    for (const f of sites.features) {
      if (f.properties.category === 'bridge' || f.properties.id === 'aurora-anchorage') continue;
      expect(
        waterAt(f.geometry.coordinates).map((w) => w.properties.id),
        f.properties.id,
      ).toEqual([]);
    }
  });

  it('puts the fortress on Zayachy Island: land ringed by the Neva and the Kronverksky strait', () => {
    const fortress = site('peter-and-paul-fortress').geometry.coordinates;
    expect(waterAt(fortress)).toEqual([]);
    // Every way off the island crosses water within a kilometre.
    for (let a = 0; a < 360; a += 30) {
      const r = (a * Math.PI) / 180;
      const far = [fortress[0]! + 0.018 * Math.cos(r), fortress[1]! + 0.009 * Math.sin(r)];
      expect(crossesWater(fortress, far), `bearing ${a}`).toBe(true);
    }
  });

  it('puts the Winter Palace on the left bank, across the Neva from the fortress', () => {
    const palace = site('winter-palace').geometry.coordinates;
    expect(crossesWater(palace, site('peter-and-paul-fortress').geometry.coordinates)).toBe(true);
    expect(crossesWater(palace, site('general-staff').geometry.coordinates)).toBe(false);
    expect(crossesWater(palace, site('nikolaevsky-station').geometry.coordinates)).toBe(false);
  });

  it('gives every event both calendars, 13 days apart', () => {
    for (const f of sites.features)
      for (const e of f.properties.events) {
        const j = parseIsoDate(e.julian, 'julian')!;
        expect(toIsoDate(julianToGregorian(j)), `${f.properties.id} ${e.julian}`).toBe(e.gregorian);
      }
  });

  it('gives every site a source, a position source and a precision', () => {
    for (const f of sites.features) {
      expect(f.properties.sources.length, f.properties.id).toBeGreaterThan(0);
      expect(f.properties.position.source.title, f.properties.id).toBeTruthy();
      expect(f.properties.position.precision_m, f.properties.id).toBeGreaterThan(0);
    }
  });
});

describe('movements and railways', () => {
  it('start and end on the sites they name', () => {
    for (const m of movements.features) {
      const coords = m.geometry.coordinates;
      for (const [end, at] of [
        [m.properties.from, coords[0]!],
        [m.properties.to, coords[coords.length - 1]!],
      ] as const) {
        const s = sites.features.find((x) => x.properties.id === end);
        if (s)
          expect(
            distance(point(at), s, { units: 'meters' }),
            `${m.properties.id} at ${end}`,
          ).toBeLessThan(30);
      }
    }
  });

  it('keep ships on the water', () => {
    const aurora = movements.features.find((m) => m.properties.id === 'aurora-up-the-neva')!;
    for (const p of aurora.geometry.coordinates) expect(waterAt(p).length).toBeGreaterThan(0);
  });

  it('run each railway into its station', () => {
    for (const r of railways.features) {
      const station = site(r.properties.station!);
      const g = r.geometry;
      const ends =
        g.type === 'LineString'
          ? [g.coordinates[0]!, g.coordinates[g.coordinates.length - 1]!]
          : [];
      const nearest = Math.min(
        ...ends.map((e) => distance(point(e), station, { units: 'meters' })),
      );
      expect(nearest, r.properties.id).toBeLessThan(150);
    }
  });
});
