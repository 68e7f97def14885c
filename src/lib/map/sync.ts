/**
 * Pushes derived state into a map through the narrow `MapLike` interface, so the logic is tested
 * against a recording fake and the component only forwards calls.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { CameraTarget } from '../geo/camera';
import type { Extent } from '../model/ids';

/** Room to keep clear at each edge of the map, in pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The padding that frames a feature beside the card that opens over the map's left side (or over
 * its top on a narrow map), so the card never hides what it describes; where the card is a sheet
 * over the bottom of the map (`sheet`), above its 60 % of the map's height.
 */
export function paddingBesideCard(
  mapWidth: number,
  mapHeight: number,
  cardWidth: number,
  sheet = false,
): Padding {
  const base = 50;
  if (sheet) {
    const m = Math.min(base, mapHeight / 10);
    return { top: m, right: m, bottom: mapHeight * 0.6 + m, left: m };
  }
  if (mapWidth >= cardWidth * 1.8)
    return { top: base, right: base, bottom: base, left: cardWidth + base };
  return { top: Math.min(mapHeight / 2, 200), right: base, bottom: base, left: base };
}

export interface FeatureTarget {
  source: string;
  id: string;
}

/** The part of MapLibre's `Map` that the sync logic calls: every call the app makes on its map. */
export interface MapLike {
  setFeatureState(target: FeatureTarget, state: Record<string, unknown>): void;
  fitBounds(
    bounds: [[number, number], [number, number]],
    options: { padding: Padding | number; maxZoom?: number; duration: number; essential?: boolean },
  ): unknown;
  /** A source of the style; a GeoJSON source has `setData`. */
  getSource(id: string): unknown;
  jumpTo(options: { center: [number, number]; zoom: number }): unknown;
  flyTo(options: {
    center: [number, number];
    zoom: number;
    duration: number;
    essential: boolean;
  }): unknown;
  getStyle(): { layers: readonly { id: string; source?: unknown }[] } | undefined;
  getLayoutProperty(layer: string, name: string): unknown;
  setLayoutProperty(layer: string, name: string, value: unknown): unknown;
  setStyle(style: StyleSpecification, options: { diff: boolean }): unknown;
  setMinZoom(zoom: number): unknown;
  setMaxZoom(zoom: number): unknown;
  setMaxBounds(bounds: [[number, number], [number, number]]): unknown;
}

/** An extent as MapLibre's corner pairs. */
export const cornersOf = (e: Extent): [[number, number], [number, number]] => [
  [e[0], e[1]],
  [e[2], e[3]],
];

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

/**
 * Shows the overlay layers of the sources a passage asks for and hides the others (null: all shown),
 * touching only layers whose visibility changes. Base layers are never hidden.
 */
export function syncLayerVisibility(
  map: MapLike,
  overlaySources: readonly string[],
  shown: readonly string[] | null,
): void {
  for (const layer of map.getStyle()?.layers ?? []) {
    const source = typeof layer.source === 'string' ? layer.source : null;
    if (!source || !overlaySources.includes(source)) continue;
    const visible = !shown || shown.includes(source);
    const now = map.getLayoutProperty(layer.id, 'visibility') !== 'none';
    if (visible !== now)
      map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
  }
}

/**
 * Hands each source whose data is a new object its data (MapLibre lays out only those again), and
 * returns what every source now holds. A source the style lacks is left for the next style.
 */
export function syncSourceData<K extends string>(
  map: MapLike,
  pushed: Readonly<Partial<Record<K, FeatureCollection>>>,
  next: Readonly<Partial<Record<K, FeatureCollection>>>,
): Partial<Record<K, FeatureCollection>> {
  const now: Partial<Record<K, FeatureCollection>> = { ...pushed };
  for (const [id, fc] of Object.entries(next) as [K, FeatureCollection][]) {
    if (pushed[id] === fc) continue;
    const source = map.getSource(id) as { setData?: (d: FeatureCollection) => unknown } | undefined;
    if (typeof source?.setData !== 'function') continue;
    source.setData(fc);
    now[id] = fc;
  }
  return now;
}

/** What a new style needs to know of its map. */
export interface StyledMap {
  minZoom: number;
  maxZoom: number;
  extent: Extent;
  view: Extent;
}

/**
 * Puts a whole new style on the map (another map, or another theme): its zoom range and bounds,
 * then the style; a new map opens on its own view, a new theme keeps the camera.
 */
export function applyStyle(
  map: MapLike,
  def: StyledMap,
  style: StyleSpecification,
  options: { openView: boolean },
): void {
  map.setMinZoom(def.minZoom);
  map.setMaxZoom(def.maxZoom);
  map.setMaxBounds(cornersOf(def.extent));
  map.setStyle(style, { diff: false });
  if (options.openView) map.fitBounds(cornersOf(def.view), { duration: 0, padding: 10 });
}
