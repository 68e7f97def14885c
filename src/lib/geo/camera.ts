/** Cameras derived from geometry: what to frame when features are selected. */
import bbox from '@turf/bbox';
import type { Feature } from 'geojson';
import type { Extent } from '../model/ids';

/**
 * The bounding box of some features as [west, south, east, north]; null when there are none.
 * @example featuresBounds([point([30.39, 59.94])]) // [30.39, 59.94, 30.39, 59.94]
 */
export function featuresBounds(features: readonly Feature[]): Extent | null {
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [...features] });
  return [w, s, e, n];
}

export interface CameraTarget {
  bounds: Extent;
  /** Never zoom in past this, so that a single point keeps its surroundings. */
  maxZoom: number;
}

/** The camera that frames some features, or null when there are none. */
export function cameraFor(
  features: readonly Feature[],
  options: { maxZoom: number },
): CameraTarget | null {
  const bounds = featuresBounds(features);
  return bounds ? { bounds, maxZoom: options.maxZoom } : null;
}
