/** Areas of polygons, apart from the stakes (whose polygon clipping is loaded only when needed). */
import area from '@turf/area';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * Area of a polygon in km² (turf: geodesic on a sphere of radius 6,371,008.8 m).
 * @example areaKm2(bboxPolygon([30, 59, 31, 60])) // ≈ 6,200
 */
export function areaKm2(f: Feature<Polygon | MultiPolygon>): number {
  return area(f) / 1e6;
}
