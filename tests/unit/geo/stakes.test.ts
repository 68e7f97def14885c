import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { areaKm2, stakesOf } from '../../../src/lib/geo/stakes';
import type { Territory } from '../../../src/lib/model/features';

/** A one-degree square at the equator is about 12,364 km² on turf's sphere. */
const square = (x: number, y: number, size = 1): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  },
});

const territory = (id: string, x: number, sourceArea: number, population: number): Territory =>
  ({
    ...square(x, 0),
    properties: {
      id,
      name: { en: id, ru: id },
      area_km2_source: { value: sourceArea, source: { title: 't' } },
      population_1914: { value: population, year: 1914, source: { title: 't' } },
    },
  }) as unknown as Territory;

describe('stakes', () => {
  it('measures areas geodesically', () => {
    expect(areaKm2(square(0, 0))).toBeCloseTo(12_364, -1);
    expect(areaKm2(square(0, 60))).toBeCloseTo(12_364 * Math.cos((60.5 * Math.PI) / 180), -2);
  });

  it('gives each territory its share of the empire and its difference from the source', () => {
    const s = stakesOf(
      [territory('a', 0, 12_000, 1e6), territory('b', 1, 13_000, 2e6)],
      square(0, 0, 4),
    );
    expect(s.rows[0]!.areaSharePct).toBeCloseTo(100 / 16, 1);
    expect(s.rows[0]!.areaDiffPct).toBeCloseTo(((12_364 - 12_000) / 12_000) * 100, 0);
    expect(s.total.population).toBe(3e6);
    expect(s.total.areaSharePct).toBeCloseTo(200 / 16, 1);
  });

  it('gives population shares against the empire’s population, none for land outside it', () => {
    const s = stakesOf(
      [territory('a', 0, 12_000, 1e6), territory('outside', 10, 12_000, 5e5)],
      square(0, 0, 4),
      4e6,
    );
    expect(s.rows[0]!.populationSharePct).toBe(25);
    expect(s.rows[1]!.populationSharePct).toBeNull();
    expect(s.total.populationSharePct).toBe(25);
    expect(
      stakesOf([territory('a', 0, 12_000, 1e6)], square(0, 0, 4)).total.populationSharePct,
    ).toBeNull();
  });

  it('counts only the part of a territory inside the empire towards its share', () => {
    const s = stakesOf(
      [territory('outside', 10, 12_000, 1), territory('half', 3.5, 12_000, 1)],
      square(0, 0, 4),
    );
    expect(s.rows[0]!.areaSharePct).toBe(0);
    expect(s.rows[1]!.areaSharePct).toBeCloseTo(50 / 16, 1);
  });
});
