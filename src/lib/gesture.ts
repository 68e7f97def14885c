/**
 * Touch gestures told apart from their first and last points: a swipe that turns a slide, and a drag
 * that dismisses a bottom sheet. Pure: the callers read the touches and decide where a gesture may
 * start (a swipe never starts on the map, where one finger pans it, nor on the timeline's slider).
 */

/** Where and when a touch was, in CSS pixels and milliseconds. */
export interface TouchPoint {
  x: number;
  y: number;
  t: number;
}

export type Swipe = 'swipe-left' | 'swipe-right' | 'none';

export interface SwipeOptions {
  /** The shortest horizontal travel that counts, px: shorter is a tap or a finger's wobble. */
  minDistance?: number;
  /** The steepest path that counts, as |dy| / |dx|: steeper is a scroll of the text. */
  maxSlope?: number;
  /** The longest a swipe may take, ms: slower is someone reading with a finger or selecting text. */
  maxDuration?: number;
}

/** Phone platforms turn a page at about a third of an inch; 30° off the horizontal at most. */
const SWIPE: Required<SwipeOptions> = { minDistance: 50, maxSlope: 0.58, maxDuration: 700 };

/**
 * Whether a touch from `start` to `end` was a swipe, and which way the finger went: a swipe left
 * (the finger moving right to left) asks for the next slide, as a page is turned.
 * `classifySwipe({x: 300, y: 400, t: 0}, {x: 180, y: 420, t: 200})` is `'swipe-left'`.
 */
export function classifySwipe(
  start: TouchPoint,
  end: TouchPoint,
  options: SwipeOptions = {},
): Swipe {
  const o = { ...SWIPE, ...options };
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const dt = end.t - start.t;
  if (dt < 0 || dt > o.maxDuration) return 'none';
  if (Math.abs(dx) < o.minDistance || Math.abs(dy) > Math.abs(dx) * o.maxSlope) return 'none';
  return dx < 0 ? 'swipe-left' : 'swipe-right';
}

/**
 * Whether letting go of a sheet's handle after dragging it from `start` to `end` closes the sheet:
 * dragged down a third of its height (at least 60 px, so a small sheet is not closed by a wobble),
 * or flicked down fast (0.5 px/ms over 30 px at least).
 */
export function dismissesSheet(start: TouchPoint, end: TouchPoint, sheetHeight: number): boolean {
  const dy = end.y - start.y;
  if (dy <= 0) return false;
  if (dy >= Math.max(60, sheetHeight / 3)) return true;
  const dt = Math.max(1, end.t - start.t);
  return dy >= 30 && dy / dt >= 0.5;
}
