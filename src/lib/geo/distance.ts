/** Distances that tell the story: how far a site lay from the rising's headquarters and its target. */
import distance from '@turf/distance';
import type { Feature, Point } from 'geojson';

export interface Distance {
  to: string;
  km: number;
}

/**
 * Great-circle distances from a point feature to named anchor points, in kilometres, nearest first;
 * an anchor at the same place as the feature is left out.
 * @example distancesFrom(aurora, [{ name: 'Winter Palace', feature: palace }]) // [{ to: 'Winter Palace', km: 1.3 }]
 */
export function distancesFrom(
  from: Feature<Point>,
  anchors: readonly { name: string; feature: Feature<Point> }[],
): Distance[] {
  return anchors
    .map((a) => ({ to: a.name, km: distance(from, a.feature, { units: 'kilometers' }) }))
    .filter((d) => d.km > 0.01)
    .sort((a, b) => a.km - b.km);
}

/** A distance for reading: metres under a kilometre, kilometres with one decimal under 20. */
export function formatKm(km: number): string {
  if (km < 1) return `${Math.round((km * 1000) / 10) * 10} m`;
  return km < 20 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}
