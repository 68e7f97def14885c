// Move the banks of the Petrograd water to the OpenStreetMap embankment streets.
//
//   node scripts/geodata/petrograd-banks.mjs [osm-streets.geojson]
//
// Reads the hand-drawn water (scripts/geodata/petrograd-water-hand.geojson, the output of
// petrograd-water.sh) and canal centre lines (scripts/geodata/petrograd-canals-hand.geojson), and the
// OSM street extract (/work/shared/osm/streets-centre.geojson, ODbL 1.0); writes
// geodata/petrograd/water.geojson and geodata/petrograd/canals.geojson. CI has no /work/shared: the
// built layers are committed. Node 20 and @turf/turf (already a dependency). About 30 s.
//
// Method (WATER.md says why and how well it fits):
// 1. A grid of 0.00004° × 0.00002° (about 2.2 m square) over the centre, lon 30.254–30.378,
//    lat 59.912–59.968. The hand-drawn rivers are painted into it.
// 2. Bank lines: the embankment ways (a name with "набережная", bridges excluded), chained end to end.
//    The water lies OFFSET metres from the street's centre line (half the carriageway, the
//    sidewalk and the parapet): 16 m on the Neva and its branches, 9 m on the canals.
// 3. Rivers: within reach of a river embankment, a cell on the water side farther than OFFSET from
//    the street is water; a cell on the land side, or nearer than OFFSET, is land. The water side
//    is where the hand-drawn river lies. Beyond that reach the hand-drawn river stays.
// 4. Canals: replaced whole inside the grid. Where both banks have an embankment street, the water
//    is what lies between them, OFFSET from each; where only one has, the canal is the hand-drawn
//    width beyond OFFSET on the side of the hand-drawn centre line; where neither has, the hand-drawn
//    ribbon stays.
// 5. Traced back to polygons, Douglas-Peucker 2 m (edges between two water bodies and along the grid's
//    border are kept exact, so neighbours still meet without slivers), joined to the hand-drawn
//    polygons outside the grid.
import fs from 'node:fs';
import * as turf from '@turf/turf';

const here = (p) => new URL(`../../${p}`, import.meta.url).pathname;
const osmPath = process.argv[2] || '/work/shared/osm/streets-centre.geojson';
const osm = JSON.parse(fs.readFileSync(osmPath, 'utf8'));
const handWater = JSON.parse(fs.readFileSync(here('scripts/geodata/petrograd-water-hand.geojson')));
const handCanals = JSON.parse(
  fs.readFileSync(here('scripts/geodata/petrograd-canals-hand.geojson')),
);

export const OFFSET_RIVER = 16;
// Canal embankments are narrower: centre line to parapet, set so that the measured gap between the
// two banks' centre lines (median, printed by this script) less twice the offset gives the width
// the sources state (canals.geojson width_m): Moika 46 m − 2 × 8 → 30 m, Fontanka 72 − 2 × 9 → 54,
// Catherine 36 − 2 × 6 → 24, Kryukov 41 − 2 × 10 → 21.
const OFFSET_CANAL_OF = {
  moika: 8,
  fontanka: 9,
  'catherine-canal': 6,
  'kryukov-canal': 10,
  zhdanovka: 10,
};
const OFFSET_CANAL = 8;
const RIVER_REACH = 150; // metres either side of a river embankment where it decides
const TOLERANCE = 2; // Douglas-Peucker, metres

// ---- grid ----
const WEST = 30.254;
const SOUTH = 59.912;
const DX = 0.00004;
const DY = 0.00002;
const W = 3100; // to 30.378
const H = 2800; // to 59.968
const N = W * H;
const LAT0 = 59.94;
const MY = 111_412;
const MX = MY * Math.cos((LAT0 * Math.PI) / 180);
const CX = DX * MX; // cell size in metres
const CY = DY * MY;
const toM = ([lon, lat]) => [(lon - WEST) * MX, (lat - SOUTH) * MY];
const cellX = (c) => (c + 0.5) * CX;
const cellY = (r) => (r + 0.5) * CY;

// Labels: 0 land, 1.. water bodies (rivers first, then canals).
const rivers = handWater.features.map((f) => f.properties.id);
const canalIds = handCanals.features
  .filter((f) => {
    const b = turf.bbox(f);
    return b[0] >= WEST && b[2] <= WEST + W * DX && b[1] >= SOUTH && b[3] <= SOUTH + H * DY;
  })
  .map((f) => f.properties.id);
const ids = [...rivers, ...canalIds];
const labelOf = new Map(ids.map((id, k) => [id, k + 1]));
const isRiver = (l) => l > 0 && l <= rivers.length;
const label = new Uint8Array(N);

