// Build geodata/petrograd/water.geojson from a GSHHG land mask plus the
// hand-authored delta geometry in petrograd-water-authored.mjs.
//
// Plain Node 20 ESM, no dependencies. Usage (normally via petrograd-water.sh):
//   node scripts/geodata/petrograd-water.mjs --mask mask.raw --out water.geojson
//
// The mask is a pixel-registered uint8 grid (1 = land, 0 = water), written
// bottom row first, left column first, as produced by
//   gmt grdlandmask -R<extent> -I0.5s/0.25s -r -Df -N0/1/1/1/1
//   gmt grd2xyz -ZBLu
//
// Method, in short:
//  1. Start from GSHHG water, but drop it inside GSHHG_EXCLUDE (the delta
//     interior, where GSHHG's channels are too coarse and misplaced).
//  2. Add the authored water (bank polygons and centreline channels), then
//     carve out the authored land (Zayachy Island and similar).
//  3. Give every water cell a water-body label from the label zones (later
//     zones win), so neighbouring bodies meet along short straight cut lines.
//  4. Tidy the raster (drop specks, remove diagonal-only contacts), trace the
//     boundaries between labels as shared arcs, simplify every arc once
//     (Douglas-Peucker), and assemble rings per label. Because neighbours use
//     the same simplified arc there are no slivers or gaps between features.

import fs from 'node:fs';
import * as A from './petrograd-water-authored.mjs';

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
function arg(name, dflt) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
}
const MASK = arg('mask');
const OUT = arg('out');
const DEBUG = arg('debug'); // optional: write a label grid summary here
if (!MASK || !OUT) {
  console.error('usage: petrograd-water.mjs --mask mask.raw --out water.geojson');
  process.exit(2);
}

// ---------------------------------------------------------------- grid
const EXT = A.EXTENT;
const DX = 0.5 / 3600; // degrees of longitude per cell (about 7.7 m here)
const DY = 0.25 / 3600; // degrees of latitude per cell (about 7.7 m)
const W = Math.round((EXT.east - EXT.west) / DX);
const H = Math.round((EXT.north - EXT.south) / DY);
const N = W * H;

// Local metric scale (equirectangular about the middle latitude); good to a
// fraction of a percent over this small extent, which is all we need.
const LAT_MID = (EXT.north + EXT.south) / 2;
const MY = 111412; // metres per degree of latitude near 60 N
const MX = MY * Math.cos((LAT_MID * Math.PI) / 180);

const cellLon = (c) => EXT.west + (c + 0.5) * DX;
const cellLat = (r) => EXT.south + (r + 0.5) * DY;

const mask = fs.readFileSync(MASK);
if (mask.length !== N) {
  console.error(`mask has ${mask.length} bytes, expected ${W}x${H}=${N}`);
  process.exit(1);
}

// ---------------------------------------------------------------- rasterisers
// Even-odd scanline fill of one or more rings; calls set(idx) for each cell
// whose centre lies inside.
function fillRings(rings, set) {
  let minLat = Infinity,
    maxLat = -Infinity;
  for (const ring of rings)
    for (const [, y] of ring) {
      if (y < minLat) minLat = y;
      if (y > maxLat) maxLat = y;
    }
  const r0 = Math.max(0, Math.floor((minLat - EXT.south) / DY - 0.5));
  const r1 = Math.min(H - 1, Math.ceil((maxLat - EXT.south) / DY - 0.5));
  const xs = [];
  for (let r = r0; r <= r1; r++) {
    const y = cellLat(r);
    xs.length = 0;
    for (const ring of rings) {
      const n = ring.length;
      for (let i = 0, j = n - 1; i < n; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
      }
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k] - EXT.west) / DX - 0.5));
      const c1 = Math.min(W - 1, Math.floor((xs[k + 1] - EXT.west) / DX - 0.5));
      for (let c = c0; c <= c1; c++) set(r * W + c);
    }
  }
}

