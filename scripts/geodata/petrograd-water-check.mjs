// Validate geodata/petrograd/water.geojson: schema of the properties, ring
// closure, RFC 7946 winding (exteriors counter-clockwise, holes clockwise),
// simple rings (no self-intersections or self-touching), no crossings between
// features, holes inside their exteriors, and a few known points that must
// fall on land or in water. Plain Node 20, no dependencies.
//
//   node scripts/geodata/petrograd-water-check.mjs [path/to/water.geojson]

import fs from 'node:fs';

const file =
  process.argv[2] || new URL('../../geodata/petrograd/water.geojson', import.meta.url).pathname;
const text = fs.readFileSync(file, 'utf8');
const fc = JSON.parse(text);
const errors = [];
const err = (m) => errors.push(m);

// ------------------------------------------------------------------ schema
if (fc.type !== 'FeatureCollection') err('not a FeatureCollection');
const md = fc.metadata || {};
for (const k of ['title', 'description', 'licence', 'sources', 'generated_by']) {
  if (!(k in md)) err(`metadata.${k} missing`);
}
if (md.generated_by !== 'scripts/geodata/petrograd-water.sh') err('metadata.generated_by is wrong');
const PROP_KEYS = ['id', 'kind', 'name', 'accuracy_m', 'note', 'sources'].sort().join(',');
const ids = new Set();
for (const f of fc.features) {
  const p = f.properties || {};
  const where = `feature ${p.id}`;
  if (Object.keys(p).sort().join(',') !== PROP_KEYS)
    err(`${where}: properties keys are ${Object.keys(p)}`);
  if (ids.has(p.id)) err(`${where}: duplicate id`);
  ids.add(p.id);
  if (!['river', 'sea', 'canal'].includes(p.kind)) err(`${where}: bad kind ${p.kind}`);
  if (!p.name || typeof p.name.en !== 'string' || typeof p.name.ru !== 'string')
    err(`${where}: bad name`);
  if (!Number.isFinite(p.accuracy_m) || p.accuracy_m <= 0) err(`${where}: bad accuracy_m`);
  if (typeof p.note !== 'string' || p.note.length < 40) err(`${where}: note missing or too short`);
  if (!Array.isArray(p.sources) || !p.sources.length) err(`${where}: no sources`);
  for (const s of p.sources || []) {
    if (typeof s.author !== 'string' || typeof s.title !== 'string' || !Number.isInteger(s.year))
      err(`${where}: bad source ${JSON.stringify(s)}`);
  }
}

// ------------------------------------------------------------------ geometry
const polysOf = (f) =>
  f.geometry.type === 'Polygon'
    ? [f.geometry.coordinates]
    : f.geometry.type === 'MultiPolygon'
      ? f.geometry.coordinates
      : null;
