/**
 * The map state a passage asks for, and the resolver that turns every passage into the whole state
 * the map shows while the passage is read. A passage declares what it wants in a `map` block (YAML)
 * under its paragraph; whatever it leaves out is derived from its links and from earlier passages,
 * so the state of passage i depends only on passages 0…i and scrolling back restores it exactly.
 */
import { parseIsoDate, julianToGregorian, type CalendarDate } from '../time/calendar';
import { parseRef } from './refs';

/** What to frame: the passage's linked features (or a chosen few), or a fixed view. */
export type CameraSpec =
  { kind: 'fit'; refs: string[] | null } | { kind: 'view'; center: [number, number]; zoom: number };

/** A passage's own declaration; every field is optional. */
export interface PassageStateSpec {
  map?: string;
  /** An instant (see time/instant.ts: Gregorian wall-clock milliseconds). */
  time?: number;
  camera?: CameraSpec;
  /** The overlay sources shown; the others are hidden. Absent: all of them. */
  layers?: string[];
  /** The timeline plays from one moment to another while the passage is shown. */
  play?: { from: number; to: number };
}

/** The whole state of the map for one passage. */
export interface ResolvedState {
  passageId: string;
  map: string;
  time: number;
  /** Null: the map's own opening view. */
  camera: CameraSpec | null;
  /** The passage's linked features on this map, highlighted together. */
  highlight: string[];
  layers: string[] | null;
  play: { from: number; to: number } | null;
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?\s+(julian|gregorian|os|ns)$/i;

/**
 * Reads a moment written as `YYYY-MM-DD[ HH:MM] julian|gregorian` (`os`/`ns` for old and new style);
 * null when it is malformed or names no calendar.
 * @example parseMoment('1917-10-25 02:10 julian') // Date.UTC(1917, 10, 7, 2, 10)
 */
export function parseMoment(text: string): number | null {
  const m = MOMENT.exec(text.trim());
  if (!m) return null;
  const calendar = /^(julian|os)$/i.test(m[4]!) ? 'julian' : 'gregorian';
  const iso = m[2] === undefined ? m[1]! : `${m[1]}T${m[2].padStart(2, '0')}:${m[3]}`;
  const date = parseIsoDate(iso, calendar);
  if (!date) return null;
  const g: CalendarDate = calendar === 'julian' ? julianToGregorian(date) : date;
  // A date without a time of day stands for its noon, like the day-only events of the data.
  return Date.UTC(g.year, g.month - 1, g.day, g.hour ?? 12, g.minute ?? 0);
}

const KEYS = ['map', 'time', 'camera', 'layers', 'play', 'fit'];

/**
 * Validates a `map` block's parsed YAML. Whatever is wrong is reported in plain words and left out;
 * the rest of the block still counts.
 */
export function readStateSpec(
  value: unknown,
  context: { mapIds: readonly string[]; where: string },
): { spec: PassageStateSpec; warnings: string[] } {
  const warnings: string[] = [];
  const spec: PassageStateSpec = {};
  const warn = (m: string) => warnings.push(`${context.where}: ${m}`);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    warn('the map block is not a list of “key: value” lines; it was ignored.');
    return { spec, warnings };
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v))
    if (!KEYS.includes(key)) warn(`“${key}” is not a map setting (${KEYS.join(', ')}).`);

  if (v.map !== undefined) {
    if (typeof v.map === 'string' && context.mapIds.includes(v.map)) spec.map = v.map;
    else warn(`“${String(v.map)}” is not a map; use one of ${context.mapIds.join(', ')}.`);
  }
  if (v.time !== undefined) {
    const t = typeof v.time === 'string' ? parseMoment(v.time) : null;
    if (t === null)
      warn(`the time “${String(v.time)}” should read like “1917-10-25 02:10 julian”.`);
    else spec.time = t;
  }
  const camera = v.camera ?? (v.fit !== undefined ? { fit: v.fit } : undefined);
  if (camera !== undefined) {
    const c = readCamera(camera);
    if (c) spec.camera = c;
    else
      warn(
        'the camera should be “fit”, a list of features to fit, or {center: [lon, lat], zoom: z}.',
      );
  }
  if (v.layers !== undefined) {
    if (Array.isArray(v.layers) && v.layers.every((l) => typeof l === 'string'))
      spec.layers = v.layers as string[];
    else warn('layers should be a list of layer names, like [sites, movements].');
  }
  if (v.play !== undefined) {
    const parts = typeof v.play === 'string' ? v.play.split(/\s*(?:->|→|–|—)\s*/) : [];
    const [from, to] = parts.map(parseMoment);
    if (parts.length === 2 && from != null && to != null && from < to) spec.play = { from, to };
    else warn(`play should read “<moment> -> <later moment>”, not “${String(v.play)}”.`);
  }
  return { spec, warnings };
}