// A channel is a centreline of [lon, lat, width_m] vertices. Every segment is
// swept with a width that varies linearly along it; segment ends are round,
// so joints between segments are smooth.
function fillChannel(line, set) {
  for (let s = 0; s + 1 < line.length; s++) {
    const [x0, y0, w0] = line[s];
    const [x1, y1, w1] = line[s + 1];
    const hw = Math.max(w0, w1) / 2;
    const padLon = hw / MX,
      padLat = hw / MY;
    const c0 = Math.max(0, Math.floor((Math.min(x0, x1) - padLon - EXT.west) / DX));
    const c1 = Math.min(W - 1, Math.ceil((Math.max(x0, x1) + padLon - EXT.west) / DX));
    const r0 = Math.max(0, Math.floor((Math.min(y0, y1) - padLat - EXT.south) / DY));
    const r1 = Math.min(H - 1, Math.ceil((Math.max(y0, y1) + padLat - EXT.south) / DY));
    const ax = 0,
      ay = 0;
    const bx = (x1 - x0) * MX,
      by = (y1 - y0) * MY;
    const len2 = bx * bx + by * by;
    for (let r = r0; r <= r1; r++) {
      const py = (cellLat(r) - y0) * MY;
      for (let c = c0; c <= c1; c++) {
        const px = (cellLon(c) - x0) * MX;
        let t = len2 > 0 ? ((px - ax) * bx + (py - ay) * by) / len2 : 0;
        if (t < 0) t = 0;
        else if (t > 1) t = 1;
        const dx = px - t * bx,
          dy = py - t * by;
        const half = (w0 + t * (w1 - w0)) / 2;
        if (dx * dx + dy * dy <= half * half) set(r * W + c);
      }
    }
  }
}

// ---------------------------------------------------------------- compose
// water: 0 = land, 1 = water (label assigned later)
const water = new Uint8Array(N);
const exclude = new Uint8Array(N);
fillRings(A.GSHHG_EXCLUDE, (i) => {
  exclude[i] = 1;
});
for (let i = 0; i < N; i++) if (mask[i] === 0 && !exclude[i]) water[i] = 1;
for (const p of A.WATER_POLYGONS)
  fillRings(p.rings, (i) => {
    water[i] = 1;
  });
for (const ch of A.CHANNELS)
  fillChannel(ch.line, (i) => {
    water[i] = 1;
  });
for (const p of A.LAND_POLYGONS)
  fillRings(p.rings, (i) => {
    water[i] = 0;
  });

// labels: 0 = land, 1..K = index into A.FEATURES (+1)
const FEATURES = A.FEATURES;
const labelOf = new Map(FEATURES.map((f, k) => [f.id, k + 1]));
const label = new Uint8Array(N);
const defaultLabel = labelOf.get(A.DEFAULT_LABEL);
for (let i = 0; i < N; i++) if (water[i]) label[i] = defaultLabel;
for (const z of A.LABEL_ZONES) {
  const L = labelOf.get(z.id);
  if (!L) throw new Error(`label zone for unknown feature ${z.id}`);
  fillRings(z.rings, (i) => {
    if (water[i]) label[i] = L;
  });
}
// Tributaries label themselves: a cell covered by a shape with ownLabel and by
// no other authored water shape takes that label, so the cut line between a
// small river and its parent is the parent's own bank.
{
  const cover = new Uint8Array(N);
  const shapes = [
    ...A.WATER_POLYGONS.map((p) => ({ s: p, fill: (f) => fillRings(p.rings, f) })),
    ...A.CHANNELS.map((c) => ({ s: c, fill: (f) => fillChannel(c.line, f) })),
  ];
  const stamp = new Int32Array(N); // count each shape once per cell
  shapes.forEach(({ fill }, k) =>
    fill((i) => {
      if (stamp[i] === k + 1) return;
      stamp[i] = k + 1;
      if (cover[i] < 255) cover[i]++;
    }),
  );
  for (const { s, fill } of shapes) {
    if (!s.ownLabel) continue;
    const L = labelOf.get(s.ownLabel);
    if (!L) throw new Error(`ownLabel for unknown feature ${s.ownLabel}`);
    fill((i) => {
      if (water[i] && cover[i] === 1) label[i] = L;
    });
  }
}