/** Paints the rings of a polygon or multipolygon (even-odd) into the grid with value v. */
function paint(geometry, v, grid) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const edges = polys.flat().flatMap((ring) => {
    const pts = ring.map(toM);
    return pts.slice(1).map((b, i) => [pts[i], b]);
  });
  for (let r = 0; r < H; r++) {
    const y = cellY(r);
    const xs = [];
    for (const [a, b] of edges)
      if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil(xs[k] / CX - 0.5));
      const c1 = Math.min(W - 1, Math.floor(xs[k + 1] / CX - 0.5));
      for (let c = c0; c <= c1; c++) grid[r * W + c] = v;
    }
  }
}
for (const f of handWater.features) paint(f.geometry, labelOf.get(f.properties.id), label);
const hand = label.slice(); // the hand-drawn rivers, for probing sides

// ---- bank lines ----
const RIVER_BANKS = /набережная|Набережная/;
const CANAL_OF = [
  [/реки Мойки/, 'moika'],
  [/реки Фонтанки/, 'fontanka'],
  [/канала Грибоедова/, 'catherine-canal'],
  [/Крюкова канала/, 'kryukov-canal'],
  [/Ново-Адмиралтейского канала/, 'new-admiralty-canal'],
  [/набережная Адмиралтейского канала/, 'admiralty-canal'],
  [/Зимней канавки/, 'winter-canal'],
  [/Лебяжьей канавки/, 'lebyazhya-kanavka'],
  [/Ждановская/, 'zhdanovka'], // a river, but narrow: its two banks bound it like a canal's
];
/** Narrow rivers of water.geojson treated like canals, with their hand-drawn width. */
const NARROW_RIVERS = { zhdanovka: 50 };
const canalOfName = (n) => CANAL_OF.find(([re]) => re.test(n))?.[1] ?? null;
/** The small rivers drawn by hand with a width: their embankments bound them like a canal's. */
const NOT_BANKS = /Пряжки/; // the Pryazhka is not drawn; its embankment bounds nothing here

const ways = osm.features.filter(
  (f) =>
    RIVER_BANKS.test(f.properties.name ?? '') &&
    !f.properties.bridge &&
    !NOT_BANKS.test(f.properties.name),
);

/** Joins ways of one group end to end where exactly two of them meet. */
function chain(lines) {
  const key = (p) => `${p[0].toFixed(7)},${p[1].toFixed(7)}`;
  let pool = lines.map((l) => l.slice());
  let merged = true;
  while (merged) {
    merged = false;
    const ends = new Map();
    pool.forEach((l, i) => {
      for (const k of [key(l[0]), key(l[l.length - 1])]) ends.set(k, [...(ends.get(k) ?? []), i]);
    });
    for (const [k, at] of ends) {
      if (at.length !== 2 || at[0] === at[1]) continue;
      let [a, b] = at.map((i) => pool[i]);
      if (key(a[a.length - 1]) !== k) a = a.slice().reverse();
      if (key(b[0]) !== k) b = b.slice().reverse();
      const joined = [...a, ...b.slice(1)];
      pool = pool.filter((_, i) => !at.includes(i));
      pool.push(joined);
      merged = true;
      break;
    }
  }
  return pool;
}

const riverWays = ways.filter((f) => !canalOfName(f.properties.name));
const riverChains = chain(riverWays.map((f) => f.geometry.coordinates.map(toM)));
const bankedIds = [...canalIds, ...Object.keys(NARROW_RIVERS)];
const canalChains = bankedIds.flatMap((id) =>
  chain(
    ways
      .filter((f) => canalOfName(f.properties.name) === id)
      .map((f) => f.geometry.coordinates.map(toM)),
  ).map((pts) => ({ id, pts })),
);

const handLine = new Map(
  handCanals.features.map((f) => [
    f.properties.id,
    {
      pts: (f.geometry.type === 'LineString'
        ? [f.geometry.coordinates]
        : f.geometry.coordinates
      ).map((l) => l.map(toM)),
      width: f.properties.width_m,
    },
  ]),
);

const at = (x, y) => {
  const c = Math.floor(x / CX);
  const r = Math.floor(y / CY);
  return c < 0 || r < 0 || c >= W || r >= H ? 0 : hand[r * W + c];
};

/** Distance along the ray from p in direction n to the first crossing of any segment in segs. */
function rayHit(p, n, segs, max) {
  let best = Infinity;
  for (const [a, b] of segs) {
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const den = n[0] * ey - n[1] * ex;
    if (Math.abs(den) < 1e-9) continue;
    const t = ((a[0] - p[0]) * ey - (a[1] - p[1]) * ex) / den;
    const u = ((a[0] - p[0]) * n[1] - (a[1] - p[1]) * n[0]) / den;
    if (t > 1 && t < max && u >= 0 && u <= 1) best = Math.min(best, t);
  }
  return best;
}

// Each segment: its ends, the side the water is on (+1 left, -1 right, 0 none), how far past the
// street the water reaches (and, on rivers, how far the land side may be cleared), and its label.
const segments = [];
const report = { riverSegments: 0, riverUndecided: 0, canal: {} };

