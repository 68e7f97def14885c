/**
 * The peace's figures computed from the shipped geodata files. The build runs this once (see
 * vite.config.ts) and the app loads the result with the peace map: the polygon clipping behind them
 * holds the page for most of a second, and its inputs never change while the app runs.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { stakesOf, type Stakes } from './stakes';
import { parseFrontier, parseTerritories } from './validate';

/** The figures from the territories and 1914 frontier files as they are stored (JSON values). */
export function stakesFromGeodata(territoriesJson: unknown, frontierJson: unknown): Stakes {
  const territories = parseTerritories(territoriesJson).features;
  const empire = parseFrontier(frontierJson).features.find((f) => f.properties.kind === 'empire');
  if (!empire) throw new Error('frontier-1914.geojson has no feature of kind "empire"');
  return stakesOf(
    territories,
    empire as Feature<Polygon | MultiPolygon>,
    empire.properties.population?.value ?? null,
  );
}