// ---------------------------------------------------------------- tidy
// Connected components (4-connectivity) over cells with the same "kind";
// small water specks become land, small land specks (not touching the border)
// take the label of the surrounding water.
function components(pred, onComp) {
  const seen = new Uint8Array(N);
  const stack = new Int32Array(N);
  for (let s = 0; s < N; s++) {
    if (seen[s] || !pred(s)) continue;
    let sp = 0;
    stack[sp++] = s;
    seen[s] = 1;
    const cells = [];
    let touchesBorder = false;
    while (sp) {
      const i = stack[--sp];
      cells.push(i);
      const r = (i / W) | 0,
        c = i - r * W;
      if (r === 0 || c === 0 || r === H - 1 || c === W - 1) touchesBorder = true;
      if (c > 0 && !seen[i - 1] && pred(i - 1)) {
        seen[i - 1] = 1;
        stack[sp++] = i - 1;
      }
      if (c < W - 1 && !seen[i + 1] && pred(i + 1)) {
        seen[i + 1] = 1;
        stack[sp++] = i + 1;
      }
      if (r > 0 && !seen[i - W] && pred(i - W)) {
        seen[i - W] = 1;
        stack[sp++] = i - W;
      }
      if (r < H - 1 && !seen[i + W] && pred(i + W)) {
        seen[i + W] = 1;
        stack[sp++] = i + W;
      }
    }
    onComp(cells, touchesBorder);
  }
}

const MIN_WATER_CELLS = A.MIN_WATER_CELLS;
const MIN_LAND_CELLS = A.MIN_LAND_CELLS;
let droppedWater = 0,
  droppedLand = 0;
components(
  (i) => label[i] !== 0,
  (cells) => {
    if (cells.length < MIN_WATER_CELLS) {
      for (const i of cells) label[i] = 0;
      droppedWater++;
    }
  },
);
components(
  (i) => label[i] === 0,
  (cells, border) => {
    if (border || cells.length >= MIN_LAND_CELLS) return;
    // fill with the most common neighbouring water label
    const count = new Map();
    for (const i of cells) {
      const r = (i / W) | 0,
        c = i - r * W;
      for (const j of [
        c > 0 ? i - 1 : -1,
        c < W - 1 ? i + 1 : -1,
        r > 0 ? i - W : -1,
        r < H - 1 ? i + W : -1,
      ]) {
        if (j >= 0 && label[j]) count.set(label[j], (count.get(label[j]) || 0) + 1);
      }
    }
    let best = 0,
      bestN = -1;
    for (const [L, n] of count)
      if (n > bestN) {
        best = L;
        bestN = n;
      }
    if (best) {
      for (const i of cells) label[i] = best;
      droppedLand++;
    }
  },
);

// Remove diagonal-only contacts: in any 2x2 block where one diagonal pair
// shares a label that neither of the other two cells has, copy that label
// into one of the other cells. This guarantees every label meets each lattice
// node in one contiguous run, so rings never pinch.
let fixes = 0;
for (let pass = 0; pass < 20; pass++) {
  let changed = 0;
  for (let r = 0; r + 1 < H; r++) {
    for (let c = 0; c + 1 < W; c++) {
      const i = r * W + c;
      const a = label[i],
        b = label[i + 1],
        d = label[i + W],
        e = label[i + W + 1];
      // a b on row r, d e on row r+1; diagonals (a,e) and (b,d)
      if (a === e && b !== a && d !== a) {
        label[i + 1] = a;
        changed++;
        continue;
      }
      if (b === d && a !== b && e !== b) {
        label[i] = b;
        changed++;
      }
    }
  }
  fixes += changed;
  if (!changed) break;
}

