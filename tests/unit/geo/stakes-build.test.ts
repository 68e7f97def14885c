import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stakesFromGeodata } from '../../../src/lib/geo/stakes-build';

const read = (f: string) =>
  JSON.parse(readFileSync(`geodata/brest-litovsk/${f}`, 'utf8')) as unknown;

describe('the stakes computed at build time', () => {
  it('come from the shipped territories and frontier, every territory with its share', () => {
    const s = stakesFromGeodata(read('territories.geojson'), read('frontier-1914.geojson'));
    expect(s.rows.map((r) => r.id)).toContain('finland');
    expect(s.empirePopulation).toBeGreaterThan(0);
    // Kars, Ardahan and Batum lie outside the empire's European part: no share of it.
    expect(s.rows.find((r) => r.id === 'kars-ardahan-batum')?.areaSharePct).toBe(0);
    expect(s.total.areaSharePct).toBeGreaterThan(15);
    // The result survives the trip into a JavaScript module unchanged.
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('say plainly when the frontier has no empire outline', () => {
    const frontier = read('frontier-1914.geojson') as {
      features: { properties: { kind: string } }[];
    };
    frontier.features = frontier.features.filter((f) => f.properties.kind !== 'empire');
    expect(() => stakesFromGeodata(read('territories.geojson'), frontier)).toThrow(/empire/);
  });
});
