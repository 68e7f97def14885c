/** The street layer from OpenStreetMap: names in every style, and how it lies against the water. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { bbox } from '@turf/turf';
import { parseCityLayer, parseWater } from '../../../src/lib/geo/validate';
import { cityLabel } from '../../../src/lib/map/map-features';

const read = (f: string): unknown => JSON.parse(readFileSync(`geodata/petrograd/${f}`, 'utf8'));
const lines = parseCityLayer(['street'], ['LineString', 'MultiLineString']);
const streets = lines(read('streets.geojson'));
const canals = parseCityLayer(
  ['canal'],
  ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
)(read('canals.geojson'));
const water = parseWater(read('water.geojson'));
const bridges = parseCityLayer(['bridge'], ['LineString'])(read('bridges.geojson'));

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
const polygonRings = (g: { type: string; coordinates: unknown }): [number, number][][] =>
  g.type === 'Polygon'
    ? (g.coordinates as Position[][]).map((r) => r.map(m))
    : g.type === 'MultiPolygon'
      ? (g.coordinates as Position[][][]).flat().map((r) => r.map(m))
      : [];
/** Every water body in local metres: its rings, or its centre lines with half its width. */
const bodies = [...water.features, ...canals.features].map((f) => ({
  id: f.properties.id,
  box: bbox(f).map((v, i) => (i % 2 ? v * 110_574 : v * 111_320 * K)),
  rings: polygonRings(f.geometry),
  lines: f.geometry.type.endsWith('LineString') ? partsOf(f.geometry).map((l) => l.map(m)) : [],
  half: ('width_m' in f.properties ? (f.properties.width_m ?? 20) : 20) / 2,
}));
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
/** Whether p is in the water body, and how far it is from its edge in metres. */
function against(p: [number, number], b: (typeof bodies)[number]): { wet: boolean; d: number } {
  const [x0, y0, x1, y1] = b.box as [number, number, number, number];
  if (p[0] < x0 - 50 || p[0] > x1 + 50 || p[1] < y0 - 50 || p[1] > y1 + 50)
    return { wet: false, d: Infinity };
  let d = Infinity;
  let wet = false;
  for (const r of b.rings) {
    if (inRing(p, r)) wet = !wet;
    for (let i = 1; i < r.length; i++) d = Math.min(d, segDist(p, r[i - 1]!, r[i]!));
  }
  for (const l of b.lines)
    for (let i = 1; i < l.length; i++) {
      const e = segDist(p, l[i - 1]!, l[i]!) - b.half;
      if (e < 0) wet = true;
      d = Math.min(d, Math.abs(e));
    }
  return { wet, d };
}
const NEVA = ['neva', 'bolshaya-neva', 'malaya-neva', 'bolshaya-nevka'];
/** The water an embankment names (the Neva's branches meet at cut lines, so any branch will do). */
const NAMED_WATER: [RegExp, string[]][] = [
  [/реки Мойки/, ['moika']],
  [/реки Фонтанки/, ['fontanka']],
  [/канала Грибоедова/, ['catherine-canal']],
  [/Крюкова канала/, ['kryukov-canal']],
  [/Ново-Адмиралтейского канала/, ['new-admiralty-canal']],
  [/набережная Адмиралтейского канала/, ['admiralty-canal']],
  [/Зимней канавки/, ['winter-canal']],
  [/Лебяжьей канавки/, ['lebyazhya-kanavka']],
  [/Ждановская/, ['zhdanovka']],
  [/Макарова/, ['malaya-neva']],
  [/Пряжки/, []], // the Pryazhka is not drawn (WATER.md)
  [/набережная/i, NEVA],
];
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

  it('keeps the embankment streets on land, within 40 m of the water they name', () => {
    const byStreet = new Map<string, { n: number; good: number }>();
    let n = 0;
    let good = 0;
    for (const f of streets.features) {
      const name = f.properties.name.today_ru ?? '';
      if (!/набережная/i.test(name)) continue;
      const named = NAMED_WATER.find(([re]) => re.test(name))![1];
      if (!named.length) continue;
      const mine = bodies.filter((b) => named.includes(b.id));
      for (const p of samples(partsOf(f.geometry), 20)) {
        const seen = new Map(bodies.map((b) => [b.id, against(p, b)]));
        const dry = [...seen.values()].every((x) => !x.wet);
        const near = Math.min(...mine.map((b) => seen.get(b.id)!.d)) <= 40;
        const s = byStreet.get(name) ?? { n: 0, good: 0 };
        s.n++;
        n++;
        if (dry && near) {
          s.good++;
          good++;
        }
        byStreet.set(name, s);
      }
    }
    const worst = [...byStreet]
      .map(([k, s]) => `${k} ${((100 * s.good) / s.n).toFixed(0)} % of ${s.n}`)
      .sort(
        (a, b) =>
          parseFloat(a.split(' % ')[0]!.split(' ').pop()!) -
          parseFloat(b.split(' % ')[0]!.split(' ').pop()!),
      );
    console.log(
      `embankment points on land within 40 m of the water they name: ${((good * 100) / n).toFixed(1)} % of ${n}; worst: ${worst.slice(0, 6).join('; ')}`,
    );
    // Issue 14's requirement. Measured against the hand-drawn water: 34.1 %.
    expect(good / n).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the mid-span of every OSM bridge way of 10 m or more over water', () => {
    const dry: string[] = [];
    let n = 0;
    // The Bannyy bridge crosses the Pryazhka, which the map does not draw (WATER.md).
    const overUndrawn = new Set(['Банный мост']);
    for (const f of bridges.features) {
      if (overUndrawn.has(f.properties.name.today_ru ?? '')) continue;
      const pts = partsOf(f.geometry)[0]!.map(m);
      const lens = pts.slice(1).map((b, i) => Math.hypot(b[0] - pts[i]![0], b[1] - pts[i]![1]));
      const total = lens.reduce((a, b) => a + b, 0);
      if (total < 10) continue;
      n++;
      let s = total / 2;
      let mid = pts[0]!;
      for (let i = 0; i < lens.length; i++) {
        if (s <= lens[i]!) {
          const [a, b] = [pts[i]!, pts[i + 1]!];
          mid = [a[0] + ((b[0] - a[0]) * s) / lens[i]!, a[1] + ((b[1] - a[1]) * s) / lens[i]!];
          break;
        }
        s -= lens[i]!;
      }
      if (!bodies.some((b) => against(mid, b).wet))
        dry.push(`${f.properties.name.today_ru} (${f.properties.id})`);
    }
    console.log(`bridge ways: ${n - dry.length} of ${n} over water at mid-span`);
    expect(dry).toEqual([]);
    expect(n).toBeGreaterThan(80);
  });
});