// ---------------------------------------------------------------- diagnostics
const diag = [];
{
  const perLabel = new Map();
  const seenL = new Uint8Array(N);
  const stack = new Int32Array(N);
  for (let s = 0; s < N; s++) {
    const L = label[s];
    if (!L || seenL[s]) continue;
    let sp = 0;
    stack[sp++] = s;
    seenL[s] = 1;
    let n = 0,
      sx = 0,
      sy = 0;
    while (sp) {
      const i = stack[--sp];
      n++;
      const r = (i / W) | 0,
        c = i - r * W;
      sx += c;
      sy += r;
      for (const j of [
        c > 0 ? i - 1 : -1,
        c < W - 1 ? i + 1 : -1,
        r > 0 ? i - W : -1,
        r < H - 1 ? i + W : -1,
      ]) {
        if (j >= 0 && !seenL[j] && label[j] === L) {
          seenL[j] = 1;
          stack[sp++] = j;
        }
      }
    }
    if (!perLabel.has(L)) perLabel.set(L, []);
    perLabel
      .get(L)
      .push({ cells: n, lon: +cellLon(sx / n).toFixed(4), lat: +cellLat(sy / n).toFixed(4) });
  }
  for (const [L, comps] of perLabel) {
    comps.sort((a, b) => b.cells - a.cells);
    diag.push({ id: FEATURES[L - 1].id, components: comps.length, largest: comps.slice(0, 6) });
  }
}

// ---------------------------------------------------------------- arcs
// Lattice points (i, j), i = 0..W, j = 0..H, at (west + i*DX, south + j*DY).
// Cell (c, r) has corners (c, r) .. (c+1, r+1). Labels outside the grid count
// as land (0): water touching the extent edge is closed along the edge.
const lab = (c, r) => (c < 0 || r < 0 || c >= W || r >= H ? 0 : label[r * W + c]);
const LW = W + 1;
// boundary edge tests
// vertical edge at x=i between cells (i-1, r) and (i, r), from (i,r) to (i,r+1)
const vEdge = (i, r) => lab(i - 1, r) !== lab(i, r);
// horizontal edge at y=j between (c, j-1) and (c, j), from (c,j) to (c+1,j)
const hEdge = (c, j) => lab(c, j - 1) !== lab(c, j);

function isNode(i, j) {
  const a = lab(i - 1, j - 1),
    b = lab(i, j - 1),
    c = lab(i - 1, j),
    d = lab(i, j);
  const s = new Set([a, b, c, d]);
  if (s.size >= 3) return true;
  if (s.size === 2) {
    // corners of the grid, and places where a boundary meets the grid edge,
    // are pinned so the extent edge stays exact
    const onEdge = i === 0 || j === 0 || i === W || j === H;
    if (onEdge) {
      let n = 0;
      if (j > 0 && vEdge(i, j - 1)) n++;
      if (j < H && vEdge(i, j)) n++;
      if (i > 0 && hEdge(i - 1, j)) n++;
      if (i < W && hEdge(i, j)) n++;
      if (n === 2) {
        // straight along the edge is not a node; a turn is
        const vert = j > 0 && vEdge(i, j - 1) && j < H && vEdge(i, j);
        const horiz = i > 0 && hEdge(i - 1, j) && i < W && hEdge(i, j);
        return !(vert || horiz);
      }
    }
  }
  return false;
}

// visited bitsets for directed-agnostic edges
const vVisited = new Uint8Array(((W + 1) * H + 7) >> 3);
const hVisited = new Uint8Array((W * (H + 1) + 7) >> 3);
const getBit = (a, k) => (a[k >> 3] >> (k & 7)) & 1;
const setBit = (a, k) => {
  a[k >> 3] |= 1 << (k & 7);
};
const vKey = (i, r) => r * (W + 1) + i;
const hKey = (c, j) => j * W + c;

