/**
 * Checks geodata/petrograd/sites.geojson beyond the app's load-time schema (parseSites): five-decimal
 * coordinates inside the Petrograd region, complete bilingual names, a cited position, events in
 * chronological order, and background events (before 24 October) consistent with control_start.
 *
 *   npx tsx scripts/geodata/validate-petrograd-sites.ts [path]   # exit 1 and list problems if any
 */
import { readFileSync } from 'node:fs';
import { GeodataError, parseSites } from '../../src/lib/geo/validate';
import type { Layer, Site } from '../../src/lib/model/features';
import { PETROGRAD_EXTENT } from '../../src/lib/map/extents';

const path = process.argv[2] ?? 'geodata/petrograd/sites.geojson';
const text = readFileSync(path, 'utf8');
const problems: string[] = [];

/** Morning of 24 October 1917 (Julian): the moment control_start describes. */
const START = '1917-10-24T00:00';
const NAME_KEYS = ['en', 'ru', 'period_en', 'period_ru', 'today_en', 'today_ru'] as const;

let json: unknown;
try {
  json = JSON.parse(text);
} catch (e) {
  console.error(`${path}: not valid JSON (${(e as Error).message})`);
  process.exit(1);
}

try {
  parseSites(json);
} catch (e) {
  if (e instanceof GeodataError) problems.push(...e.problems);
  else throw e;
}

// The extra checks run even when the schema check failed, on whatever parts are well formed.
try {
  const layer = json as Layer<Site>;
  const raw = json as { metadata?: { calendar_note?: unknown; description?: unknown } };
  if (typeof raw.metadata?.calendar_note !== 'string')
    problems.push('metadata.calendar_note is missing');
  if (typeof raw.metadata?.description !== 'string')
    problems.push('metadata.description is missing');

  for (const f of layer.features) {
    const p = f.properties;
    const where = `site ${p.id}`;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const [west, south, east, north] = PETROGRAD_EXTENT;
    if (lon < west || lon > east || lat < south || lat > north)
      problems.push(`${where}: [${lon}, ${lat}] lies outside the Petrograd map extent`);
    for (const key of NAME_KEYS)
      if (!p.name?.[key]?.trim()) problems.push(`${where}: name.${key} is empty`);
    if (!p.position.note?.trim()) problems.push(`${where}: position.note is empty`);
    if (typeof p.position.approximate !== 'boolean')
      problems.push(`${where}: position.approximate should be true or false`);
    if (!p.position.source.url) problems.push(`${where}: position.source has no URL`);
    if (p.events.length === 0) problems.push(`${where}: has no events`);

    let previous = '';
    p.events.forEach((ev, i) => {
      const at = `${where} events[${i}]`;
      if (ev.julian < previous)
        problems.push(`${at}: ${ev.julian} is earlier than the event before it`);
      previous = ev.julian;
      if (ev.time_known === 'day' && !ev.julian.endsWith('T00:00'))
        problems.push(`${at}: a day-only event should use T00:00`);
      if (ev.sources.length === 0) problems.push(`${at}: cites no source`);
      // Background events before 24 October must lead to the state control_start describes.
      if (ev.julian < START && ev.control_after !== p.control_start)
        problems.push(`${at}: before 24 October, control_after should equal control_start`);
    });
  }

  // Five decimals, as written in the file (JSON numbers lose trailing zeros once parsed).
  for (const m of text.matchAll(/"coordinates":\s*\[\s*([-\d.]+)\s*,\s*([-\d.]+)\s*\]/g)) {
    for (const n of [m[1], m[2]])
      if (!/^-?\d+\.\d{5}$/.test(n ?? '')) problems.push(`coordinate ${n} should have 5 decimals`);
  }
} catch (e) {
  problems.push(`the file is too malformed for the extra checks (${(e as Error).message})`);
}

if (problems.length) {
  console.error(`${path}: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${path}: OK`);
