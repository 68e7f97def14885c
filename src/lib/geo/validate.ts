/**
 * Parses the canonical layers once, at load: a file that does not match its schema is refused with
 * a list of what is wrong, so no untyped property reaches the map or the essay.
 */
import type { Feature, Geometry, Position as GeoPosition } from 'geojson';
import {
  isBeforeRussianSwitch,
  parseIsoDate,
  julianToGregorian,
  toIsoDate,
} from '../time/calendar';
import { TERRITORY_STATUSES } from '../time/peace';
import {
  SITE_CATEGORIES,
  type BasemapFeature,
  type FrontierFeature,
  type PeaceEvent,
  type QuotedShare,
  type Territory,
  type WarLine,
  type CityFeature,
  type Movement,
  type Layer,
  type LayerMetadata,
  type Place,
  type Site,
  type SourceRef,
  type Water,
} from '../model/features';

/** A layer file that does not match its schema; `problems` lists each mismatch with its path. */
export class GeodataError extends Error {
  constructor(
    readonly layer: string,
    readonly problems: string[],
  ) {
    super(
      `The ${layer} data is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}): ` +
        problems.slice(0, 3).join('; ') +
        (problems.length > 3 ? '; …' : ''),
    );
    this.name = 'GeodataError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Collects problems while walking one file. */
class Check {
  readonly problems: string[] = [];
  fail(path: string, what: string): void {
    this.problems.push(`${path}: ${what}`);
  }
  obj(v: unknown, path: string): Obj {
    if (isObj(v)) return v;
    this.fail(path, 'should be an object');
    return {};
  }
  str(o: Obj, key: string, path: string, optional = false): string {
    const v = o[key];
    if (v === undefined && optional) return '';
    if (typeof v !== 'string' || v.trim() === '')
      this.fail(`${path}.${key}`, 'should be a non-empty string');
    return typeof v === 'string' ? v : '';
  }
  num(o: Obj, key: string, path: string, min = -Infinity, max = Infinity): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      this.fail(`${path}.${key}`, `should be a number from ${min} to ${max}`);
    return typeof v === 'number' ? v : NaN;
  }
  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
    const v = o[key];
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
      this.fail(`${path}.${key}`, `should be one of ${allowed.join(', ')}`);
    return v as T;
  }
  arr(o: Obj, key: string, path: string, nonEmpty = false): unknown[] {
    const v = o[key];
    if (!Array.isArray(v) || (nonEmpty && v.length === 0)) {
      this.fail(`${path}.${key}`, nonEmpty ? 'should be a non-empty list' : 'should be a list');
      return [];
    }
    return v;
  }
  sources(o: Obj, key: string, path: string): void {
    this.arr(o, key, path, true).forEach((s, i) => this.source(s, `${path}.${key}[${i}]`));
  }
  source(s: unknown, path: string): void {
    const src = this.obj(s, path);
    this.str(src, 'title', path);
    // A missing address may be written as null.
    if (src.url != null && (typeof src.url !== 'string' || !/^https?:\/\//.test(src.url)))
      this.fail(`${path}.url`, 'should be an http(s) address');
  }
  position(c: unknown, path: string, dims = 2): void {
    if (
      !Array.isArray(c) ||
      c.length < dims ||
      typeof c[0] !== 'number' ||
      typeof c[1] !== 'number' ||
      Math.abs(c[0]) > 180 ||
      Math.abs(c[1]) > 90
    )
      this.fail(path, 'should be a [longitude, latitude] pair');
  }
}

function checkGeometry(
  check: Check,
  g: unknown,
  path: string,
  types: readonly Geometry['type'][],
): void {
  const geom = check.obj(g, path);
  const type = check.oneOf(geom, 'type', path, types);
  const coords = geom.coordinates;
  const depth = { Point: 0, LineString: 1, Polygon: 2, MultiLineString: 2, MultiPolygon: 3 }[
    type as 'Point'
  ];
  if (depth === undefined) return;
  const walk = (c: unknown, d: number, p: string): void => {
    if (d === 0) return check.position(c, p);
    if (!Array.isArray(c) || c.length === 0)
      return check.fail(p, 'should be a non-empty list of coordinates');
    if (type.endsWith('Polygon') && d === 1) {
      const ring = c as GeoPosition[];
      const [a, b] = [ring[0], ring[ring.length - 1]];
      if (ring.length < 4 || !a || !b || a[0] !== b[0] || a[1] !== b[1])
        check.fail(p, 'ring should be closed');
    }
    c.forEach((x, i) => walk(x, d - 1, `${p}[${i}]`));
  };
  walk(coords, depth, `${path}.coordinates`);
}

function parseLayer<F extends Feature>(
  name: string,
  json: unknown,
  geometry: readonly Geometry['type'][],
  props: (check: Check, p: Obj, path: string, feature: Obj) => void,
  options: { ids: boolean } = { ids: true },
): Layer<F> {
  const check = new Check();
  const fc = check.obj(json, name);
  if (fc.type !== 'FeatureCollection') check.fail(`${name}.type`, 'should be "FeatureCollection"');
  const meta = check.obj(fc.metadata, `${name}.metadata`);
  check.str(meta, 'title', `${name}.metadata`);
  check.sources(meta, 'sources', `${name}.metadata`);
  const seen = new Set<string>();
  check.arr(fc, 'features', name).forEach((f, i) => {
    const path = `${name}.features[${i}]`;
    const feature = check.obj(f, path);
    if (feature.type !== 'Feature') check.fail(`${path}.type`, 'should be "Feature"');
    checkGeometry(check, feature.geometry, `${path}.geometry`, geometry);
    const p = check.obj(feature.properties, `${path}.properties`);
    if (options.ids) {
      const id = check.str(p, 'id', `${path}.properties`);
      if (id && !ID.test(id)) check.fail(`${path}.properties.id`, `"${id}" should be kebab-case`);
      if (seen.has(id)) check.fail(`${path}.properties.id`, `"${id}" is used twice`);
      seen.add(id);
      if (feature.id !== undefined && feature.id !== id)
        check.fail(`${path}.id`, 'should equal properties.id');
    }
    props(check, p, `${path}.properties`, feature);
  });
  if (check.problems.length) throw new GeodataError(name, check.problems);
  return json as Layer<F>;
}

function checkPosition(check: Check, p: Obj, path: string): void {
  const pos = check.obj(p.position, `${path}.position`);
  check.num(pos, 'precision_m', `${path}.position`, 0, 100_000);
  check.source(pos.source, `${path}.position.source`);
}

const CONTROL = ['government', 'mrc', 'contested', 'none'] as const;
const BRIDGE = ['raised', 'lowered'] as const;

/** Validates the Petrograd sites layer. */
export function parseSites(json: unknown): Layer<Site> {
  return parseLayer<Site>('sites', json, ['Point'], (check, p, path) => {
    const name = check.obj(p.name, `${path}.name`);
    check.str(name, 'en', `${path}.name`);
    check.str(name, 'ru', `${path}.name`);
    check.oneOf(p, 'category', path, SITE_CATEGORIES);
    check.str(p, 'role', path);
    check.oneOf(p, 'control_start', path, CONTROL);
    if (p.bridge_start !== undefined) check.oneOf(p, 'bridge_start', path, BRIDGE);
    checkPosition(check, p, path);
    check.sources(p, 'sources', path);
    const nSources = Array.isArray(p.sources) ? p.sources.length : 0;
    check.arr(p, 'events', path).forEach((e, i) => {
      const ep = `${path}.events[${i}]`;
      const ev = check.obj(e, ep);
      const julian = parseIsoDate(check.str(ev, 'julian', ep), 'julian');
      const gregorian = parseIsoDate(check.str(ev, 'gregorian', ep), 'gregorian');
      if (!julian || !gregorian) check.fail(ep, 'dates should be YYYY-MM-DD or YYYY-MM-DDTHH:MM');
      else if (toIsoDate(julianToGregorian(julian)) !== toIsoDate(gregorian))
        check.fail(
          ep,
          `Julian ${ev.julian} is Gregorian ${toIsoDate(julianToGregorian(julian))}, not ${ev.gregorian}`,
        );
      check.oneOf(ev, 'time_known', ep, ['exact', 'approximate', 'day']);
      check.str(ev, 'actor', ep);
      check.str(ev, 'what', ep);
      check.oneOf(ev, 'control_after', ep, CONTROL);
      if (ev.bridge_after !== undefined) {
        check.oneOf(ev, 'bridge_after', ep, BRIDGE);
        if (p.bridge_start === undefined)
          check.fail(`${ep}.bridge_after`, 'needs bridge_start on the site');
      }
      check.arr(ev, 'sources', ep).forEach((s, k) => {
        if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s >= nSources)
          check.fail(`${ep}.sources[${k}]`, 'should index the site’s sources');
      });
    });
  });
}

/** Validates a water layer (rivers, canals, the sea). */
export function parseWater(json: unknown): Layer<Water> {
  return parseLayer<Water>('water', json, ['Polygon', 'MultiPolygon'], (check, p, path) => {
    check.oneOf(p, 'kind', path, ['river', 'sea', 'canal']);
    const name = check.obj(p.name, `${path}.name`);
    check.str(name, 'en', `${path}.name`);
    check.str(name, 'ru', `${path}.name`);
    check.num(p, 'accuracy_m', path, 0, 100_000);
    check.str(p, 'note', path);
    check.sources(p, 'sources', path);
  });
}

/** Validates a layer of places (cities, fortresses, ports). */
export function parsePlaces(json: unknown): Layer<Place> {
  return parseLayer<Place>('places', json, ['Point'], (check, p, path) => {
    const name = check.obj(p.name, `${path}.name`);
    check.str(name, 'period_en', `${path}.name`);
    check.str(name, 'today_en', `${path}.name`);
    check.oneOf(p, 'kind', path, ['capital', 'city', 'fortress', 'port']);
    check.num(p, 'rank', path, 1, 3);
    checkPosition(check, p, path);
    check.sources(p, 'sources', path);
  });
}

function checkNames(check: Check, p: Obj, path: string): void {
  const name = check.obj(p.name, `${path}.name`);
  check.str(name, 'en', `${path}.name`);
  check.str(name, 'ru', `${path}.name`);
  for (const k of ['period_en', 'period_ru', 'today_en', 'today_ru'])
    check.str(name, k, `${path}.name`, true);
}

/** Validates an authored layer of the city basemap whose features are all of one kind. */
export function parseCityLayer(
  kinds: readonly CityFeature['properties']['kind'][],
  geometry: readonly Geometry['type'][],
) {
  return (json: unknown): Layer<CityFeature> =>
    parseLayer<CityFeature>(kinds.join('/'), json, geometry, (check, p, path) => {
      check.oneOf(p, 'kind', path, kinds);
      checkNames(check, p, path);
      check.num(p, 'accuracy_m', path, 0, 100_000);
      check.str(p, 'note', path);
      check.sources(p, 'sources', path);
      if (p.rank !== undefined) check.num(p, 'rank', path, 1, 3);
      if (p.width_m !== undefined) check.num(p, 'width_m', path, 1, 1000);
    });
}

/** Validates the dated routes: one time per vertex, in order, both calendars agreeing. */
export function parseMovements(json: unknown): Layer<Movement> {
  return parseLayer<Movement>('movements', json, ['LineString'], (check, p, path, feature) => {
    const name = check.obj(p.name, `${path}.name`);
    check.str(name, 'en', `${path}.name`);
    check.str(name, 'ru', `${path}.name`);
    check.str(p, 'actor', path);
    check.oneOf(p, 'side', path, ['mrc', 'government']);
    check.oneOf(p, 'time_known', path, ['exact', 'approximate', 'day']);
    check.str(p, 'route_note', path);
    check.str(p, 'summary', path);
    check.num(p, 'accuracy_m', path, 0, 100_000);
    check.sources(p, 'sources', path);
    const times = check.arr(p, 'times', path, true);
    const coords = (feature.geometry as { coordinates?: unknown[] } | undefined)?.coordinates;
    if (Array.isArray(coords) && coords.length !== times.length)
      check.fail(
        `${path}.times`,
        `should have one time per vertex (${coords.length}), not ${times.length}`,
      );
    let last = '';
    times.forEach((t, i) => {
      const tp = `${path}.times[${i}]`;
      const o = check.obj(t, tp);
      const j = parseIsoDate(check.str(o, 'julian', tp), 'julian');
      const g = parseIsoDate(check.str(o, 'gregorian', tp), 'gregorian');
      if (!j || !g) return check.fail(tp, 'dates should be YYYY-MM-DDTHH:MM');
      if (toIsoDate(julianToGregorian(j)) !== toIsoDate(g))
        check.fail(tp, `Julian ${o.julian} is not Gregorian ${o.gregorian}`);
      const iso = toIsoDate(j);
      if (iso < last) check.fail(tp, 'times should not go backwards');
      last = iso;
    });
  });
}

function checkFigure(check: Check, p: Obj, key: string, path: string): void {
  const fig = check.obj(p[key], `${path}.${key}`);
  check.num(fig, 'value', `${path}.${key}`, 0, 1e12);
  check.source(fig.source, `${path}.${key}.source`);
}

function checkDay(check: Check, o: Obj, path: string): void {
  const g = parseIsoDate(check.str(o, 'date', path), 'gregorian');
  if (!g) return check.fail(`${path}.date`, 'should be a Gregorian YYYY-MM-DD');
  const before = isBeforeRussianSwitch(g);
  if (before && typeof o.julian !== 'string')
    check.fail(`${path}.julian`, 'needs the Julian date before 14 February 1918');
  if (typeof o.julian === 'string') {
    const j = parseIsoDate(o.julian, 'julian');
    if (!j || toIsoDate(julianToGregorian(j)) !== toIsoDate(g))
      check.fail(`${path}.julian`, `${o.julian} (Julian) is not ${o.date} (Gregorian)`);
  }
}

/** Validates the territories at stake: treaty articles, dated statuses, sourced figures. */
export function parseTerritories(json: unknown): Layer<Territory> {
  return parseLayer<Territory>(
    'territories',
    json,
    ['Polygon', 'MultiPolygon'],
    (check, p, path) => {
      checkNames(check, p, path);
      check.str(p, 'basis_1914', path);
      check.str(p, 'fate', path);
      check.str(p, 'note', path);
      check.num(p, 'accuracy_km', path, 0, 1000);
      check.sources(p, 'sources', path);
      checkFigure(check, p, 'area_km2_source', path);
      checkFigure(check, p, 'population_1914', path);
      check.arr(p, 'treaty', path).forEach((t, i) => {
        const o = check.obj(t, `${path}.treaty[${i}]`);
        check.str(o, 'article', `${path}.treaty[${i}]`);
        check.str(o, 'said', `${path}.treaty[${i}]`);
      });
      check.arr(p, 'status', path, true).forEach((c, i) => {
        const o = check.obj(c, `${path}.status[${i}]`);
        checkDay(check, o, `${path}.status[${i}]`);
        check.oneOf(o, 'status', `${path}.status[${i}]`, TERRITORY_STATUSES);
      });
    },
  );
}

/** Validates the 1914 frontier and the empire's European part. */
export function parseFrontier(json: unknown): Layer<FrontierFeature> {
  return parseLayer<FrontierFeature>(
    'frontier',
    json,
    ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'],
    (check, p, path) => {
      check.oneOf(p, 'kind', path, ['frontier', 'empire']);
      check.num(p, 'accuracy_km', path, 0, 1000);
      check.str(p, 'note', path);
      check.sources(p, 'sources', path);
      if (p.kind === 'empire') {
        checkFigure(check, p, 'area_km2_source', path);
        checkFigure(check, p, 'population', path);
      }
    },
  );
}

/** Validates the dated front, advance and treaty lines. */
export function parseWarLines(json: unknown): Layer<WarLine> {
  return parseLayer<WarLine>('lines', json, ['LineString', 'MultiLineString'], (check, p, path) => {
    check.oneOf(p, 'kind', path, ['front', 'advance', 'treaty-line']);
    checkDay(check, p, path);
    check.num(p, 'accuracy_km', path, 0, 1000);
    check.str(p, 'note', path);
    check.sources(p, 'sources', path);
  });
}

/** Validates the quoted shares of what Russia lost (a JSON document, not GeoJSON). */
export function parseShares(json: unknown): QuotedShare[] {
  const check = new Check();
  const doc = check.obj(json, 'stakes');
  const shares = check.arr(doc, 'shares', 'stakes', true);
  shares.forEach((x, i) => {
    const path = `stakes.shares[${i}]`;
    const o = check.obj(x, path);
    check.str(o, 'id', path);
    check.str(o, 'label', path);
    check.str(o, 'of', path);
    const unit = check.str(o, 'unit', path);
    const max = unit === '%' ? 100 : Number.MAX_SAFE_INTEGER;
    const low = check.num(o, 'low', path, 0, max);
    const high = check.num(o, 'high', path, 0, max);
    if (low > high) check.fail(path, 'low should not exceed high');
    check.sources(o, 'sources', path);
  });
  if (check.problems.length) throw new GeodataError('stakes', check.problems);
  return shares as QuotedShare[];
}

/** Validates the dated events of the peace (a JSON document). */
export function parsePeaceEvents(json: unknown): PeaceEvent[] {
  const check = new Check();
  const doc = check.obj(json, 'events');
  const events = check.arr(doc, 'events', 'events', true);
  events.forEach((x, i) => {
    const path = `events.events[${i}]`;
    const o = check.obj(x, path);
    check.str(o, 'id', path);
    check.str(o, 'title', path);
    check.str(o, 'text', path);
    checkDay(check, o, path);
    check.oneOf(o, 'kind', path, ['negotiation', 'military', 'treaty', 'aftermath']);
    check.sources(o, 'sources', path);
  });
  if (check.problems.length) throw new GeodataError('events', check.problems);
  return events as PeaceEvent[];
}

/** Validates a generated basemap layer (land or borders from Natural Earth). */
export function parseBasemap(json: unknown): Layer<BasemapFeature> {
  return parseLayer<BasemapFeature>(
    'basemap',
    json,
    ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'],
    (check, p, path) => {
      check.oneOf(p, 'kind', path, ['land', 'border']);
    },
    { ids: false },
  );
}

/** The sources a layer cites, its own and its features', without repeats (by title and URL). */
export function layerSources(layer: { metadata: LayerMetadata; features: Feature[] }): SourceRef[] {
  const all: SourceRef[] = [...layer.metadata.sources];
  for (const f of layer.features) {
    const p = f.properties as { sources?: SourceRef[] } | null;
    all.push(...(p?.sources ?? []));
  }
  const seen = new Set<string>();
  return all.filter((s) => {
    const key = `${s.title}|${s.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