// Directions: 0 = east (+i), 1 = north (+j), 2 = west, 3 = south.
// For a directed edge, left/right cell labels:
function edgeLabels(i, j, dir) {
  switch (dir) {
    case 0:
      return [lab(i, j), lab(i, j - 1)]; // east from (i,j): left = north cell
    case 1:
      return [lab(i - 1, j), lab(i, j)]; // north: left = west cell
    case 2:
      return [lab(i - 1, j - 1), lab(i - 1, j)]; // west: left = south cell
    default:
      return [lab(i, j - 1), lab(i - 1, j - 1)]; // south: left = east cell
  }
}
function edgeExists(i, j, dir) {
  switch (dir) {
    case 0:
      return i < W && hEdge(i, j);
    case 1:
      return j < H && vEdge(i, j);
    case 2:
      return i > 0 && hEdge(i - 1, j);
    default:
      return j > 0 && vEdge(i, j - 1);
  }
}
function edgeVisited(i, j, dir) {
  switch (dir) {
    case 0:
      return getBit(hVisited, hKey(i, j));
    case 1:
      return getBit(vVisited, vKey(i, j));
    case 2:
      return getBit(hVisited, hKey(i - 1, j));
    default:
      return getBit(vVisited, vKey(i, j - 1));
  }
}
function markEdge(i, j, dir) {
  switch (dir) {
    case 0:
      setBit(hVisited, hKey(i, j));
      break;
    case 1:
      setBit(vVisited, vKey(i, j));
      break;
    case 2:
      setBit(hVisited, hKey(i - 1, j));
      break;
    default:
      setBit(vVisited, vKey(i, j - 1));
  }
}
const DI = [1, 0, -1, 0],
  DJ = [0, 1, 0, -1];

// Only edges with water on at least one side matter.
function relevant(i, j, dir) {
  const [l, r] = edgeLabels(i, j, dir);
  return l !== r && (l !== 0 || r !== 0);
}

// Walk from lattice point (i, j) along dir until a node (or back to start).
// Returns the arc as lattice points and its left/right labels.
function walk(i0, j0, dir0, stopAtStart) {
  const pts = [[i0, j0]];
  const [left, right] = edgeLabels(i0, j0, dir0);
  let i = i0,
    j = j0,
    dir = dir0;
  for (;;) {
    markEdge(i, j, dir);
    i += DI[dir];
    j += DJ[dir];
    pts.push([i, j]);
    if (stopAtStart && i === i0 && j === j0) break;
    if (!stopAtStart && isNode(i, j)) break;
    // continue: the unique other edge with the same left label on the left
    let next = -1;
    for (const nd of [(dir + 1) & 3, dir, (dir + 3) & 3]) {
      // left turn, straight, right turn
      if (!edgeExists(i, j, nd)) continue;
      const [l, r] = edgeLabels(i, j, nd);
      if (l === left && r === right) {
        next = nd;
        break;
      }
    }
    if (next < 0) throw new Error(`broken boundary at lattice ${i},${j}`);
    dir = next;
  }
  return { pts, left, right };
}

const arcs = [];
// 1. arcs between nodes
for (let j = 0; j <= H; j++) {
  for (let i = 0; i <= W; i++) {
    // cheap pre-check: any boundary edge here?
    if (!(
      (i < W && hEdge(i, j)) ||
      (j < H && vEdge(i, j)) ||
      (i > 0 && hEdge(i - 1, j)) ||
      (j > 0 && vEdge(i, j - 1))
    ))
      continue;
    if (!isNode(i, j)) continue;
    for (let dir = 0; dir < 4; dir++) {
      if (!edgeExists(i, j, dir) || edgeVisited(i, j, dir) || !relevant(i, j, dir)) continue;
      arcs.push(walk(i, j, dir, false));
    }
  }
}
// 2. closed loops with no node on them
for (let j = 0; j <= H; j++) {
  for (let i = 0; i <= W; i++) {
    for (const dir of [0, 1]) {
      if (!edgeExists(i, j, dir) || edgeVisited(i, j, dir) || !relevant(i, j, dir)) continue;
      const a = walk(i, j, dir, true);
      a.closed = true;
      arcs.push(a);
    }
  }
}

