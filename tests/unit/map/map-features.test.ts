import { describe, expect, it } from 'vitest';
import type { Feature, Geometry, Point } from 'geojson';
import type {
  BasemapFeature,
  CityFeature,
  FrontierFeature,
  Layer,
  Movement,
  Place,
  Site,
  Territory,
  WarLine,
  Water,
} from '../../../src/lib/model/features';
import {
  basemapForMap,
  cityForMap,
  cityLabel,
  frontierForMap,
  movementsForMap,
  placesForMap,
  sitesForMap,
  territoriesForMap,
  warLinesForMap,
  waterForMap,
} from '../../../src/lib/map/map-features';
import { julianInstant } from '../../../src/lib/time/instant';

const source = { title: 'fixture' };
const metadata = { title: 'fixture', sources: [] };
const layer = <F extends Feature>(features: F[]): Layer<F> =>
  ({ type: 'FeatureCollection', features, metadata }) as unknown as Layer<F>;
const point: Point = { type: 'Point', coordinates: [30.3, 59.9] };
const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
/** Each flattener must leave the canonical layer as it found it: the same layer feeds every view. */
function unchanged<T>(value: T, run: (v: T) => unknown) {
  const before = structuredClone(value);
  run(value);
  expect(value).toEqual(before);
}

const bridge: Site = {
  type: 'Feature',
  geometry: point,
  properties: {
    id: 'palace-bridge',
    name: { en: 'Palace Bridge', ru: 'Дворцовый мост', period_en: 'Palace Bridge (1917)' },
    category: 'bridge',
    role: '',
    position: { precision_m: 40, approximate: true, source },
    control_start: 'government',
    bridge_start: 'lowered',
    events: [
      {
        julian: '1917-10-24T18:00',
        gregorian: '',
        time_known: 'exact',
        actor: '',
        what: '',
        control_after: 'government',
        bridge_after: 'raised',
        sources: [],
      },
      {
        julian: '1917-10-25',
        gregorian: '',
        time_known: 'day',
        actor: '',
        what: '',
        control_after: 'mrc',
        bridge_after: 'lowered',
        sources: [],
      },
    ],
    sources: [],
  },
};
const smolny: Site = {
  type: 'Feature',
  geometry: point,
  properties: {
    id: 'smolny',
    name: { en: 'Smolny', ru: 'Смольный', today_en: 'Smolny Institute' },
    category: 'bolshevik-command',
    role: '',
    position: { precision_m: 5, source },
    control_start: 'mrc',
    events: [],
    sources: [],
  },
};

describe('sitesForMap', () => {
  const sites = layer([bridge, smolny]);

  it('resolves holder, bridge state and icon for the moment shown', () => {
    const evening = sitesForMap(sites, {
      time: julianInstant('1917-10-24T20:00'),
      names: 'period',
    });
    expect(evening.features[0]!.properties).toEqual({
      id: 'palace-bridge',
      category: 'bridge',
      control: 'government',
      bridge: 'raised',
      icon: 'site/bridge/government/raised',
      label: 'Palace Bridge (1917)',
      approximate: true,
      precision_m: 40,
    });
    expect(evening.features[0]!.id).toBe('palace-bridge');
    // A day-only event takes effect at noon, so 11:00 is still before it.
    const before = sitesForMap(sites, { time: julianInstant('1917-10-25T11:00'), names: 'period' });
    expect(before.features[0]!.properties.control).toBe('government');
    const after = sitesForMap(sites, { time: julianInstant('1917-10-25T12:00'), names: 'period' });
    expect(after.features[0]!.properties).toMatchObject({
      control: 'mrc',
      bridge: 'lowered',
      icon: 'site/bridge/mrc',
    });
  });

  it('gives non-bridges an empty bridge state and no approximate flag unless set', () => {
    const p = sitesForMap(sites, { time: 0, names: 'period' }).features[1]!.properties;
    expect(p).toMatchObject({ bridge: '', approximate: false, icon: 'site/bolshevik-command/mrc' });
  });

  it('labels in each name style, falling back to the plain English or Russian name', () => {
    const label = (names: 'period' | 'today' | 'ru') =>
      sitesForMap(sites, { time: 0, names }).features.map((f) => f.properties.label);
    expect(label('period')).toEqual(['Palace Bridge (1917)', 'Smolny']);
    expect(label('today')).toEqual(['Palace Bridge', 'Smolny Institute']);
    expect(label('ru')).toEqual(['Дворцовый мост', 'Смольный']);
  });

  it('does not mutate the layer', () => {
    unchanged(sites, (l) => sitesForMap(l, { time: julianInstant('1917-10-26'), names: 'ru' }));
  });
});

