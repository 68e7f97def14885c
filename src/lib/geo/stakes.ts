/** What the peace cost, computed from the geometry: areas, shares of the empire, populations. */
import { areaKm2 } from './area';
import intersect from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Territory } from '../model/features';

export interface TerritoryFigures {
  id: string;
  name: string;
  /** Area of the polygon as drawn, km². */
  areaKm2: number;
  /** Area the cited source gives, km². */
  sourceAreaKm2: number;
  /** (drawn − source) / source, in per cent. */
  areaDiffPct: number;
  /** Share of the empire's European part, in per cent: only the part of the territory inside it counts. */
  areaSharePct: number;
  population: number;
  populationYear: number | undefined;
  /** Share of the empire part's population, in per cent (figures of different years: see the card). */
  populationSharePct: number | null;
}

export interface Stakes {
  rows: TerritoryFigures[];
  total: {
    areaKm2: number;
    sourceAreaKm2: number;
    areaSharePct: number;
    population: number;
    populationSharePct: number | null;
  };
  empireAreaKm2: number;
  empirePopulation: number | null;
}

export { areaKm2 };

/** The area of a territory that lies inside the empire's European part (Kars, in the Caucasus, does not). */
function inside(
  t: Feature<Polygon | MultiPolygon>,
  empire: Feature<Polygon | MultiPolygon>,
): number {
  const common = intersect(featureCollection([t, empire]));
  return common ? areaKm2(common) : 0;
}

/**
 * Figures for each territory and in total, against the empire's European part as drawn.
 * @example stakesOf(territories, empire).total.areaSharePct // e.g. 24.6
 */
export function stakesOf(
  territories: readonly Territory[],
  empire: Feature<Polygon | MultiPolygon>,
  empirePopulation: number | null = null,
): Stakes {
  const popShare = (n: number) => (empirePopulation ? (n / empirePopulation) * 100 : null);
  const empireAreaKm2 = areaKm2(empire);
  const rows = territories.map((t) => {
    const a = areaKm2(t);
    const within = inside(t, empire);
    const src = t.properties.area_km2_source.value;
    return {
      id: t.properties.id,
      name: t.properties.name.en,
      areaKm2: a,
      sourceAreaKm2: src,
      areaDiffPct: ((a - src) / src) * 100,
      areaSharePct: (within / empireAreaKm2) * 100,
      population: t.properties.population_1914.value,
      populationYear: t.properties.population_1914.year,
      // Kars, Ardahan and Batum lie outside the empire part, so their people are not a share of it.
      populationSharePct: within > 0 ? popShare(t.properties.population_1914.value) : null,
    };
  });
  const sum = (k: 'areaKm2' | 'sourceAreaKm2' | 'population' | 'areaSharePct') =>
    rows.reduce((s, r) => s + r[k], 0);
  return {
    rows,
    empireAreaKm2,
    empirePopulation,
    total: {
      areaKm2: sum('areaKm2'),
      sourceAreaKm2: sum('sourceAreaKm2'),
      areaSharePct: sum('areaSharePct'),
      population: sum('population'),
      populationSharePct: empirePopulation
        ? rows.reduce((t, r) => t + (r.populationSharePct ?? 0), 0)
        : null,
    },
  };
}