// ---------------------------------------------------------------- simplify
const toXY = ([i, j]) => [i * DX * MX, j * DY * MY]; // metres from SW corner
function dp(pts, tol) {
  // Douglas-Peucker on lattice points; endpoints kept
  const n = pts.length;
  if (n <= 2) return pts.slice();
  const xy = pts.map(toXY);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack = [[0, n - 1]];
  const tol2 = tol * tol;
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = xy[a],
      [bx, by] = xy[b];
    const vx = bx - ax,
      vy = by - ay;
    const L2 = vx * vx + vy * vy;
    let best = -1,
      bestD = tol2;
    for (let k = a + 1; k < b; k++) {
      const [px, py] = xy[k];
      let d2;
      if (L2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const cr = vx * (py - ay) - vy * (px - ax);
        d2 = (cr * cr) / L2;
      }
      if (d2 > bestD) {
        bestD = d2;
        best = k;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return pts.filter((_, k) => keep[k]);
}
function simplifyArc(arc, tol) {
  if (tol <= 0) return arc.pts.slice();
  if (!arc.closed) return dp(arc.pts, tol);
  // closed loop: split at the point farthest from the start
  const p = arc.pts,
    [sx, sy] = toXY(p[0]);
  let far = 1,
    farD = -1;
  for (let k = 1; k < p.length - 1; k++) {
    const [x, y] = toXY(p[k]);
    const d = (x - sx) ** 2 + (y - sy) ** 2;
    if (d > farD) {
      farD = d;
      far = k;
    }
  }
  const a = dp(p.slice(0, far + 1), tol);
  const b = dp(p.slice(far), tol);
  let out = a.concat(b.slice(1));
  if (out.length < 5) {
    // keep at least a quadrilateral for tiny loops
    const step = Math.max(1, Math.floor((p.length - 1) / 4));
    out = [];
    for (let k = 0; k < p.length - 1; k += step) out.push(p[k]);
    out.push(p[0]);
  }
  return out;
}

function arcTolerance(arc) {
  for (const [i, j] of arc.pts) {
    const lon = EXT.west + i * DX,
      lat = EXT.south + j * DY;
    const b = A.FINE_BOX;
    if (lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north) return A.TOL_FINE_M;
  }
  return A.TOL_COARSE_M;
}
for (const arc of arcs) {
  arc.tol = arcTolerance(arc);
  arc.simp = simplifyArc(arc, arc.tol);
}

// Crossing check between simplified arcs; arcs that cross are re-simplified
// with a smaller tolerance until nothing crosses.
function segIntersect(p1, p2, p3, p4) {
  const d = (a, b, c) => (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  const d1 = d(p3, p4, p1),
    d2 = d(p3, p4, p2),
    d3 = d(p1, p2, p3),
    d4 = d(p1, p2, p4);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)))
    return true;
  const on = (a, b, c) =>
    Math.min(a[0], b[0]) <= c[0] &&
    c[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= c[1] &&
    c[1] <= Math.max(a[1], b[1]);
  if (d1 === 0 && on(p3, p4, p1)) return 'touch';
  if (d2 === 0 && on(p3, p4, p2)) return 'touch';
  if (d3 === 0 && on(p1, p2, p3)) return 'touch';
  if (d4 === 0 && on(p1, p2, p4)) return 'touch';
  return false;
}
function findCrossings() {
  const CELL = 64; // lattice units per hash bucket
  const buckets = new Map();
  const segs = [];
  arcs.forEach((arc, ai) => {
    const p = arc.simp;
    for (let k = 0; k + 1 < p.length; k++) {
      const s = { ai, k, a: p[k], b: p[k + 1], last: k + 2 === p.length };
      const si = segs.push(s) - 1;
      const x0 = Math.floor(Math.min(s.a[0], s.b[0]) / CELL),
        x1 = Math.floor(Math.max(s.a[0], s.b[0]) / CELL);
      const y0 = Math.floor(Math.min(s.a[1], s.b[1]) / CELL),
        y1 = Math.floor(Math.max(s.a[1], s.b[1]) / CELL);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const key = x * 100003 + y;
          if (!buckets.has(key)) buckets.set(key, []);
          buckets.get(key).push(si);
        }
    }
  });
  const bad = new Set();
  const tested = new Set();
  const same = (u, v) => u[0] === v[0] && u[1] === v[1];
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const si = list[x],
          sj = list[y];
        const key = si < sj ? si * 1e7 + sj : sj * 1e7 + si;
        if (tested.has(key)) continue;
        tested.add(key);
        const s = segs[si],
          t = segs[sj];
        const shareEnd = same(s.a, t.a) || same(s.a, t.b) || same(s.b, t.a) || same(s.b, t.b);
        const res = segIntersect(s.a, s.b, t.a, t.b);
        if (!res) continue;
        if (shareEnd) {
          // adjacent segments legitimately share an endpoint; flag only overlap
          if (res === true) {
            bad.add(s.ai);
            bad.add(t.ai);
          } else {
            // collinear overlap beyond the shared point?
            const shared = same(s.a, t.a) || same(s.a, t.b) ? s.a : s.b;
            const o1 = same(s.a, shared) ? s.b : s.a,
              o2 = same(t.a, shared) ? t.b : t.a;
            const cr =
              (o1[0] - shared[0]) * (o2[1] - shared[1]) - (o1[1] - shared[1]) * (o2[0] - shared[0]);
            const dot =
              (o1[0] - shared[0]) * (o2[0] - shared[0]) + (o1[1] - shared[1]) * (o2[1] - shared[1]);
            if (cr === 0 && dot > 0) {
              bad.add(s.ai);
              bad.add(t.ai);
            }
          }
          continue;
        }
        bad.add(s.ai);
        bad.add(t.ai);
      }
  }
  return bad;
}
let refineRounds = 0;
for (;;) {
  const bad = findCrossings();
  if (!bad.size) break;
  refineRounds++;
  if (refineRounds > 12) throw new Error('could not remove crossings');
  for (const ai of bad) {
    const arc = arcs[ai];
    arc.tol = arc.tol > 1 ? arc.tol / 2 : 0;
    arc.simp = simplifyArc(arc, arc.tol);
  }
}

