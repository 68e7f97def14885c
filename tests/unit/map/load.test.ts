import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureName, GeodataError, LoadError, loadMap } from '../../../src/lib/map/load';
import { MAPS, type MapDef } from '../../../src/lib/map/maps';
import { SOURCE } from '../../../src/lib/map/layers';

type Reply = { ok: boolean; status: number; json(): Promise<unknown> };

/** Every file of every map, served from geodata/ under a build-like URL. */
const urls: Record<string, string> = Object.fromEntries(
  Object.values(MAPS).flatMap((def) =>
    [...def.files.map((f) => f.file), ...Object.values(def.documents ?? {})].map((file) => [
      file,
      `/assets/${file.replace('/', '-')}`,
    ]),
  ),
);
const fileOf = (url: string) => Object.keys(urls).find((k) => urls[k] === url)!;

/** A fetch that reads geodata/ from disk, with per-file overrides. */
function fakeFetch(overrides: Record<string, () => Reply> = {}) {
  const asked: string[] = [];
  const fetchFn = (url: string): Promise<Reply> => {
    asked.push(url);
    const file = fileOf(url);
    const override = overrides[file];
    if (override) return Promise.resolve(override());
    const text = readFileSync(`geodata/${file}`, 'utf8');
    return Promise.resolve({ ok: true, status: 200, json: async () => JSON.parse(text) });
  };
  return { fetchFn, asked };
}

describe('loadMap', () => {
  it('loads every layer of Petrograd and indexes linkable features by reference', async () => {
    const { fetchFn, asked } = fakeFetch();
    const loaded = await loadMap(MAPS.petrograd, urls, fetchFn);
    expect(loaded.id).toBe('petrograd');
    expect(Object.keys(loaded.layers).sort()).toEqual(
      MAPS.petrograd.files.map((f) => f.source).sort(),
    );
    expect(asked.sort()).toEqual(MAPS.petrograd.files.map((f) => urls[f.file]).sort());
    const smolny = loaded.features.get('site:smolny');
    expect(smolny).toMatchObject({
      key: 'site:smolny',
      source: SOURCE.sites,
      id: 'smolny',
      mapId: 'petrograd',
      name: 'Smolny Institute',
    });
    expect(loaded.features.get('water:neva')?.source).toBe(SOURCE.water);
    // Streets are drawn but not linkable.
    expect([...loaded.features.keys()].some((k) => !/^(site|water):/.test(k))).toBe(false);
    const sites = loaded.layers[SOURCE.sites]!.features.length;
    const water = loaded.layers[SOURCE.water]!.features.length;
    expect(loaded.features.size).toBe(sites + water);
    expect(loaded.documents).toEqual({});
  });

  it('loads the peace map with its documents', async () => {
    const { fetchFn } = fakeFetch();
    const loaded = await loadMap(MAPS['brest-litovsk'], urls, fetchFn);
    expect(loaded.features.get('place:brest-litovsk')?.name).toBe('Brest-Litovsk');
    expect([...loaded.features.keys()].every((k) => /^(place|territory):/.test(k))).toBe(true);
    expect(loaded.documents.shares?.length).toBeGreaterThan(0);
    expect(loaded.documents.events?.length).toBeGreaterThan(0);
  });

  it('names the file and the status when the server answers 404', async () => {
    const { fetchFn } = fakeFetch({
      'petrograd/streets.geojson': () => ({
        ok: false,
        status: 404,
        json: () => Promise.reject(new Error('not JSON')),
      }),
    });
    const error = await loadMap(MAPS.petrograd, urls, fetchFn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({
      name: 'LoadError',
      file: 'petrograd/streets.geojson',
      message: 'Could not load petrograd/streets.geojson: the server answered 404',
    });
  });

  it('names the file when it is not JSON', async () => {
    const { fetchFn } = fakeFetch({
      'petrograd/sites.geojson': () => ({
        ok: true,
        status: 200,
        json: async () => JSON.parse('<html>'),
      }),
    });
    const error = await loadMap(MAPS.petrograd, urls, fetchFn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).file).toBe('petrograd/sites.geojson');
    expect((error as Error).message).toMatch(/^Could not load petrograd\/sites\.geojson: .+/);
  });

  it('names the file when the network fails', async () => {
    const { fetchFn } = fakeFetch({
      'brest-litovsk/events.json': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(loadMap(MAPS['brest-litovsk'], urls, fetchFn)).rejects.toThrow(
      'Could not load brest-litovsk/events.json: Failed to fetch',
    );
  });

  it('refuses a file the build does not serve, without fetching it', async () => {
    const { fetchFn, asked } = fakeFetch();
    const partial = { ...urls };
    delete partial['petrograd/canals.geojson'];
    await expect(loadMap(MAPS.petrograd, partial, fetchFn)).rejects.toThrow(
      new LoadError('petrograd/canals.geojson', 'the file is not part of this build'),
    );
    expect(asked).not.toContain(urls['petrograd/canals.geojson']);
  });

  it('reports JSON that fails validation as a GeodataError naming the layer', async () => {
    const { fetchFn } = fakeFetch({
      'petrograd/sites.geojson': () => ({
        ok: true,
        status: 200,
        json: async () => ({ type: 'FeatureCollection', features: [{ type: 'Feature' }] }),
      }),
    });
    const error = await loadMap(MAPS.petrograd, urls, fetchFn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeodataError);
    expect((error as GeodataError).layer).toBe('sites');
    expect((error as Error).message).toMatch(/^The sites data is not valid/);
  });

  it('loads a map with no files to an empty index', async () => {
    const empty: MapDef = { ...MAPS.petrograd, files: [] };
    const loaded = await loadMap(empty, {}, fakeFetch().fetchFn);
    expect(loaded.features.size).toBe(0);
    expect(loaded.layers).toEqual({});
  });
});

describe('featureName', () => {
  const f = (properties: unknown, id?: string): Feature =>
    ({ type: 'Feature', id, geometry: null, properties }) as unknown as Feature;

  it('prefers the period English name, then the English name', () => {
    expect(featureName(f({ name: { en: 'Neva', period_en: 'Neva (1917)' } }))).toBe('Neva (1917)');
    expect(featureName(f({ name: { en: 'Neva', ru: 'Нева' } }))).toBe('Neva');
  });

  it('falls back to the feature id, then to an empty string', () => {
    expect(featureName(f({}, 'x-1'))).toBe('x-1');
    expect(featureName(f(null, 'x-2'))).toBe('x-2');
    expect(featureName(f(null))).toBe('');
  });
});
