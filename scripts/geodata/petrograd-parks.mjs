// Rebuild the garden polygons of geodata/petrograd/parks.geojson from the OpenStreetMap green areas
// (/work/shared/osm/greens-centre.geojson, ODbL 1.0).
//
//   node scripts/geodata/petrograd-parks.mjs [greens.geojson] [--check]
//
// The features' names, notes and sources, and the three hand-drawn paved squares (Palace, Senate,
// Znamenskaya), are kept from the committed file: each garden's OSM source names the polygon of the
// extract it comes from ("polygon 61 of the extract"). A garden's geometry is that polygon (or the
// union of its polygons), minus any square it overlaps (the Alexander Garden gives up Senate Square),
// without parts under 1,000 m², simplified by Douglas-Peucker at 0.00002° (about 2 m), rounded to
// 5 decimals and wound counter-clockwise. With --check it writes nothing and reports how far the
// rebuilt outlines are from the committed ones. CI has no /work/shared: the built file is committed.
import fs from 'node:fs';
import * as turf from '@turf/turf';

const here = (p) => new URL(`../../${p}`, import.meta.url).pathname;
const args = process.argv.slice(2);
const check = args.includes('--check');
const greensPath =
  args.find((a) => !a.startsWith('--')) || '/work/shared/osm/greens-centre.geojson';
const greens = JSON.parse(fs.readFileSync(greensPath, 'utf8'));
const outPath = here('geodata/petrograd/parks.geojson');
const parks = JSON.parse(fs.readFileSync(outPath, 'utf8'));

const r5 = (v) => Math.round(v * 1e5) / 1e5;
const polygonsOf = (f) =>
  f.properties.sources
    .map((s) => /^polygon (\d+) of the extract/.exec(s.page ?? '')?.[1])
    .filter(Boolean)
    .map(Number);
const squares = parks.features.filter((f) => f.properties.kind === 'square');

function build(f) {
  const numbers = polygonsOf(f);
  let g = turf.feature(greens.features[numbers[0]].geometry);
  for (const k of numbers.slice(1))
    g = turf.union(turf.featureCollection([g, turf.feature(greens.features[k].geometry)]));
  for (const sq of squares)
    if (turf.booleanIntersects(g, sq)) g = turf.difference(turf.featureCollection([g, sq])) ?? g;
  const parts = (g.geometry.type === 'Polygon' ? [g.geometry.coordinates] : g.geometry.coordinates)
    .map((p) => turf.polygon(p))
    .filter((p) => turf.area(p) >= 1000);
  const simple = parts.map((p) => turf.simplify(p, { tolerance: 0.00002, highQuality: true }));
  const rounded = simple.map((p) =>
    p.geometry.coordinates.map((ring) => {
      const out = ring.map(([x, y]) => [r5(x), r5(y)]);
      return out.filter((q, i) => i === 0 || q[0] !== out[i - 1][0] || q[1] !== out[i - 1][1]);
    }),
  );
  const geom =
    rounded.length === 1
      ? { type: 'Polygon', coordinates: rounded[0] }
      : { type: 'MultiPolygon', coordinates: rounded };
  return turf.rewind(turf.feature(geom), { reverse: false }).geometry;
}

const report = [];
for (const f of parks.features) {
  if (!polygonsOf(f).length) continue;
  const g = build(f);
  const before = turf.feature(f.geometry);
  const after = turf.feature(g);
  const sym =
    turf.area(turf.difference(turf.featureCollection([before, after])) ?? turf.polygon([])) +
    turf.area(turf.difference(turf.featureCollection([after, before])) ?? turf.polygon([]));
  report.push(
    `${f.properties.id}: OSM ${polygonsOf(f).join(' + ')}, ${(turf.area(after) / 1e4).toFixed(1)} ha, ` +
      `differs from the committed outline by ${Math.round(sym)} m² (${((100 * sym) / turf.area(before)).toFixed(2)} %)`,
  );
  if (!check) f.geometry = g;
}
console.log(report.join('\n'));
/** The committed layout: one-space indents, each ring's positions on one line. */
function format(fc) {
  const rings = [];
  const isRing = (v) =>
    Array.isArray(v) && v.length && v.every((p) => Array.isArray(p) && typeof p[0] === 'number');
  const text = JSON.stringify(
    fc,
    (_, v) => {
      if (!isRing(v)) return v;
      rings.push(v.map(([x, y]) => `[${x}, ${y}]`).join(', '));
      return `@@ring${rings.length - 1}@@`;
    },
    1,
  );
  // A ring's positions follow its opening bracket; its closing bracket has a line of its own.
  return (
    text.replace(/^( *)"@@ring(\d+)@@"/gm, (_, sp, k) => `${sp}[${rings[Number(k)]}\n${sp}]`) + '\n'
  );
}
if (!check) fs.writeFileSync(outPath, format(parks));
