/**
 * Pushes derived state into a map through the narrow `MapLike` interface, so the logic is tested
 * against a recording fake and the component only forwards calls.
 */
import type { CameraTarget } from '../geo/camera';

/** Room to keep clear at each edge of the map, in pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The padding that frames a feature beside the card that opens over the map's left side (or over
 * its top on a narrow map), so the card never hides what it describes.
 */
export function paddingBesideCard(mapWidth: number, mapHeight: number, cardWidth: number): Padding {
  const base = 50;
  if (mapWidth >= cardWidth * 1.8)
    return { top: base, right: base, bottom: base, left: cardWidth + base };
  return { top: Math.min(mapHeight / 2, 200), right: base, bottom: base, left: base };
}

export interface FeatureTarget {
  source: string;
  id: string;
}

/** The part of MapLibre's `Map` that the sync logic calls. */
export interface MapLike {
  setFeatureState(target: FeatureTarget, state: Record<string, unknown>): void;
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: Padding; maxZoom: number; duration: number; essential: boolean },
  ): unknown;
  getSource(id: string): unknown;
  jumpTo(options: { center: [number, number]; zoom: number }): unknown;
  flyTo(options: {
    center: [number, number];
    zoom: number;
    duration: number;
    essential: boolean;
  }): unknown;
}

const same = (a: FeatureTarget, b: FeatureTarget) => a.source === b.source && a.id === b.id;

/** The feature states the atlas sets: chosen, pointed at through a link, linked from the passage read. */
export type FeatureStateKey = 'selected' | 'hover' | 'linked';

/**
 * Moves a boolean feature state from the previous targets to the next ones, touching only the
 * features that change and only sources the map has.
 */
export function syncFeatureState(
  map: MapLike,
  key: FeatureStateKey,
  prev: readonly FeatureTarget[],
  next: readonly FeatureTarget[],
): void {
  for (const t of prev) {
    if (!next.some((n) => same(n, t)) && map.getSource(t.source))
      map.setFeatureState(t, { [key]: false });
  }
  for (const t of next) {
    if (!prev.some((p) => same(p, t)) && map.getSource(t.source))
      map.setFeatureState(t, { [key]: true });
  }
}

/** Moves the `selected` state (see `syncFeatureState`). */
export function syncSelection(
  map: MapLike,
  prev: readonly FeatureTarget[],
  next: readonly FeatureTarget[],
): void {
  syncFeatureState(map, 'selected', prev, next);
}

/** Where a passage puts the camera: around some features, at a fixed view, or the map's own view. */
export type CameraCommand =
  | { kind: 'bounds'; target: CameraTarget }
  | { kind: 'view'; center: [number, number]; zoom: number; cut?: boolean }
  | { kind: 'home'; target: CameraTarget };

/** Carries out a camera command: a flight normally, a cut when the reader asked for reduced motion. */
export function placeCamera(
  map: MapLike,
  command: CameraCommand,
  options: { reducedMotion: boolean; padding: Padding },
): void {
  if (command.kind !== 'view') return frame(map, command.target, options);
  if (options.reducedMotion || command.cut)
    map.jumpTo({ center: command.center, zoom: command.zoom });
  else map.flyTo({ center: command.center, zoom: command.zoom, duration: 1200, essential: false });
}

/** Frames a camera target: a flight normally, a cut when the reader asked for reduced motion. */
export function frame(
  map: MapLike,
  target: CameraTarget,
  options: { reducedMotion: boolean; padding: Padding },
): void {
  const [w, s, e, n] = target.bounds;
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    {
      padding: options.padding,
      maxZoom: target.maxZoom,
      duration: options.reducedMotion ? 0 : 1200,
      essential: false,
    },
  );
}
