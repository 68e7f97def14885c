/** The street layer from OpenStreetMap: names in every style, and how it lies against the water. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { parseCityLayer, parseWater } from '../../../src/lib/geo/validate';
import { cityLabel } from '../../../src/lib/map/map-features';

const read = (f: string): unknown => JSON.parse(readFileSync(`geodata/petrograd/${f}`, 'utf8'));
const lines = parseCityLayer(['street'], ['LineString', 'MultiLineString']);
const streets = lines(read('streets.geojson'));
const canals = parseCityLayer(['canal'], ['LineString', 'MultiLineString'])(read('canals.geojson'));
const water = parseWater(read('water.geojson'));

// Local metres around the centre (equirectangular; under 0.1 % error across the map).
const K = Math.cos((59.94 * Math.PI) / 180);
const m = (p: Position): [number, number] => [p[0]! * 111_320 * K, p[1]! * 110_574];
const partsOf = (g: { type: string; coordinates: unknown }): Position[][] =>
  g.type === 'LineString' ? [g.coordinates as Position[]] : (g.coordinates as Position[][]);

function segDist(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}
const rings: [number, number][][] = water.features.flatMap((f) => {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flat().map((r) => r.map(m));
});
const canalLines = canals.features.flatMap((f) =>
  partsOf(f.geometry).map((l) => ({ pts: l.map(m), half: (f.properties.width_m ?? 20) / 2 })),
);
function inRing(p: [number, number], r: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i]!;
    const [xj, yj] = r[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}
/** Signed distance to water in metres: negative inside water. */
function toWater(p: [number, number]): number {
  let d = Infinity;
  let wet = false;
  for (const r of rings) {
    if (inRing(p, r)) wet = !wet;
    for (let i = 1; i < r.length; i++) d = Math.min(d, segDist(p, r[i - 1]!, r[i]!));
  }
  for (const c of canalLines)
    for (let i = 1; i < c.pts.length; i++) {
      const e = segDist(p, c.pts[i - 1]!, c.pts[i]!) - c.half;
      if (e < 0) wet = true;
      d = Math.min(d, Math.abs(e));
    }
  return wet ? -d : d;
}
function samples(parts: Position[][], step: number): [number, number][] {
  const out: [number, number][] = [];
  for (const part of parts) {
    const pts = part.map(m);
    let carry = 0;
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1]!, pts[i]!];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      for (let s = carry; s < len; s += step)
        out.push([a[0] + ((b[0] - a[0]) * s) / len, a[1] + ((b[1] - a[1]) * s) / len]);
      carry = (((carry - len) % step) + step) % step;
    }
  }
  return out;
}

describe('Petrograd streets from OpenStreetMap', () => {
  it('draws the centre’s street network, not a handful of rays', () => {
    expect(streets.features.length).toBeGreaterThan(400);
    const ru = new Set(streets.features.map((f) => f.properties.name.today_ru));
    for (const name of ['Невский проспект', 'Литейный проспект', 'Садовая улица', 'Литейный мост'])
      expect(ru).toContain(name);
  });

  it('gives every labelled street a name in all three styles', () => {
    const missing = streets.features.filter((f) =>
      (['period', 'today', 'ru'] as const).some((s) => !cityLabel(f.properties.name, s).trim()),
    );
    expect(missing.map((f) => f.properties.id)).toEqual([]);
    for (const f of streets.features) {
      const n = f.properties.name;
      for (const k of ['period_en', 'period_ru', 'today_en', 'today_ru'] as const)
        expect(n[k], `${f.properties.id}.${k}`).toBeTruthy();
    }
  });

  it('keeps most points of the embankment streets on land beside the water', () => {
    const pts = streets.features
      .filter((f) => /набережная/i.test(f.properties.name.today_ru ?? ''))
      .flatMap((f) => samples(partsOf(f.geometry), 20));
    const d = pts.map(toWater);
    const good = d.filter((x) => x > 0 && x <= 40).length / d.length;
    console.log(
      `embankment points on land within 40 m of water: ${(good * 100).toFixed(1)} % of ${d.length}`,
    );
    // Measured 2026-12-03 against the hand-drawn water of water.geojson and canals.geojson.
    expect(good).toBeGreaterThan(0.3);
  });
});
