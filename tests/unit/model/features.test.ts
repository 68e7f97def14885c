import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SITE_CATEGORIES,
  TERRITORY_STATUSES,
  type SiteProps,
  type TerritoryProps,
} from '../../../src/lib/model/features';
import { parseSites, parseTerritories } from '../../../src/lib/geo/validate';

const read = (file: string): unknown => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));

describe.each([
  ['SITE_CATEGORIES', SITE_CATEGORIES],
  ['TERRITORY_STATUSES', TERRITORY_STATUSES],
])('%s', (_, codes: readonly string[]) => {
  it('lists distinct lower-case codes (they are data values and CSS-safe names)', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('SITE_CATEGORIES', () => {
  const sites = parseSites(read('petrograd/sites.geojson')).features.map(
    (f) => f.properties as SiteProps,
  );

  it('is the set of categories the shipped sites use (no empty legend row, none missing)', () => {
    const used = new Set(sites.map((s) => s.category));
    expect([...used].sort()).toEqual([...SITE_CATEGORIES].sort());
  });
});

describe('TERRITORY_STATUSES', () => {
  const territories = parseTerritories(read('brest-litovsk/territories.geojson')).features.map(
    (f) => f.properties as TerritoryProps,
  );

  it('is the set of statuses the shipped territories pass through', () => {
    const used = new Set(territories.flatMap((t) => t.status.map((s) => s.status)));
    expect([...used].sort()).toEqual([...TERRITORY_STATUSES].sort());
  });
});