describe('cityLabel', () => {
  it('prefers the period or today name over the plain one, per style', () => {
    const n = { en: 'E', ru: 'R', period_en: 'PE', period_ru: 'PR', today_en: 'TE' };
    expect(cityLabel(n, 'period')).toBe('PE');
    expect(cityLabel(n, 'today')).toBe('TE');
    expect(cityLabel(n, 'ru')).toBe('PR');
    expect(cityLabel({ en: 'E', ru: 'R' }, 'ru')).toBe('R');
  });
});

describe('waterForMap', () => {
  const water = layer<Water>([
    {
      type: 'Feature',
      geometry: square as Water['geometry'],
      properties: {
        id: 'neva',
        kind: 'river',
        name: { en: 'Neva', ru: 'Нева' },
        accuracy_m: 1,
        note: '',
        sources: [],
      },
    },
  ]);
  it('labels water in Russian only for the Russian style', () => {
    expect(waterForMap(water, { time: 0, names: 'ru' }).features[0]!.properties).toEqual({
      id: 'neva',
      kind: 'river',
      label: 'Нева',
    });
    expect(waterForMap(water, { time: 0, names: 'today' }).features[0]!.properties?.label).toBe(
      'Neva',
    );
    unchanged(water, (l) => waterForMap(l, { time: 0, names: 'ru' }));
  });
});

describe('placesForMap', () => {
  const place = (id: string, name: Place['properties']['name']): Place => ({
    type: 'Feature',
    geometry: point,
    properties: {
      id,
      name,
      kind: 'city',
      rank: 2,
      country_1914: '',
      note: '',
      position: { precision_m: 1, source },
      sources: [],
    },
  });
  const places = layer([
    place('reval', { period_en: 'Reval', today_en: 'Tallinn', period_ru: 'Ревель' }),
    place('brest', { period_en: 'Brest-Litovsk', today_en: 'Brest' }),
  ]);
  it('uses period, today or Russian names, Russian falling back to the period English', () => {
    const labels = (names: 'period' | 'today' | 'ru') =>
      placesForMap(places, { time: 0, names }).features.map((f) => f.properties?.label);
    expect(labels('period')).toEqual(['Reval', 'Brest-Litovsk']);
    expect(labels('today')).toEqual(['Tallinn', 'Brest']);
    expect(labels('ru')).toEqual(['Ревель', 'Brest-Litovsk']);
    expect(placesForMap(places, { time: 0, names: 'period' }).features[0]!.properties).toEqual({
      id: 'reval',
      rank: 2,
      kind: 'city',
      label: 'Reval',
    });
    unchanged(places, (l) => placesForMap(l, { time: 0, names: 'ru' }));
  });
});

describe('basemapForMap', () => {
  it('passes the features through', () => {
    const f: BasemapFeature = {
      type: 'Feature',
      geometry: square as BasemapFeature['geometry'],
      properties: { kind: 'land' },
    };
    expect(basemapForMap(layer([f]))).toEqual({ type: 'FeatureCollection', features: [f] });
  });
});

describe('cityForMap', () => {
  const street: CityFeature = {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    },
    properties: {
      id: 'nevsky',
      kind: 'street',
      name: { en: 'Nevsky Prospekt', ru: 'Невский проспект', period_en: 'Nevsky Prospect' },
      accuracy_m: 1,
      note: '',
      sources: [],
    },
  };
  it('defaults rank to 2 and width to 20 m, and labels in the style', () => {
    const fc = cityForMap(layer([street]), { time: 0, names: 'period' });
    expect(fc.features[0]!.properties).toEqual({
      id: 'nevsky',
      kind: 'street',
      rank: 2,
      width_m: 20,
      label: 'Nevsky Prospect',
    });
    const ranked = { ...street, properties: { ...street.properties, rank: 1, width_m: 35 } };
    expect(
      cityForMap(layer([ranked]), { time: 0, names: 'ru' }).features[0]!.properties,
    ).toMatchObject({ rank: 1, width_m: 35, label: 'Невский проспект' });
    unchanged(layer([street]), (l) => cityForMap(l, { time: 0, names: 'today' }));
  });
});