function readCamera(value: unknown): CameraSpec | null {
  if (value === 'fit') return { kind: 'fit', refs: null };
  if (!value || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (o.fit !== undefined) {
    const list = Array.isArray(o.fit) ? o.fit : [o.fit];
    const refs = list.map((r) => (typeof r === 'string' ? parseRef(r)?.key : undefined));
    return refs.every((r): r is string => !!r) && refs.length ? { kind: 'fit', refs } : null;
  }
  const center = o.center;
  const zoom = o.zoom;
  if (
    Array.isArray(center) &&
    center.length === 2 &&
    typeof center[0] === 'number' &&
    typeof center[1] === 'number' &&
    Math.abs(center[0]) <= 180 &&
    Math.abs(center[1]) <= 90 &&
    typeof zoom === 'number' &&
    zoom >= 0 &&
    zoom <= 22
  )
    return { kind: 'view', center: [center[0], center[1]], zoom };
  return null;
}

/** What the resolver needs to know of the maps. */
export interface ResolveContext {
  /** The map a feature reference belongs to, if any. */
  mapOfRef: (ref: string) => string | undefined;
  /** Where each map's timeline starts when nothing earlier set it. */
  initialTime: Readonly<Record<string, number>>;
  /** The map before any passage chose one. */
  defaultMap: string;
}

/** A passage as the resolver sees it. */
export interface StatefulPassage {
  id: string;
  refs: readonly string[];
  state?: PassageStateSpec;
}

/**
 * The map state of every passage, in order. A passage shows the map it names, else the map most of
 * its links point to, else the previous passage's map; the moment it names, else the last moment an
 * earlier passage set on that map; the camera it names, else its linked features on that map, else
 * the previous passage's camera on the same map.
 */
export function resolveStates(
  passages: readonly StatefulPassage[],
  ctx: ResolveContext,
): ResolvedState[] {
  const out: ResolvedState[] = [];
  const timeOf: Record<string, number> = { ...ctx.initialTime };
  let prev: ResolvedState | null = null;
  for (const p of passages) {
    const s = p.state ?? {};
    const byMap = new Map<string, string[]>();
    for (const ref of p.refs) {
      const m = ctx.mapOfRef(ref);
      if (m) byMap.set(m, [...(byMap.get(m) ?? []), ref]);
    }
    const mostLinked = [...byMap.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
    const map = s.map ?? mostLinked ?? prev?.map ?? ctx.defaultMap;
    if (s.time !== undefined) timeOf[map] = s.time;
    const time = timeOf[map] ?? ctx.initialTime[map] ?? 0;
    const highlight = byMap.get(map) ?? [];
    const inherited = prev && prev.map === map ? prev.camera : null;
    let camera: CameraSpec | null;
    if (s.camera && !(s.camera.kind === 'fit' && s.camera.refs === null)) camera = s.camera;
    else if (highlight.length) camera = { kind: 'fit', refs: highlight };
    else camera = inherited;
    const state: ResolvedState = {
      passageId: p.id,
      map,
      time,
      camera,
      highlight,
      layers: s.layers ?? null,
      play: s.play ?? null,
    };
    out.push(state);
    prev = state;
  }
  return out;
}