function area(r) {
  let s = 0;
  for (let k = 0; k + 1 < r.length; k++) s += r[k][0] * r[k + 1][1] - r[k + 1][0] * r[k][1];
  return s / 2;
}
function pointInRing(pt, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i],
      [xj, yj] = ring[j];
    if (yi > pt[1] !== yj > pt[1] && pt[0] < ((xj - xi) * (pt[1] - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}
const orient = (a, b, c) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
const onSeg = (a, b, c) =>
  Math.min(a[0], b[0]) <= c[0] &&
  c[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= c[1] &&
  c[1] <= Math.max(a[1], b[1]);
// 2 = proper crossing, 1 = touching or collinear overlap, 0 = disjoint
function segRel(p1, p2, p3, p4) {
  const d1 = orient(p3, p4, p1),
    d2 = orient(p3, p4, p2),
    d3 = orient(p1, p2, p3),
    d4 = orient(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return 2;
  if (
    (d1 === 0 && onSeg(p3, p4, p1)) ||
    (d2 === 0 && onSeg(p3, p4, p2)) ||
    (d3 === 0 && onSeg(p1, p2, p3)) ||
    (d4 === 0 && onSeg(p1, p2, p4))
  )
    return 1;
  return 0;
}
// integer coordinates (1e-5 degree units) keep the predicates exact
const toInt = (c) => [Math.round(c[0] * 1e5), Math.round(c[1] * 1e5)];

const allSegs = []; // {fi, pi, ri, k, a, b, n}
let vertices = 0;
fc.features.forEach((f, fi) => {
  const id = f.properties.id;
  const polys = polysOf(f);
  if (!polys) {
    err(`${id}: geometry type ${f.geometry.type}`);
    return;
  }
  polys.forEach((poly, pi) => {
    poly.forEach((ring, ri) => {
      vertices += ring.length;
      const where = `${id} polygon ${pi} ring ${ri}`;
      if (ring.length < 4) err(`${where}: fewer than 4 positions`);
      const a0 = ring[0],
        an = ring[ring.length - 1];
      if (a0[0] !== an[0] || a0[1] !== an[1]) err(`${where}: not closed`);
      for (const c of ring) {
        if (c.length !== 2) err(`${where}: position with ${c.length} values`);
        for (const v of c)
          if (Math.round(v * 1e5) / 1e5 !== v) {
            err(`${where}: more than 5 decimals (${v})`);
            break;
          }
      }
      const A = area(ring);
      if (ri === 0 && !(A > 0)) err(`${where}: exterior ring is not counter-clockwise`);
      if (ri > 0 && !(A < 0)) err(`${where}: hole is not clockwise`);
      if (ri > 0) {
        // a hole vertex must lie inside the exterior
        if (!pointInRing(ring[0], poly[0])) err(`${where}: hole outside its exterior`);
      }
      const R = ring.map(toInt);
      for (let k = 0; k + 1 < R.length; k++) {
        if (R[k][0] === R[k + 1][0] && R[k][1] === R[k + 1][1])
          err(`${where}: repeated vertex at ${k}`);
        allSegs.push({ fi, pi, ri, k, a: R[k], b: R[k + 1], n: R.length - 1 });
      }
    });
  });
});

// segment pairs via a uniform grid
{
  const CELL = 300; // 0.003 degree
  const grid = new Map();
  allSegs.forEach((s, si) => {
    const x0 = Math.floor(Math.min(s.a[0], s.b[0]) / CELL),
      x1 = Math.floor(Math.max(s.a[0], s.b[0]) / CELL);
    const y0 = Math.floor(Math.min(s.a[1], s.b[1]) / CELL),
      y1 = Math.floor(Math.max(s.a[1], s.b[1]) / CELL);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const key = `${x},${y}`;
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(si);
      }
  });
  const seen = new Set();
  let problems = 0;
  for (const list of grid.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = Math.min(list[x], list[y]),
          j = Math.max(list[x], list[y]);
        const key = i * 1e6 + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const s = allSegs[i],
          t = allSegs[j];
        const rel = segRel(s.a, s.b, t.a, t.b);
        if (!rel) continue;
        const sameRing = s.fi === t.fi && s.pi === t.pi && s.ri === t.ri;
        if (sameRing) {
          const adjacent =
            Math.abs(s.k - t.k) === 1 ||
            (Math.min(s.k, t.k) === 0 && Math.max(s.k, t.k) === s.n - 1);
          if (adjacent && rel === 1) {
            // adjacent segments share one endpoint; anything more is a spike
            const shared =
              (s.a[0] === t.a[0] && s.a[1] === t.a[1]) || (s.a[0] === t.b[0] && s.a[1] === t.b[1])
                ? s.a
                : s.b;
            const o1 = s.a === shared ? s.b : s.a,
              o2 = t.a[0] === shared[0] && t.a[1] === shared[1] ? t.b : t.a;
            const cr = orient(shared, o1, o2);
            const dot =
              (o1[0] - shared[0]) * (o2[0] - shared[0]) + (o1[1] - shared[1]) * (o2[1] - shared[1]);
            if (cr === 0 && dot > 0) {
              err(`ring folds back on itself in feature ${fc.features[s.fi].properties.id}`);
              problems++;
            }
            continue;
          }
          err(
            `self-intersection in ${fc.features[s.fi].properties.id} ring ${s.ri} (segments ${s.k}, ${t.k})`,
          );
          problems++;
        } else if (s.fi === t.fi) {
          err(`rings touch or cross within ${fc.features[s.fi].properties.id}`);
          problems++;
        } else if (rel === 2) {
          err(
            `features ${fc.features[s.fi].properties.id} and ${fc.features[t.fi].properties.id} cross`,
          );
          problems++;
        }
        if (problems > 50) break;
      }
  }
}

// ------------------------------------------------------------------ points
const POINTS = [
  ['Winter Palace', 30.3146, 59.9404, 'land'],
  ['Peter and Paul Cathedral (Zayachy Island)', 30.3165, 59.9502, 'land'],
  ['Neva between Winter Palace and fortress', 30.316, 59.9455, 'water'],
  ['Smolny Cathedral', 30.396, 59.949, 'land'],
  ['Kronstadt, Anchor Square', 29.7755, 59.995, 'land'],
  ['Aurora anchorage 1917, Nikolaevsky bridge', 30.292, 59.934, 'water'],
  ['Strelka of Vasilievsky Island', 30.306, 59.944, 'land'],
  ['Kunstkamera', 30.3042, 59.9415, 'land'],
  ['Admiralty', 30.308, 59.9378, 'land'],
  ['Bronze Horseman', 30.3021, 59.9362, 'land'],
  ['Mint, Peter and Paul Fortress', 30.3142, 59.9494, 'land'],
  ['Zoo, Alexandrovsky Park', 30.3086, 59.9519, 'land'],
  ['Marble Palace', 30.3267, 59.9452, 'land'],
  ['Troitsky bridge (on the deck)', 30.3274, 59.9488, 'water'],
  ['Liteyny bridge (on the deck)', 30.3493, 59.9507, 'water'],
  ['Birzhevoy bridge (on the deck)', 30.3035, 59.9463, 'water'],
  ['Tuchkov bridge (on the deck)', 30.2857, 59.949, 'water'],
  ['Blagoveshchensky bridge (on the deck)', 30.2895, 59.9347, 'water'],
  ['Bolsheokhtinsky bridge (on the deck)', 30.4012, 59.9427, 'water'],
  ['Alexander Nevsky bridge (on the deck)', 30.3956, 59.9257, 'water'],
  ['Volodarsky bridge (on the deck)', 30.4535, 59.8777, 'water'],
  ['Sampsonievsky bridge (on the deck)', 30.3385, 59.958, 'water'],
  ['Kamennoostrovsky bridge (on the deck)', 30.3013, 59.9775, 'water'],
  ['Ushakovsky bridge (on the deck)', 30.3001, 59.9826, 'water'],
  ['Lazarevsky bridge (on the deck)', 30.2738, 59.9651, 'water'],
  ['Bolshoy Petrovsky bridge (on the deck)', 30.2549, 59.965, 'water'],
  ['Cruiser Aurora today (Petrogradskaya nab.)', 30.3378, 59.9554, 'water'],
  ['Hotel Sankt-Peterburg (Vyborg side)', 30.3418, 59.9569, 'land'],
  ['Hotel Okhtinskaya (right bank)', 30.4086, 59.949, 'land'],
  ['Yelagin Palace kitchen block', 30.2685, 59.9799, 'land'],
  ['Datsan (Staraya Derevnya)', 30.256, 59.9834, 'land'],
  ['Pulkovo Observatory', 30.327, 59.772, 'land'],
  ['Tsarskoye Selo, Catherine Palace', 30.3957, 59.7159, 'land'],
  ['Neva Bay off Vasilievsky', 30.15, 59.94, 'water'],
  ['Gulf west of Kotlin', 29.65, 60.05, 'water'],
];
const results = [];
for (const [name, lon, lat, expect] of POINTS) {
  let hit = null;
  for (const f of fc.features) {
    for (const poly of polysOf(f)) {
      if (
        pointInRing([lon, lat], poly[0]) &&
        !poly.slice(1).some((h) => pointInRing([lon, lat], h))
      )
        hit = f.properties.id;
    }
  }
  const got = hit ? 'water' : 'land';
  results.push({
    name,
    lon,
    lat,
    expect,
    got: hit ? `water (${hit})` : 'land',
    ok: got === expect,
  });
  if (got !== expect) err(`${name} (${lon}, ${lat}) expected ${expect}, got ${got}`);
}

// ------------------------------------------------------------------ report
const size = Buffer.byteLength(text);
console.log(`file: ${file}`);
console.log(`size: ${size} bytes, ${fc.features.length} features, ${vertices} positions`);
for (const f of fc.features) {
  const polys = polysOf(f);
  const holes = polys.reduce((n, p) => n + p.length - 1, 0);
  console.log(
    `  ${f.properties.id.padEnd(18)} ${f.properties.kind.padEnd(6)} ${String(f.properties.accuracy_m).padStart(4)} m  ${polys.length} polygon(s), ${holes} hole(s)`,
  );
}
console.log('point checks:');
for (const r of results)
  console.log(
    `  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} [${r.lon}, ${r.lat}]: expected ${r.expect}, got ${r.got}`,
  );
if (size > 150 * 1024) console.log(`warning: file is larger than 150 KB`);
if (errors.length) {
  console.log(`${errors.length} problem(s):`);
  for (const e of errors.slice(0, 100)) console.log(`  - ${e}`);
  process.exit(1);
}
console.log('all checks passed');
