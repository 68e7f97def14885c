/**
 * What a click or a tap on the map meant. The map reports every feature drawn within a box around
 * the point; the marker whose centre is nearest comes first, then any area or label under it. A
 * fingertip covers far more than a mouse pointer, so a tap's box reaches further past a marker's edge.
 */

/** How far past a marker's drawn edge a click still reaches it, in CSS pixels. */
export const MOUSE_REACH_PX = 8;
/** How far past a marker's drawn edge a tap still reaches it: a fingertip is some 45 px across. */
export const TOUCH_REACH_PX = 22;

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The reach for a pointer: touch and pen reach further than a mouse. */
export function reachFor(pointerType: string | undefined): number {
  return pointerType === 'touch' || pointerType === 'pen' ? TOUCH_REACH_PX : MOUSE_REACH_PX;
}

/** The square around a point within which a drawn feature counts as hit. */
export function reachBox(p: ScreenPoint, reach: number): [[number, number], [number, number]] {
  return [
    [p.x - reach, p.y - reach],
    [p.x + reach, p.y + reach],
  ];
}

/**
 * The hits in the order they count: markers (`at` their centre on screen) the nearest first, then
 * areas and labels (`at` null) in the order given.
 */
export function pickHits<T>(
  hits: readonly { item: T; at: ScreenPoint | null }[],
  point: ScreenPoint,
): T[] {
  const dist = (at: ScreenPoint) => Math.hypot(at.x - point.x, at.y - point.y);
  const markers = hits
    .filter((h): h is { item: T; at: ScreenPoint } => h.at !== null)
    .sort((a, b) => dist(a.at) - dist(b.at));
  const areas = hits.filter((h) => h.at === null);
  return [...markers, ...areas].map((h) => h.item);
}