for (const pts of riverChains) {
  const chainSegs = [];
  for (let i = 1; i < pts.length; i++) {
    const [a, b] = [pts[i - 1], pts[i]];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len < 0.01) continue;
    const n = [-(b[1] - a[1]) / len, (b[0] - a[0]) / len]; // left normal
    const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    // Walk out on both sides in 5 m steps: where the hand-drawn river starts and stops.
    const walk = (s) => {
      let wet = 0;
      let first = -1;
      let lab = 0;
      let stop = 200;
      for (let d = 5; d <= 200; d += 5) {
        const l = at(mid[0] + s * n[0] * d, mid[1] + s * n[1] * d);
        if (isRiver(l)) {
          wet++;
          if (first < 0) first = d;
          lab = l;
        } else if (first >= 0) {
          stop = d;
          break;
        }
      }
      return { wet, first, lab, stop };
    };
    chainSegs.push({ a, b, len, L: walk(1), R: walk(-1) });
  }
  // An embankment keeps the river on one side all along: the chain votes, weighted by length.
  const vote = chainSegs.reduce((v, s) => v + s.len * Math.sign(s.L.wet - s.R.wet), 0);
  const side = Math.sign(vote);
  report.riverSegments += chainSegs.length;
  if (!side) {
    report.riverUndecided += chainSegs.length;
    continue;
  }
  for (const { a, b, L, R } of chainSegs) {
    const wetSide = side > 0 ? L : R;
    const drySide = side > 0 ? R : L;
    if (!wetSide.wet) continue; // no hand-drawn river on this side here: not this river's bank
    // Land side: clear as far as the hand-drawn water mistakenly reaches (the same river within
    // 60 m of the street), never into another river behind it.
    const dryReach =
      drySide.first < 0
        ? RIVER_REACH
        : drySide.first <= 60
          ? Math.min(RIVER_REACH, drySide.stop)
          : drySide.first - 10;
    segments.push({
      a,
      b,
      side,
      river: true,
      reach: Math.min(RIVER_REACH, wetSide.stop + 20),
      dryReach: Math.max(OFFSET_RIVER, dryReach),
      lab: wetSide.lab,
      offset: OFFSET_RIVER,
    });
  }
}

for (const id of bankedIds) {
  const mine = canalChains.filter((c) => c.id === id);
  const segs = mine.flatMap((c) => c.pts.slice(1).map((b, i) => [c.pts[i], b]));
  const hl = handLine.get(id) ?? { pts: [], width: NARROW_RIVERS[id] };
  const off = OFFSET_CANAL_OF[id] ?? OFFSET_CANAL;
  // An opposite bank counts only as far as the canal could be wide: 1.6 times its stated width
  // (a perpendicular from a short segment at a bend can meet another stretch of the canal).
  const maxGap = Math.min(110, 2 * off + 1.6 * hl.width);
  const ok = (g) => g >= 2 * off + 6 && g <= maxGap;
  const stats = { segments: 0, twoBanks: 0, oneBank: 0, none: 0, gaps: [] };
  report.canal[id] = stats;
  for (const { pts } of mine) {
    const chainSegs = [];
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1], pts[i]];
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len < 0.01) continue;
      const n = [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
      const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const gl = rayHit(mid, n, segs, 110);
      const gr = rayHit(mid, [-n[0], -n[1]], segs, 110);
      let two = 0;
      let gap = 0;
      if (ok(gl) && (!ok(gr) || gl <= gr)) [two, gap] = [1, gl];
      else if (ok(gr)) [two, gap] = [-1, gr];
      // Which side the hand-drawn centre line is on, and how far.
      let best = Infinity;
      let handSide = 0;
      for (const line of hl.pts)
        for (let k = 1; k < line.length; k++) {
          const q = nearest(mid, line[k - 1], line[k]);
          const d = Math.hypot(q[0] - mid[0], q[1] - mid[1]);
          if (d < best) {
            best = d;
            handSide = Math.sign((q[0] - mid[0]) * n[0] + (q[1] - mid[1]) * n[1]);
          }
        }
      chainSegs.push({ a, b, len, two, gap, handSide, handDist: best });
    }
    // The water stays on one side of a bank street: the opposite bank decides where it is seen,
    // the hand-drawn centre line only where the chain never sees one.
    const twoVote = chainSegs.reduce((v, s) => v + s.len * s.two, 0);
    const handVote = chainSegs.reduce((v, s) => v + (s.handDist < 100 ? s.len * s.handSide : 0), 0);
    const side = Math.sign(twoVote) || Math.sign(handVote);
    for (const s of chainSegs) {
      stats.segments++;
      let reach;
      if (s.two === side) {
        stats.twoBanks++;
        stats.gaps.push(s.gap);
        reach = s.gap;
      } else if (side) {
        stats.oneBank++;
        reach = off + hl.width;
      } else {
        stats.none++;
        continue;
      }
      segments.push({
        a: s.a,
        b: s.b,
        side,
        river: false,
        reach,
        dryReach: off,
        lab: labelOf.get(id),
        offset: off,
      });
    }
  }
}

