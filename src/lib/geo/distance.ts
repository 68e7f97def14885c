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
  // Rounded first, so that 0.996 km reads “1.0 km”, not “1000 m”, and 19.96 km “20 km”.
  const metres = Math.round((km * 1000) / 10) * 10;
  if (metres < 1000) return `${metres} m`;
  const tenths = Math.round(km * 10) / 10;
  return tenths < 20 ? `${tenths.toFixed(1)} km` : `${Math.round(km)} km`;
}