// ---------------------------------------------------------------- rings
const round5 = (v) => Math.round(v * 1e5) / 1e5;
const toLonLat = ([i, j]) => [round5(EXT.west + i * DX), round5(EXT.south + j * DY)];
const ringsByLabel = new Map();
{
  // oriented arc list per label: label on the left
  const byLabel = new Map();
  arcs.forEach((arc) => {
    const fw = arc.simp,
      bw = arc.simp.slice().reverse();
    if (arc.left) {
      if (!byLabel.has(arc.left)) byLabel.set(arc.left, []);
      byLabel.get(arc.left).push(fw);
    }
    if (arc.right) {
      if (!byLabel.has(arc.right)) byLabel.set(arc.right, []);
      byLabel.get(arc.right).push(bw);
    }
  });
  for (const [L, list] of byLabel) {
    const startAt = new Map();
    const key = ([i, j]) => j * LW + i;
    list.forEach((p, k) => {
      const kk = key(p[0]);
      if (!startAt.has(kk)) startAt.set(kk, []);
      startAt.get(kk).push(k);
    });
    const used = new Uint8Array(list.length);
    const rings = [];
    for (let k = 0; k < list.length; k++) {
      if (used[k]) continue;
      used[k] = 1;
      const ring = list[k].slice();
      const start = key(ring[0]);
      let guard = 0;
      while (key(ring[ring.length - 1]) !== start) {
        const cand = (startAt.get(key(ring[ring.length - 1])) || []).filter((q) => !used[q]);
        if (cand.length !== 1)
          throw new Error(`ring assembly: ${cand.length} continuations for label ${L}`);
        used[cand[0]] = 1;
        ring.push(...list[cand[0]].slice(1));
        if (++guard > 1e6) throw new Error('ring assembly loop');
      }
      rings.push(ring.map(toLonLat));
    }
    ringsByLabel.set(L, rings);
  }
}