function nearest(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const l2 = dx * dx + dy * dy;
  const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
  return [a[0] + t * dx, a[1] + t * dy];
}

/**
 * For each cell, the nearest segment of one group within its reach: its index and signed side
 * (+ water side). A cell whose nearest point is a chain's open end is left to the others.
 */
function nearestField(group) {
  const best = new Float32Array(N).fill(Infinity);
  const which = new Int32Array(N).fill(-1);
  const wetSide = new Int8Array(N);
  group.forEach((s, k) => {
    const reach = Math.max(s.reach, s.dryReach);
    const x0 = Math.max(0, Math.floor((Math.min(s.a[0], s.b[0]) - reach) / CX));
    const x1 = Math.min(W - 1, Math.ceil((Math.max(s.a[0], s.b[0]) + reach) / CX));
    const y0 = Math.max(0, Math.floor((Math.min(s.a[1], s.b[1]) - reach) / CY));
    const y1 = Math.min(H - 1, Math.ceil((Math.max(s.a[1], s.b[1]) + reach) / CY));
    const dx = s.b[0] - s.a[0];
    const dy = s.b[1] - s.a[1];
    const l2 = dx * dx + dy * dy;
    for (let r = y0; r <= y1; r++) {
      const py = cellY(r);
      for (let c = x0; c <= x1; c++) {
        const px = cellX(c);
        const t = ((px - s.a[0]) * dx + (py - s.a[1]) * dy) / l2;
        const tc = Math.max(0, Math.min(1, t));
        const d = Math.hypot(px - s.a[0] - tc * dx, py - s.a[1] - tc * dy);
        const i = r * W + c;
        if (d >= best[i]) continue;
        best[i] = d;
        const cross = dx * (py - s.a[1]) - dy * (px - s.a[0]);
        // Past the end of a segment the side is that of the segment only near the joint.
        which[i] = (t < -0.02 && s.first) || (t > 1.02 && s.last) ? -2 : k;
        wetSide[i] = Math.sign(cross) === s.side ? 1 : -1;
      }
    }
  });
  return { best, which, wetSide };
}

// Mark the open ends of each chain.
function markEnds(list) {
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const prev = list[i - 1];
    const next = list[i + 1];
    s.first = !prev || prev.b[0] !== s.a[0] || prev.b[1] !== s.a[1];
    s.last = !next || next.a[0] !== s.b[0] || next.a[1] !== s.b[1];
  }
}
const riverSegs = segments.filter((s) => s.river);
const canalSegs = segments.filter((s) => !s.river);
markEnds(riverSegs);
markEnds(canalSegs);

// ---- rivers ----
{
  const f = nearestField(riverSegs);
  let wetted = 0;
  let dried = 0;
  for (let i = 0; i < N; i++) {
    const k = f.which[i];
    if (k < 0) continue;
    const s = riverSegs[k];
    const d = f.best[i];
    if (f.wetSide[i] > 0 && d > s.offset && d <= s.reach) {
      if (!isRiver(label[i])) {
        label[i] = s.lab;
        wetted++;
      }
    } else if (f.wetSide[i] < 0 ? d <= s.dryReach : d <= s.offset) {
      if (isRiver(label[i])) {
        label[i] = 0;
        dried++;
      }
    }
  }
  report.riverCells = { wetted, dried, m2: [wetted * CX * CY, dried * CX * CY].map(Math.round) };
}

// ---- canals ----
{
  const f = nearestField(canalSegs);
  const decided = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const k = f.which[i];
    if (k < 0) continue;
    const s = canalSegs[k];
    const d = f.best[i];
    if (d > s.reach) continue;
    decided[i] = 1;
    if (f.wetSide[i] > 0 && d > s.offset) label[i] = s.lab;
    else if (label[i] === s.lab || (d <= s.offset && !isRiver(label[i]))) label[i] = 0;
  }
  // Stretches with no embankment street of the canal within 200 m: the hand-drawn ribbon.
  const near = nearestField(canalSegs.map((s) => ({ ...s, reach: 200, dryReach: 200 }))).best;
  for (const [id, hl] of handLine) {
    if (!labelOf.has(id) || rivers.includes(id)) continue;
    const ribbon = new Uint8Array(N);
    const polys = hl.pts.map((l) =>
      turf.buffer(
        turf.lineString(l.map(([x, y]) => [WEST + x / MX, SOUTH + y / MY])),
        hl.width / 2,
        {
          units: 'meters',
        },
      ),
    );
    for (const p of polys) paint(p.geometry, 1, ribbon);
    for (let i = 0; i < N; i++)
      if (ribbon[i] && !decided[i] && near[i] > 200 && !isRiver(label[i]))
        label[i] = labelOf.get(id);
  }
}

