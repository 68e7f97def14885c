/**
 * Scores one answer against its question: a place by its distance from the answer feature (0 inside
 * a polygon, else the distance to its edge), a choice exactly, a moment by the time between them.
 * Right within the tolerance, partly right within twice it.
 */
import distance from '@turf/distance';
import type { Feature, Geometry, Position } from 'geojson';
import { formatInstant } from '../time/instant';
import type { AnswerResult, AnswerValue, Question } from './types';

/** What scoring needs beyond the question: the answer feature and its name, the timeline's epoch. */
export interface ScoreContext {
  /** The feature the place question's answer names. */
  feature?: Feature<Geometry> | null;
  /** How the feature is called in a sentence (“the Smolny Institute”). */
  featureName?: string;
  /** The instant (ms, as in src/lib/time/instant.ts) the `when` answer's minutes count from. */
  epoch?: number;
}

const M_PER_DEG = 111_320;

/** Metres from `p` to the segment a–b, on a plane tangent at `p` (fine at city and region scale). */
function segmentMetres(p: Position, a: Position, b: Position): number {
  const k = Math.cos((p[1]! * Math.PI) / 180);
  const ax = (a[0]! - p[0]!) * k * M_PER_DEG;
  const ay = (a[1]! - p[1]!) * M_PER_DEG;
  const bx = (b[0]! - p[0]!) * k * M_PER_DEG;
  const by = (b[1]! - p[1]!) * M_PER_DEG;
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const s = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
  return Math.hypot(ax + s * dx, ay + s * dy);
}

/** Whether `p` lies inside a ring (even–odd rule). */
function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > p[1]! !== yj! > p[1]! && p[0]! < ((xj! - xi!) * (p[1]! - yi!)) / (yj! - yi!) + xi!)
      inside = !inside;
  }
  return inside;
}

function polygonMetres(p: Position, rings: Position[][]): number {
  const [outer, ...holes] = rings;
  if (!outer) return Infinity;
  if (inRing(p, outer) && !holes.some((h) => inRing(p, h))) return 0;
  let best = Infinity;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++)
      best = Math.min(best, segmentMetres(p, ring[i - 1]!, ring[i]!));
  return best;
}

/**
 * Metres from a point to a geometry: 0 inside a polygon, else to its nearest edge or vertex.
 * @example metresTo([30.39, 59.95], { type: 'Point', coordinates: [30.3958, 59.9455] })
 */
export function metresTo(p: Position, g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return distance(p, g.coordinates, { units: 'meters' });
    case 'MultiPoint':
      return Math.min(...g.coordinates.map((c) => distance(p, c, { units: 'meters' })));
    case 'LineString':
      return polygonMetres(p, [[], g.coordinates]);
    case 'MultiLineString':
      return Math.min(...g.coordinates.map((l) => polygonMetres(p, [[], l])));
    case 'Polygon':
      return polygonMetres(p, g.coordinates);
    case 'MultiPolygon':
      return Math.min(...g.coordinates.map((r) => polygonMetres(p, r)));
    case 'GeometryCollection':
      return Math.min(...g.geometries.map((x) => metresTo(p, x)));
  }
}

/** “412 m” or “3.4 km”. */
export function formatMetres(m: number): string {
  if (m < 1000) return `${Math.round(m)} m`;
  return `${(m / 1000).toFixed(m < 10_000 ? 1 : 0)} km`;
}

/** “3 hours”, “2 days”, “45 minutes”. */
export function formatMinutes(min: number): string {
  const n = Math.abs(min);
  const unit = (v: number, w: string) => `${v} ${w}${v === 1 ? '' : 's'}`;
  if (n < 60) return unit(Math.round(n), 'minute');
  if (n < 48 * 60) return unit(Math.round(n / 60), 'hour');
  return unit(Math.round(n / 1440), 'day');
}

const grade = (off: number, tolerance: number) => ({
  correct: off <= tolerance,
  partial: off > tolerance && off <= 2 * tolerance,
});

/** Scores `value` against `q`; an answer of the wrong kind is wrong, with a sentence saying so. */
export function scoreAnswer(q: Question, value: AnswerValue, ctx: ScoreContext = {}): AnswerResult {
  if (q.kind !== value.kind)
    return { correct: false, partial: false, message: 'This answer does not fit the question.' };
  if (q.kind === 'place' && value.kind === 'place') {
    const name = ctx.featureName ?? 'the answer';
    if (!ctx.feature)
      return { correct: false, partial: false, message: `${name} is not on this map.` };
    const m = metresTo([value.lng, value.lat], ctx.feature.geometry);
    const g = grade(m, q.toleranceM);
    const message = m === 0 ? `Inside ${name}.` : `${formatMetres(m)} from ${name}.`;
    return { ...g, message };
  }
  if (q.kind === 'choose' && value.kind === 'choose') {
    const right = value.option === q.answer;
    const said = q.options[q.answer] ?? '';
    return {
      correct: right,
      partial: false,
      message: right ? `Right: ${said}.` : `Not quite: the answer is ${said}.`,
    };
  }
  if (q.kind === 'when' && value.kind === 'when') {
    const at = (ctx.epoch ?? 0) + value.t * 60_000;
    const off = Math.abs(at - q.answer) / 60_000;
    const g = grade(off, q.toleranceMin);
    const when = formatInstant(q.answer);
    const message =
      off < 1
        ? `Exactly: ${when}.`
        : `${formatMinutes(off)} ${at < q.answer ? 'early' : 'late'}; it was ${when}.`;
    return { ...g, message };
  }
  return { correct: false, partial: false, message: 'This answer does not fit the question.' };
}
