import { describe, expect, it } from 'vitest';
import bboxPolygon from '@turf/bbox-polygon';
import { areaKm2 } from '../../../src/lib/geo/area';

describe('areaKm2', () => {
  it('measures a one-degree cell at 59–60° N as about 6,200 km², without changing it', () => {
    const cell = bboxPolygon([30, 59, 31, 60]);
    const copy = structuredClone(cell);
    expect(areaKm2(cell)).toBeGreaterThan(6100);
    expect(areaKm2(cell)).toBeLessThan(6300);
    expect(cell).toEqual(copy);
  });
});