// ---- bridges: a bridge spans water, so the middle of its span is water ----
{
  let painted = 0;
  let skipped = 0;
  for (const f of osm.features) {
    if (!f.properties.bridge || !/мост/.test(f.properties.name ?? '')) continue;
    const pts = f.geometry.coordinates.map(toM);
    const lens = pts.slice(1).map((b, i) => Math.hypot(b[0] - pts[i][0], b[1] - pts[i][1]));
    const total = lens.reduce((a, b) => a + b, 0);
    if (total < 10) continue;
    const along = (s) => {
      for (let i = 0; i < lens.length; i++) {
        if (s <= lens[i]) {
          const t = s / lens[i];
          return [
            pts[i][0] + t * (pts[i + 1][0] - pts[i][0]),
            pts[i][1] + t * (pts[i + 1][1] - pts[i][1]),
          ];
        }
        s -= lens[i];
      }
      return pts[pts.length - 1];
    };
    // The water it crosses: the nearest water cell within 30 m of mid-span.
    const [mx, my] = along(total / 2);
    let lab0 = 0;
    let bd = Infinity;
    const R = 30;
    for (let r = Math.floor((my - R) / CY); r <= Math.ceil((my + R) / CY); r++)
      for (let c = Math.floor((mx - R) / CX); c <= Math.ceil((mx + R) / CX); c++) {
        if (r < 0 || c < 0 || r >= H || c >= W || !label[r * W + c]) continue;
        const d = Math.hypot(cellX(c) - mx, cellY(r) - my);
        if (d < bd) [bd, lab0] = [d, label[r * W + c]];
      }
    if (!lab0) {
      skipped++;
      continue;
    }
    painted++;
    // The middle third of the span, 4 m either side of its axis.
    for (let s = total / 3; s <= (2 * total) / 3; s += 1) {
      const [x, y] = along(s);
      for (let r = Math.floor((y - 4) / CY); r <= Math.ceil((y + 4) / CY); r++)
        for (let c = Math.floor((x - 4) / CX); c <= Math.ceil((x + 4) / CX); c++)
          if (r >= 0 && c >= 0 && r < H && c < W && Math.hypot(cellX(c) - x, cellY(r) - y) <= 4)
            if (!label[r * W + c]) label[r * W + c] = lab0;
    }
  }
  report.bridges = { painted, skipped };
}

// ---- clean: no water cells that meet only at a corner (they would make rings touch) ----
for (let pass = 0; pass < 3; pass++) {
  let fixed = 0;
  for (let r = 0; r + 1 < H; r++)
    for (let c = 0; c + 1 < W; c++) {
      const i = r * W + c;
      const [a, b, d, e] = [label[i], label[i + 1], label[i + W], label[i + W + 1]];
      if (a && a === e && b !== a && d !== a) {
        label[i + 1] = a;
        fixed++;
      } else if (b && b === d && a !== b && e !== b) {
        label[i] = b;
        fixed++;
      }
    }
  report[`cornerFixes${pass}`] = fixed;
}

// ---- trace ----
const lab = (c, r) => (c < 0 || r < 0 || c >= W || r >= H ? 255 : label[r * W + c]);

/** The boundary rings of label v, exteriors counter-clockwise; vertices in grid units. */
function trace(v) {
  // Directed edges with v on the left: key = vertex index, value = list of [to, fixed].
  const out = new Map();
  const VW = W + 1;
  const add = (i0, j0, i1, j1, other) => {
    const k = j0 * VW + i0;
    const fixed = other === 255 || (other !== 0 && other !== v);
    const e = { to: j1 * VW + i1, fixed, used: false };
    const l = out.get(k);
    if (l) l.push(e);
    else out.set(k, [e]);
  };
  for (let r = 0; r < H; r++)
    for (let c = 0; c < W; c++) {
      if (label[r * W + c] !== v) continue;
      let o = lab(c, r - 1);
      if (o !== v) add(c, r, c + 1, r, o);
      o = lab(c + 1, r);
      if (o !== v) add(c + 1, r, c + 1, r + 1, o);
      o = lab(c, r + 1);
      if (o !== v) add(c + 1, r + 1, c, r + 1, o);
      o = lab(c - 1, r);
      if (o !== v) add(c, r + 1, c, r, o);
    }
  const rings = [];
  for (const [start, list] of out)
    for (const e0 of list) {
      if (e0.used) continue;
      const ring = [];
      let from = start;
      let e = e0;
      while (e && !e.used) {
        e.used = true;
        ring.push({ k: from, fixed: e.fixed });
        const prevDir = [(e.to % VW) - (from % VW), Math.floor(e.to / VW) - Math.floor(from / VW)];
        from = e.to;
        const cands = (out.get(from) ?? []).filter((x) => !x.used);
        if (cands.length > 1) {
          // At a corner shared by two diagonal cells, turn left: the two stay separate rings.
          const left = [-prevDir[1], prevDir[0]];
          e =
            cands.find(
              (x) =>
                (x.to % VW) - (from % VW) === left[0] &&
                Math.floor(x.to / VW) - Math.floor(from / VW) === left[1],
            ) ?? cands[0];
        } else e = cands[0];
      }
      rings.push(ring.map(({ k, fixed }) => ({ p: [k % VW, Math.floor(k / VW)], fixed })));
    }
  return rings;
}