describe('movementsForMap', () => {
  const march: Movement = {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    },
    properties: {
      id: 'march',
      name: { en: 'March', ru: 'Марш' },
      actor: '',
      side: 'mrc',
      times: [
        { julian: '1917-10-25T10:00', gregorian: '' },
        { julian: '1917-10-25T12:00', gregorian: '' },
        { julian: '1917-10-25T14:00', gregorian: '' },
      ],
      time_known: 'exact',
      from: '',
      to: '',
      route_note: '',
      accuracy_m: 1,
      summary: '',
      sources: [],
    },
  };
  const moves = layer([march]);

  it('leaves out a route not yet begun', () => {
    expect(
      movementsForMap(moves, { time: julianInstant('1917-10-25T09:59'), names: 'period' }).features,
    ).toEqual([]);
  });

  it('cuts the route at the moment shown and says when it has arrived', () => {
    const mid = movementsForMap(moves, {
      time: julianInstant('1917-10-25T13:00'),
      names: 'period',
    });
    expect(mid.features[0]!.geometry.coordinates).toEqual([
      [0, 0],
      [10, 0],
      [10, 5],
    ]);
    expect(mid.features[0]!.properties).toEqual({
      id: 'march',
      side: 'mrc',
      arrived: false,
      label: 'March',
    });
    const end = movementsForMap(moves, { time: julianInstant('1917-10-25T14:00'), names: 'ru' });
    expect(end.features[0]!.geometry.coordinates).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
    expect(end.features[0]!.properties).toMatchObject({ arrived: true, label: 'Марш' });
  });

  it('does not mutate the layer', () => {
    unchanged(moves, (l) =>
      movementsForMap(l, { time: julianInstant('1917-10-25T11:00'), names: 'period' }),
    );
  });
});

describe('territoriesForMap', () => {
  const t: Territory = {
    type: 'Feature',
    geometry: square as Territory['geometry'],
    properties: {
      id: 'poland',
      name: { en: 'Poland (Congress Kingdom)', ru: 'Польша (Царство)' },
      basis_1914: '',
      treaty: [],
      status: [
        { date: '1915-08-05', julian: null, status: 'occupied', note: '' },
        { date: '1918-03-03', julian: null, status: 'ceded', note: '' },
      ],
      fate: '',
      area_km2_source: { value: 1, source },
      population_1914: { value: 1, source },
      accuracy_km: 1,
      note: '',
      sources: [],
    },
  };
  it('colours by the status at the date and drops parenthesised asides from the label', () => {
    const before = territoriesForMap(layer([t]), { time: Date.UTC(1918, 2, 2), names: 'period' });
    expect(before.features[0]!.properties).toEqual({
      id: 'poland',
      status: 'occupied',
      label: 'Poland',
    });
    const after = territoriesForMap(layer([t]), { time: Date.UTC(1918, 2, 3), names: 'ru' });
    expect(after.features[0]!.properties).toEqual({
      id: 'poland',
      status: 'ceded',
      label: 'Польша',
    });
    unchanged(layer([t]), (l) => territoriesForMap(l, { time: 0, names: 'period' }));
  });
});

describe('frontierForMap', () => {
  const f = (id: string, kind: 'frontier' | 'empire'): FrontierFeature => ({
    type: 'Feature',
    geometry: square as FrontierFeature['geometry'],
    properties: { id, kind, name: { en: id, ru: id }, accuracy_km: 1, note: '', sources: [] },
  });
  it('keeps only the frontier lines, with just their id', () => {
    const fc = frontierForMap(layer([f('west', 'frontier'), f('empire', 'empire')]));
    expect(fc.features.map((x) => [x.id, x.properties])).toEqual([['west', { id: 'west' }]]);
  });
});

describe('warLinesForMap', () => {
  const line = (id: string, kind: WarLine['properties']['kind'], date: string): WarLine => ({
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    },
    properties: {
      id,
      kind,
      name: { en: `${id} en`, ru: `${id} ru` },
      date,
      julian: null,
      accuracy_km: 1,
      note: '',
      sources: [],
    },
  });
  const lines = layer([
    line('advance', 'advance', '1918-03-03'),
    line('armistice', 'front', '1917-12-15'),
    line('treaty', 'treaty-line', '1918-03-03'),
  ]);
  const ids = (time: number) =>
    warLinesForMap(lines, { time, names: 'period' }).features.map((f) => f.id);

  it('shows no line before the first front', () => {
    expect(ids(Date.UTC(1917, 11, 14))).toEqual([]);
  });

  it('shows only the latest front in force, and the treaty line from its signing', () => {
    expect(ids(Date.UTC(1917, 11, 15))).toEqual(['armistice']);
    expect(ids(Date.UTC(1918, 2, 2))).toEqual(['armistice']);
    expect(ids(Date.UTC(1918, 2, 3))).toEqual(['advance', 'treaty']);
  });

  it('labels in Russian for the Russian style and does not mutate the layer', () => {
    const fc = warLinesForMap(lines, { time: Date.UTC(1918, 2, 3), names: 'ru' });
    expect(fc.features[1]!.properties).toEqual({
      id: 'treaty',
      kind: 'treaty-line',
      label: 'treaty ru',
    });
    unchanged(lines, (l) => warLinesForMap(l, { time: Date.UTC(1918, 2, 3), names: 'ru' }));
  });
});
