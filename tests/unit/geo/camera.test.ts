import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { cameraFor, featuresBounds } from '../../../src/lib/geo/camera';

const pt = (x: number, y: number): Feature<Point> => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [x, y] },
});

describe('camera', () => {
  it('frames one point with a zoom limit', () => {
    expect(cameraFor([pt(30.39, 59.94)], { maxZoom: 15 })).toEqual({
      bounds: [30.39, 59.94, 30.39, 59.94],
      maxZoom: 15,
    });
  });

  it('frames several features by their bounding box', () => {
    expect(featuresBounds([pt(30.39, 59.94), pt(30.31, 59.95)])).toEqual([
      30.31, 59.94, 30.39, 59.95,
    ]);
  });

  it('returns null for nothing and leaves its input alone', () => {
    expect(cameraFor([], { maxZoom: 15 })).toBeNull();
    const input = [pt(1, 2)];
    const copy = structuredClone(input);
    featuresBounds(input);
    expect(input).toEqual(copy);
  });
});