function dp(pts, tol) {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let far = -1;
    let fd = tol;
    for (let i = s + 1; i < e; i++) {
      const q = nearest(pts[i], pts[s], pts[e]);
      const d = Math.hypot(q[0] - pts[i][0], q[1] - pts[i][1]);
      if (d > fd) [far, fd] = [i, d];
    }
    if (far > 0) {
      keep[far] = 1;
      stack.push([s, far], [far, e]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

const ringArea = (r) => {
  let a = 0;
  for (let i = 0; i < r.length; i++) {
    const [x0, y0] = r[i];
    const [x1, y1] = r[(i + 1) % r.length];
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
};

function selfCrosses(r) {
  const n = r.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [a, b, c, d] = [r[i], r[(i + 1) % n], r[j], r[(j + 1) % n]];
      const o = (p, q, s) =>
        Math.sign((q[0] - p[0]) * (s[1] - p[1]) - (q[1] - p[1]) * (s[0] - p[0]));
      if (o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0) return true;
    }
  return false;
}

/** A traced ring simplified in metres, finer where a coarser one would cross itself. */
function simplify(ring) {
  for (const tol of [TOLERANCE, TOLERANCE / 2, TOLERANCE / 4, 0]) {
    const r = simplifyAt(ring, tol);
    if (!selfCrosses(r)) return r;
  }
  throw new Error('a traced ring crosses itself');
}

/** A traced ring simplified at tol metres; the fixed stretches only lose collinear points. */
function simplifyAt(ring, TOLERANCE) {
  const m = ring.map(({ p, fixed }) => ({ x: [p[0] * CX, p[1] * CY], p, fixed }));
  const n = m.length;
  // A vertex is an anchor when an edge touching it is fixed, or where fixed and free meet.
  const anchor = m.map((v, i) => v.fixed || m[(i - 1 + n) % n].fixed);
  let s0 = anchor.indexOf(true);
  const out = [];
  if (s0 < 0) {
    // Free all round: split at the vertex farthest from the first.
    let far = 0;
    let fd = 0;
    m.forEach((v, i) => {
      const d = Math.hypot(v.x[0] - m[0].x[0], v.x[1] - m[0].x[1]);
      if (d > fd) [far, fd] = [i, d];
    });
    const a = dp(
      [...m.slice(0, far + 1)].map((v) => v.x),
      TOLERANCE,
    );
    const b = dp(
      [...m.slice(far), m[0]].map((v) => v.x),
      TOLERANCE,
    );
    return [...a, ...b.slice(1, -1)];
  }
  for (let step = 0; step < n;) {
    const i = (s0 + step) % n;
    if (m[i].fixed) {
      out.push(m[i].x);
      step++;
      continue;
    }
    // A free stretch from i to the next anchor.
    const run = [m[i].x];
    let j = step + 1;
    for (; j < n && !anchor[(s0 + j) % n]; j++) run.push(m[(s0 + j) % n].x);
    run.push(m[(s0 + j) % n].x);
    // The midpoints of a staircase's steps lie on the line it stands for: simplify those.
    const mids = run.slice(1).map((p, k) => [(p[0] + run[k][0]) / 2, (p[1] + run[k][1]) / 2]);
    const smooth = run.length > 3 ? [run[0], ...mids.slice(1, -1), run[run.length - 1]] : run;
    out.push(...dp(smooth, TOLERANCE).slice(0, -1));
    step = j;
  }
  // Drop collinear points (exact).
  return out.filter((p, i) => {
    const a = out[(i - 1 + out.length) % out.length];
    const b = out[(i + 1) % out.length];
    return Math.abs((p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0])) > 1e-6;
  });
}

const r5 = (v) => Math.round(v * 1e5) / 1e5;
const toLonLat = ([x, y]) => [r5(WEST + (x / CX) * DX), r5(SOUTH + (y / CY) * DY)];

function inRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

/** The grid's polygons of label v as a GeoJSON MultiPolygon (null if none). */
function polygonsOf(v, minArea) {
  const rings = trace(v)
    .map(simplify)
    .filter((r) => r.length >= 3);
  const ext = rings.filter((r) => ringArea(r) > minArea);
  const holes = rings.filter((r) => ringArea(r) < -minArea / 2);
  const polys = ext.map((e) => [e]);
  for (const h of holes) {
    const owner = polys.find((p) => inRing(h[0], p[0]) && Math.abs(ringArea(p[0])) > -ringArea(h));
    if (owner) owner.push(h);
  }
  if (!polys.length) return null;
  const close = (r) => [...r.map(toLonLat), toLonLat(r[0])];
  return { type: 'MultiPolygon', coordinates: polys.map((p) => p.map(close)) };
}

const box = turf.bboxPolygon([WEST, SOUTH, r5(WEST + W * DX), r5(SOUTH + H * DY)]);
const asGeom = (g) => (g && g.geometry ? g.geometry : g);
const one = (g) =>
  g.type === 'MultiPolygon' && g.coordinates.length === 1
    ? { type: 'Polygon', coordinates: g.coordinates[0] }
    : g;

/** Rounds to 5 decimals, then drops repeated vertices and spikes (a vertex that turns straight back). */
function tidy(g) {
  const ring = (r) => {
    let pts = r.slice(0, -1).map(([x, y]) => [r5(x), r5(y)]);
    for (let changed = true; changed && pts.length > 3;) {
      changed = false;
      const out = [];
      for (let i = 0; i < pts.length; i++) {
        const a = out.length ? out[out.length - 1] : pts[pts.length - 1];
        const p = pts[i];
        const b = pts[(i + 1) % pts.length];
        const same = (u, v) => u[0] === v[0] && u[1] === v[1];
        const cross = (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]);
        const back = (p[0] - a[0]) * (b[0] - p[0]) + (p[1] - a[1]) * (b[1] - p[1]) < 0;
        if (same(a, p) || (Math.abs(cross) < 1e-12 && back)) changed = true;
        else out.push(p);
      }
      pts = out;
    }
    return [...pts, pts[0]];
  };
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((p) => p.map(ring).filter((r) => r.length >= 4))
    .filter((p) => p.length);
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

const osmStreets = {
  author: 'OpenStreetMap contributors',
  title:
    'OpenStreetMap, embankment and bridge ways of central St Petersburg (extract of 2026-03-20), ODbL 1.0; banks derived by scripts/geodata/petrograd-banks.mjs',
  year: 2026,
  url: 'https://www.openstreetmap.org/copyright',
};
const BANKS_NOTE =
  ' Inside lon 30.254-30.378, lat 59.912-59.968 the banks follow the OpenStreetMap embankment streets where there is one, the water 16 m (rivers) or 6-10 m (canals) from the street centre line, and the water runs under every bridge (WATER.md, Banks from the OpenStreetMap embankments).';
const waterOut = structuredClone(handWater);
for (const f of waterOut.features) {
  const v = labelOf.get(f.properties.id);
  const inside = polygonsOf(v, 50);
  const outside = asGeom(turf.difference(turf.featureCollection([turf.feature(f.geometry), box])));
  let g =
    inside && outside
      ? asGeom(turf.union(turf.featureCollection([turf.feature(inside), turf.feature(outside)])))
      : (inside ?? outside);
  if (!g) throw new Error(`${f.properties.id}: no water left`);
  f.geometry = tidy(turf.rewind(turf.feature(g), { reverse: false }).geometry);
  if (inside) {
    f.properties.note += BANKS_NOTE;
    f.properties.sources = [...f.properties.sources, osmStreets];
  }
}

const canalsOut = structuredClone(handCanals);
for (const f of canalsOut.features) {
  const v = labelOf.get(f.properties.id);
  if (!v) continue;
  const g = polygonsOf(v, 20);
  if (!g) throw new Error(`${f.properties.id}: no canal drawn`);
  f.geometry = one(turf.rewind(turf.feature(g), { reverse: false }).geometry);
  const st = report.canal[f.properties.id];
  // Between two embankments the edge is the offset's error; along one, the hand-drawn width's too.
  f.properties.accuracy_m = st && st.twoBanks > st.oneBank ? 10 : 20;
  f.properties.note =
    'Polygon between the OpenStreetMap embankment streets of its banks (WATER.md, Banks from the OpenStreetMap embankments); the hand-drawn centre line it replaces: ' +
    f.properties.note;
  f.properties.sources = [...f.properties.sources, osmStreets];
}

function write(path, fc) {
  const text = JSON.stringify(fc, null, 0)
    .replace(/\{"type":"Feature"/g, '\n{"type":"Feature"')
    .replace(/\]\}$/, '\n]}');
  fs.writeFileSync(here(path), text + '\n');
}
// ---- bridges.geojson: the OSM bridge ways named as bridges, with the street layer's names ----
const streetLayer = JSON.parse(fs.readFileSync(here('geodata/petrograd/streets.geojson')));
const streetNamed = new Map(streetLayer.features.map((f) => [f.properties.name.today_ru, f]));
const osmSource = {
  author: 'OpenStreetMap contributors',
  title: 'OpenStreetMap, bridge ways of central St Petersburg (extract of 2026-03-20), ODbL 1.0',
  year: 2026,
  url: 'https://www.openstreetmap.org/copyright',
};
const bridgeOut = {
  type: 'FeatureCollection',
  metadata: {
    title: 'Petrograd 1917: bridges',
    description:
      'The bridge ways (bridge=yes) of the OpenStreetMap extract of the centre whose name is a bridge’s, one LineString per way, with the names of streets.geojson (the 1917 name where the street-name table gives it). Built by scripts/geodata/petrograd-banks.mjs; see geodata/petrograd/WATER.md.',
    licence:
      'Derived from OpenStreetMap (© OpenStreetMap contributors), Open Database Licence 1.0; names and notes Atlas 1917 (CC BY 4.0).',
    sources: [osmSource],
  },
  features: [],
};
// Bridges renamed since 1917 that the street-name table does not list (checked in two sources).
const BRIDGE_1917 = {
  'мост Ломоносова': {
    period_ru: 'Чернышёв мост',
    period_en: 'Chernyshev Bridge',
    note: 'Chernyshev Bridge from 1798 to 1948 (Catherine Bridge before 1798), renamed after Lomonosov on 23 August 1948.',
    sources: [
      {
        author: 'Петербург и его мосты (ptmap.ru)',
        title: 'Мост Ломоносова',
        year: 2026,
        url: 'http://www.ptmap.ru/bridges/1647',
      },
      {
        author: 'Wikipedia (Russian), mirrored at profilbaru.com',
        title: 'Мост Ломоносова',
        year: 2026,
        url: 'https://profilbaru.com/ru/Мост_Ломоносова',
      },
    ],
  },
};
for (const f of osm.features) {
  const name = f.properties.name ?? '';
  if (!f.properties.bridge || !/мост/.test(name)) continue;
  const street = structuredClone(streetNamed.get(name));
  const renamed = BRIDGE_1917[name];
  if (street && renamed) {
    Object.assign(street.properties.name, {
      period_ru: renamed.period_ru,
      period_en: renamed.period_en,
    });
    street.properties.note = renamed.note;
    street.properties.sources = [...street.properties.sources, ...renamed.sources];
  }
  if (!street) continue; // a bridge the street layer leaves out (laid out later) stays out here too
  const id = `${f.properties.osm_id.replace('way/', 'osm-')}`;
  bridgeOut.features.push({
    type: 'Feature',
    id,
    properties: {
      id,
      kind: 'bridge',
      name: street.properties.name,
      accuracy_m: 5,
      note: `OSM ${f.properties.osm_id}, ${Math.round(turf.length(f, { units: 'meters' }))} m. ${street.properties.note}`,
      sources: street.properties.sources,
    },
    geometry: {
      type: 'LineString',
      coordinates: f.geometry.coordinates.map(([x, y]) => [r5(x), r5(y)]),
    },
  });
}
write('geodata/petrograd/bridges.geojson', bridgeOut);
report.bridgeFeatures = bridgeOut.features.length;

waterOut.metadata.description += BANKS_NOTE;
waterOut.metadata.licence =
  'Inside the grid of WATER.md (lon 30.254-30.378, lat 59.912-59.968) derived from OpenStreetMap (© OpenStreetMap contributors), Open Database Licence 1.0. Elsewhere: ' +
  waterOut.metadata.licence;
waterOut.metadata.sources = [...waterOut.metadata.sources, osmStreets];
canalsOut.metadata.description =
  'The canals of central Petrograd in October 1917: polygons between the OpenStreetMap embankment streets of their banks (Moika, Fontanka, Catherine, Kryukov, Admiralty, New Admiralty, Winter and Swan canals), and the Obvodny Canal as a hand-drawn centre line with width_m. Built by scripts/geodata/petrograd-banks.mjs from the hand-drawn centre lines of scripts/geodata/petrograd-canals-hand.geojson; see geodata/petrograd/WATER.md. WGS84 [lon, lat], 5 decimals.';
canalsOut.metadata.licence =
  'The polygons are derived from OpenStreetMap (© OpenStreetMap contributors), Open Database Licence 1.0; the Obvodny centre line, names and notes are Atlas 1917 (CC BY 4.0). ' +
  canalsOut.metadata.licence;
canalsOut.metadata.sources = [...canalsOut.metadata.sources, osmStreets];
write('geodata/petrograd/water.geojson', waterOut);
write('geodata/petrograd/canals.geojson', canalsOut);
for (const s of Object.values(report.canal)) {
  const g = s.gaps.sort((a, b) => a - b);
  s.gapMedian = Math.round(g[g.length >> 1] ?? 0);
  delete s.gaps;
}
console.log(JSON.stringify(report, null, 1));
if (process.env.BANKS_DEBUG) fs.writeFileSync(process.env.BANKS_DEBUG, label);