function signedArea(ring) {
  let s = 0;
  for (let k = 0; k + 1 < ring.length; k++)
    s += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
  return s / 2;
}
function dedupe(ring) {
  const out = [ring[0]];
  for (let k = 1; k < ring.length; k++) {
    const p = ring[k],
      q = out[out.length - 1];
    if (p[0] !== q[0] || p[1] !== q[1]) out.push(p);
  }
  return out;
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

const features = [];
let vertexCount = 0;
for (let L = 1; L <= FEATURES.length; L++) {
  const rings = (ringsByLabel.get(L) || []).map(dedupe).filter((r) => r.length >= 4);
  if (!rings.length) {
    console.warn(`warning: no water for ${FEATURES[L - 1].id}`);
    continue;
  }
  const outers = [],
    holes = [];
  for (const r of rings) (signedArea(r) > 0 ? outers : holes).push(r);
  const polys = outers.map((o) => [o]);
  for (const h of holes) {
    // a hole vertex that is not shared with anything else lies strictly
    // inside its exterior; try a few vertices to be safe
    let placed = false;
    for (let v = 0; v < Math.min(h.length - 1, 8) && !placed; v++) {
      const cands = polys.filter((p) => pointInRing(h[v], p[0]));
      if (cands.length) {
        // innermost exterior = smallest area
        cands.sort((a, b) => Math.abs(signedArea(a[0])) - Math.abs(signedArea(b[0])));
        cands[0].push(h);
        placed = true;
      }
    }
    if (!placed) throw new Error(`hole without exterior in ${FEATURES[L - 1].id}`);
  }
  polys.sort((a, b) => Math.abs(signedArea(b[0])) - Math.abs(signedArea(a[0])));
  for (const p of polys) for (const r of p) vertexCount += r.length;
  const f = FEATURES[L - 1];
  features.push({
    type: 'Feature',
    properties: {
      id: f.id,
      kind: f.kind,
      name: f.name,
      accuracy_m: f.accuracy_m,
      note: f.note,
      sources: f.sources,
    },
    geometry:
      polys.length === 1
        ? { type: 'Polygon', coordinates: polys[0] }
        : { type: 'MultiPolygon', coordinates: polys },
  });
}

const fc = {
  type: 'FeatureCollection',
  metadata: A.METADATA,
  bbox: [EXT.west, EXT.south, EXT.east, EXT.north],
  features,
};

// Compact but diff-friendly: one feature per line block, coordinates inline.
function write(fc) {
  const head = JSON.stringify({ type: fc.type, metadata: fc.metadata, bbox: fc.bbox }, null, 2);
  const lines = fc.features.map((f) => '    ' + JSON.stringify(f));
  return head.slice(0, -2) + ',\n  "features": [\n' + lines.join(',\n') + '\n  ]\n}\n';
}
fs.writeFileSync(OUT, write(fc));
const report = {
  grid: `${W}x${H} cells of ${(DX * MX).toFixed(1)} m x ${(DY * MY).toFixed(1)} m`,
  droppedWaterSpecks: droppedWater,
  filledLandSpecks: droppedLand,
  diagonalFixes: fixes,
  arcs: arcs.length,
  refineRounds,
  vertices: vertexCount,
  bytes: fs.statSync(OUT).size,
  features: features.map((f) => f.properties.id),
};
console.log(JSON.stringify(report, null, 1));
if (DEBUG) fs.writeFileSync(DEBUG, JSON.stringify(diag, null, 1));
