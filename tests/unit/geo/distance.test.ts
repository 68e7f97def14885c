import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distancesFrom, formatKm } from '../../../src/lib/geo/distance';

const at = (lng: number, lat: number): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: {},
});

// On a sphere of radius 6371.0088 km a degree of latitude is 111.195 km, so 0.009° is ~1.0008 km.
const origin = at(30.3, 59.9);
const kmNorth = at(30.3, 59.909);
// At 60° N a degree of longitude is half a degree of latitude long: ~55.6 km.
const degreeEast = at(31.3, 60);

describe('distancesFrom', () => {
  it('measures a known distance of about a kilometre', () => {
    const [d] = distancesFrom(origin, [{ name: 'North', feature: kmNorth }]);
    expect(d!.to).toBe('North');
    expect(d!.km).toBeCloseTo(1.0008, 3);
  });

  it('measures a degree of longitude at 60° N as half a degree of latitude', () => {
    const [d] = distancesFrom(at(30.3, 60), [{ name: 'East', feature: degreeEast }]);
    expect(d!.km).toBeGreaterThan(55.5);
    expect(d!.km).toBeLessThan(55.7);
  });

  it('is symmetric', () => {
    const there = distancesFrom(origin, [{ name: 'b', feature: kmNorth }])[0]!.km;
    const back = distancesFrom(kmNorth, [{ name: 'a', feature: origin }])[0]!.km;
    expect(there).toBeCloseTo(back, 9);
  });

  it('lists the anchors nearest first', () => {
    const anchors = [
      { name: 'far', feature: at(30.3, 60.0) },
      { name: 'near', feature: kmNorth },
      { name: 'middle', feature: at(30.3, 59.95) },
    ];
    expect(distancesFrom(origin, anchors).map((d) => d.to)).toEqual(['near', 'middle', 'far']);
    expect(anchors.map((a) => a.name)).toEqual(['far', 'near', 'middle']);
  });

  it('leaves out an anchor within 10 m (the feature itself) but keeps one 20 m off', () => {
    const anchors = [
      { name: 'itself', feature: at(30.3, 59.9) },
      { name: '5 m', feature: at(30.3, 59.900045) },
      { name: '20 m', feature: at(30.3, 59.90018) },
    ];
    expect(distancesFrom(origin, anchors).map((d) => d.to)).toEqual(['20 m']);
  });

  it('is empty without anchors', () => {
    expect(distancesFrom(origin, [])).toEqual([]);
  });
});

describe('formatKm', () => {
  it.each([
    [0.012, '10 m'],
    [0.25, '250 m'],
    [0.254, '250 m'],
    [0.256, '260 m'],
    [0.99, '990 m'],
    [0.996, '1.0 km'],
    [1, '1.0 km'],
    [1.26, '1.3 km'],
    [4.04, '4.0 km'],
    [19.9, '19.9 km'],
    [19.96, '20 km'],
    [20, '20 km'],
    [20.4, '20 km'],
    [123.6, '124 km'],
  ])('writes %f km as %s', (km, text) => {
    expect(formatKm(km)).toBe(text);
  });
});
