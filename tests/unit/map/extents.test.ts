import { describe, expect, it } from 'vitest';
import {
  EUROPE_EXTENT,
  EUROPE_VIEW,
  PETROGRAD_EXTENT,
  PETROGRAD_VIEW,
  type Extent,
} from '../../../src/lib/map/extents';

const contains = ([w, s, e, n]: Extent, [lon, lat]: [number, number]) =>
  lon >= w && lon <= e && lat >= s && lat <= n;

describe.each([
  ['Petrograd', PETROGRAD_EXTENT, PETROGRAD_VIEW],
  ['Europe', EUROPE_EXTENT, EUROPE_VIEW],
] as const)('the %s extents', (_, extent, view) => {
  it.each([
    ['extent', extent],
    ['view', view],
  ] as const)('the %s runs west to east and south to north, within the globe', (__, box) => {
    const [w, s, e, n] = box;
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    expect(w).toBeGreaterThanOrEqual(-180);
    expect(e).toBeLessThanOrEqual(180);
    expect(s).toBeGreaterThanOrEqual(-85);
    expect(n).toBeLessThanOrEqual(85);
  });

  it('frames a view strictly inside the extent, so no clipped edge shows on opening', () => {
    const [w, s, e, n] = extent;
    const [vw, vs, ve, vn] = view;
    expect(vw).toBeGreaterThan(w);
    expect(vs).toBeGreaterThan(s);
    expect(ve).toBeLessThan(e);
    expect(vn).toBeLessThan(n);
  });
});

describe('what the extents cover', () => {
  it('holds Kronstadt and Gatchina in Petrograd, and Smolny and the Baltic station in its view', () => {
    expect(contains(PETROGRAD_EXTENT, [29.77, 59.99])).toBe(true); // Kronstadt
    expect(contains(PETROGRAD_EXTENT, [30.13, 59.57])).toBe(true); // Gatchina
    expect(contains(PETROGRAD_VIEW, [30.395, 59.946])).toBe(true); // Smolny
    expect(contains(PETROGRAD_VIEW, [30.3, 59.907])).toBe(true); // Baltic station
  });

  it('frames Berlin, Helsingfors, Constantinople and Batum in the Europe view', () => {
    expect(contains(EUROPE_VIEW, [13.4, 52.52])).toBe(true);
    expect(contains(EUROPE_VIEW, [24.94, 60.17])).toBe(true);
    expect(contains(EUROPE_VIEW, [28.98, 41.01])).toBe(true);
    expect(contains(EUROPE_VIEW, [41.64, 41.64])).toBe(true);
  });

  it('keeps the city map inside the Europe map', () => {
    const [w, s, e, n] = PETROGRAD_EXTENT;
    expect(contains(EUROPE_EXTENT, [w, s]) && contains(EUROPE_EXTENT, [e, n])).toBe(true);
  });
});
