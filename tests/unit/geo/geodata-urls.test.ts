import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEODATA_URLS } from '../../../src/lib/geo/geodata-urls';
import { MAPS } from '../../../src/lib/map/maps';

/** The data files on disk under geodata/, by path relative to it. */
const onDisk = (readdirSync('geodata', { recursive: true }) as string[])
  .map((p) => p.replaceAll('\\', '/'))
  .filter((p) => /\.(geojson|json)$/.test(p))
  .sort();

describe('GEODATA_URLS', () => {
  it('has an address for every GeoJSON and JSON file of geodata/, keyed by its path there', () => {
    expect(onDisk.length).toBeGreaterThan(0);
    expect(Object.keys(GEODATA_URLS).sort()).toEqual(onDisk);
  });

  it('leaves out the documentation beside the data', () => {
    expect(Object.keys(GEODATA_URLS).filter((k) => !/\.(geojson|json)$/.test(k))).toEqual([]);
  });

  it('has an address for every layer file and document a map loads', () => {
    for (const def of Object.values(MAPS)) {
      const files = [...def.files.map((f) => f.file), ...Object.values(def.documents ?? {})];
      for (const file of files)
        expect(GEODATA_URLS[file], `${def.id}: ${file}`).toBeTypeOf('string');
    }
  });

  it('gives each file its own address', () => {
    const urls = Object.values(GEODATA_URLS);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('serves each file at its own path outside a build (the dev server and tests)', () => {
    for (const [file, url] of Object.entries(GEODATA_URLS)) expect(url).toBe(`/geodata/${file}`);
  });
});
