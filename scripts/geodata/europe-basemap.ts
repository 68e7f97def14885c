/**
 * Derives the Eastern Europe basemap (land, modern borders) from Natural Earth 1:50m, as the npm
 * package world-atlas redistributes it, clipped to the extent of the Brest-Litovsk map.
 *
 *   npm run geodata:europe            # rewrite geodata/brest-litovsk/{land,borders}.geojson
 *   npm run geodata:europe -- --check # exit 1 if the committed files differ from a fresh build
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import bboxClip from '@turf/bbox-clip';
import intersect from '@turf/intersect';
import bboxPolygon from '@turf/bbox-polygon';
import { featureCollection } from '@turf/helpers';
import type {
  Feature,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { EUROPE_EXTENT } from '../../src/lib/map/extents';

const require = createRequire(import.meta.url);
const atlasDir = require.resolve('world-atlas/package.json').replace(/package\.json$/, '');
const atlasVersion = (
  JSON.parse(readFileSync(`${atlasDir}package.json`, 'utf8')) as { version: string }
).version;
const countries = JSON.parse(readFileSync(`${atlasDir}countries-50m.json`, 'utf8')) as Topology<{
  countries: GeometryCollection;
}>;
/** Natural Earth's physical land layer: its rings are cut at the antimeridian, so none wraps the globe. */
const landTopo = JSON.parse(readFileSync(`${atlasDir}land-50m.json`, 'utf8')) as Topology<{
  land: GeometryCollection;
}>;

/** 3 decimals is about 110 m of latitude, far finer than the 1:50m source (a few km). */
const round = (p: Position): Position => [
  Math.round(p[0]! * 1e3) / 1e3,
  Math.round(p[1]! * 1e3) / 1e3,
];

const dedupe = (ring: Position[]): Position[] =>
  ring
    .map(round)
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);

const source = {
  author: 'Natural Earth',
  title: `Admin 0 – Countries (borders) and Land (physical), 1:50m, version 4.1.0, as TopoJSON in the npm package world-atlas ${atlasVersion}`,
  year: 2018,
  url: 'https://www.naturalearthdata.com/downloads/50m-cultural-vectors/',
};
const licence = 'Natural Earth: public domain. world-atlas packaging: ISC licence (Mike Bostock).';

/**
 * Makes a ring that crosses the antimeridian continuous (longitudes past 180), so that a planar
 * clip does not read the jump from +180 to -180 as an edge across the world. Eurasia's ring does
 * this at Chukotka; left as it is, it floods a band of the Arctic and the Norwegian Sea.
 */
function unwrap(ring: Position[]): Position[] {
  let shift = 0;
  const shifts = ring.map((p, i) => {
    const prev = ring[i - 1];
    if (prev) {
      const d = p[0]! - prev[0]!;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    return shift;
  });
  // Keep most of the ring where it was: only the part beyond the antimeridian moves.
  const counts = new Map<number, number>();
  for (const s of shifts) counts.set(s, (counts.get(s) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return ring.map((p, i) => [p[0]! + shifts[i]! - usual, p[1]!]);
}

function polygons(): Feature<Polygon | MultiPolygon, { kind: 'land' }>[] {
  const land = feature(landTopo, landTopo.objects.land);
  const out: Feature<Polygon | MultiPolygon, { kind: 'land' }>[] = [];
  // A true polygon intersection: clipping ring by ring would join the Baltic's shores along the
  // box's edge and fill the sea in.
  const box = bboxPolygon(EUROPE_EXTENT);
  const parts = land.features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  });
  for (const part of parts) {
    const rings = part.map(unwrap);
    const outer = rings[0]!;
    // Antarctica circles the pole and cannot be unwrapped; it is far outside the extent anyway.
    if (outer[0]![0] !== outer[outer.length - 1]![0]) continue;
    const f: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: rings },
    };
    const clipped = intersect(featureCollection([f, box]));
    if (!clipped) continue;
    const g = clipped.geometry;
    const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const poly of polys) {
      const rings = poly.map(dedupe).filter((r) => r.length >= 4);
      if (rings.length)
        out.push({
          type: 'Feature',
          properties: { kind: 'land' },
          geometry: { type: 'Polygon', coordinates: rings },
        });
    }
  }
  return out;
}

function borders(): Feature<LineString | MultiLineString, { kind: 'border' }>[] {
  const lines = mesh(countries, countries.objects.countries, (a, b) => a !== b);
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: lines }, EUROPE_EXTENT);
  const g = clipped.geometry as LineString | MultiLineString;
  const parts: Position[][] = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  const kept = parts.map(dedupe).filter((l) => l.length >= 2);
  return [
    {
      type: 'Feature',
      properties: { kind: 'border' },
      geometry: { type: 'MultiLineString', coordinates: kept },
    },
  ];
}

const files = {
  'geodata/brest-litovsk/land.geojson': {
    type: 'FeatureCollection',
    metadata: {
      title: 'Land of Eastern Europe (modern coastline)',
      description: `Natural Earth 1:50m land, clipped to lon ${EUROPE_EXTENT[0]}–${EUROPE_EXTENT[2]}, lat ${EUROPE_EXTENT[1]}–${EUROPE_EXTENT[3]}, coordinates rounded to 0.001°. The coastline is modern and drawn at 1:50m: expect errors of a few kilometres; it differs from 1918 only where coasts have been reclaimed or dammed since, which is invisible at this scale.`,
      licence,
      sources: [source],
      generated_by: 'scripts/geodata/europe-basemap.ts',
    },
    features: polygons(),
  },
  'geodata/brest-litovsk/borders.geojson': {
    type: 'FeatureCollection',
    metadata: {
      title: 'Modern international borders (for orientation only)',
      description:
        'Natural Earth 1:50m borders between today’s countries, drawn faintly so that a reader can relate 1918 to the present. They are not the borders of 1918.',
      licence,
      sources: [source],
      generated_by: 'scripts/geodata/europe-basemap.ts',
    },
    features: borders(),
  },
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, fc] of Object.entries(files)) {
  const text = `${JSON.stringify(fc)}\n`;
  if (check) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (old !== text) {
      console.error(`${path} is out of date: run npm run geodata:europe`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`${path}: ${fc.features.length} features, ${(text.length / 1024).toFixed(0)} KB`);
  }
}
process.exit(stale ? 1 : 0);
