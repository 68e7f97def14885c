/**
 * The view in the address: which map, passage or slide, moment, open card, camera, name style and
 * theme. A link holds the whole view; a malformed or stale part falls back to the default with a
 * short notice, never a blank page.
 *
 * `?map=petrograd&t=1917-11-07T08:00&card=site:smolny&at=30.3161,59.9373,13.66&names=ru&theme=projector&slide=12#p-12`
 * (`t` is the Gregorian date and time; slides count from 1.)
 */
import { parseRef } from './story/refs';

export interface ViewUrl {
  map?: string;
  /** The passage being read (the address's fragment). */
  passage?: string;
  /** An instant (Gregorian wall-clock milliseconds). */
  time?: number;
  /** The reference of the feature whose card is open. */
  card?: string;
  camera?: { lng: number; lat: number; zoom: number };
  names?: string;
  theme?: string;
  /** The slide shown while presenting (from 0). */
  slide?: number;
}

/** What a link may name: the app's maps, name styles and themes. */
export interface UrlContext {
  mapIds: readonly string[];
  names: readonly string[];
  themes: readonly string[];
}

const TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const CAMERA = /^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,2}(?:\.\d+)?),(\d{1,2}(?:\.\d+)?)$/;
const PASSAGE = /^p-\d{1,5}$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:MM` of an instant. */
export function formatTime(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function parseTime(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const t = Date.UTC(y, mo - 1, d, h, mi);
  const back = new Date(t);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 ? t : null;
}

/**
 * Reads the view from an address. Every part is checked on its own; what is wrong is left out and
 * named in `problems`, in plain words.
 */
export function parseViewUrl(
  search: string,
  hash: string,
  ctx: UrlContext,
): { view: ViewUrl; problems: string[] } {
  const q = new URLSearchParams(search);
  const view: ViewUrl = {};
  const problems: string[] = [];
  const take = (key: string, read: (v: string) => boolean, what: string) => {
    const v = q.get(key);
    if (v === null || v === '') return;
    if (!read(v)) problems.push(`the link’s ${what} (“${v.slice(0, 40)}”) was not understood`);
  };
  take('map', (v) => ctx.mapIds.includes(v) && !!(view.map = v), 'map');
  take(
    't',
    (v) => {
      const t = parseTime(v);
      if (t === null) return false;
      view.time = t;
      return true;
    },
    'moment',
  );
  take(
    'card',
    (v) => {
      const ref = parseRef(v);
      if (!ref) return false;
      view.card = ref.key;
      return true;
    },
    'feature',
  );
  take(
    'at',
    (v) => {
      const m = CAMERA.exec(v);
      if (!m) return false;
      const [lng, lat, zoom] = m.slice(1).map(Number) as [number, number, number];
      if (Math.abs(lng) > 180 || Math.abs(lat) > 85 || zoom > 22) return false;
      view.camera = { lng, lat, zoom };
      return true;
    },
    'map position',
  );
  take('names', (v) => ctx.names.includes(v) && !!(view.names = v), 'name style');
  take('theme', (v) => ctx.themes.includes(v) && !!(view.theme = v), 'theme');
  take(
    'slide',
    (v) => {
      if (!/^\d{1,4}$/.test(v) || Number(v) < 1) return false;
      view.slide = Number(v) - 1;
      return true;
    },
    'slide',
  );
  let fragment = hash.replace(/^#/, '');
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // A broken escape (“%” alone) is read as it stands.
  }
  if (fragment) {
    if (PASSAGE.test(fragment)) view.passage = fragment;
    else problems.push(`the link’s passage (“${fragment.slice(0, 40)}”) was not understood`);
  }
  return { view, problems };
}

/** The address (search and fragment) of a view; parts left out are left out of the address. */
export function formatViewUrl(view: ViewUrl): string {
  const q = new URLSearchParams();
  if (view.map) q.set('map', view.map);
  if (view.time !== undefined) q.set('t', formatTime(view.time));
  if (view.card) q.set('card', view.card);
  if (view.camera)
    q.set(
      'at',
      `${view.camera.lng.toFixed(4)},${view.camera.lat.toFixed(4)},${view.camera.zoom.toFixed(2)}`,
    );
  if (view.names) q.set('names', view.names);
  if (view.theme) q.set('theme', view.theme);
  if (view.slide !== undefined) q.set('slide', String(view.slide + 1));
  const search = q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return `${search ? `?${search}` : ''}${view.passage ? `#${view.passage}` : ''}`;
}

/**
 * How a change of view reaches the browser's history: nothing when the address already names it; a
 * new entry for a step Back should return to (map, card, slide, name style, theme); the current
 * entry rewritten at once when Back or Forward led here; otherwise rewritten once the view rests.
 */
export type HistoryStep = 'none' | 'push' | 'replace' | 'rest';

export function historyStep(change: {
  /** The address of the view now shown, and the one the browser holds. */
  next: string;
  current: string;
  /** The discrete parts of the view now, and when the address was last considered. */
  discrete: string;
  lastDiscrete: string;
  /** Back or Forward led to this view. */
  fromHistory: boolean;
}): HistoryStep {
  if (change.next === change.current) return 'none';
  if (change.fromHistory) return 'replace';
  return change.discrete !== change.lastDiscrete ? 'push' : 'rest';
}
