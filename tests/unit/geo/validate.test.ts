import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GeodataError,
  layerSources,
  parseBasemap,
  parsePlaces,
  parseSites,
  parseWater,
} from '../../../src/lib/geo/validate';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/sites-two.geojson', 'utf8'));

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof GeodataError) return e.problems;
    throw e;
  }
  return [];
}

describe('parseSites', () => {
  it('accepts a valid layer and returns it typed', () => {
    const layer = parseSites(fixture());
    expect(layer.features.map((f) => f.properties.id)).toEqual(['smolny', 'winter-palace']);
    expect(layer.features[0]!.properties.name.ru).toBe('Смольный институт');
  });

  it('does not modify its input', () => {
    const json = fixture();
    const copy = structuredClone(json);
    parseSites(json);
    expect(json).toEqual(copy);
  });

  it('lists every problem with its path', () => {
    const json = fixture();
    json.features[0].properties.category = 'palace';
    delete json.features[1].properties.sources;
    json.features[1].properties.id = 'smolny';
    json.features[1].id = 'smolny';
    const found = problems(() => parseSites(json));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('features[0].properties.category: should be one of government'),
        expect.stringContaining('features[1].properties.sources: should be a non-empty list'),
        expect.stringContaining('"smolny" is used twice'),
      ]),
    );
  });

  it('refuses an event whose two calendars disagree', () => {
    const json = fixture();
    json.features[0].properties.events[0].gregorian = '1917-11-08T22:40';
    expect(problems(() => parseSites(json))).toEqual([
      expect.stringContaining(
        'Julian 1917-10-25T22:40 is Gregorian 1917-11-07T22:40, not 1917-11-08T22:40',
      ),
    ]);
  });

  it('refuses event sources that do not exist, bad ids, bad coordinates and non-web URLs', () => {
    const json = fixture();
    json.features[0].properties.events[0].sources = [3];
    json.features[0].geometry.coordinates = [200, 59];
    json.features[1].properties.id = 'Winter Palace';
    json.features[1].id = 'Winter Palace';
    json.features[0].properties.sources[0].url = 'javascript:alert(1)';
    const found = problems(() => parseSites(json));
    expect(found.join('\n')).toMatch(/sources\[0\]: should index/);
    expect(found.join('\n')).toMatch(/coordinates: should be a \[longitude, latitude\] pair/);
    expect(found.join('\n')).toMatch(/"Winter Palace" should be kebab-case/);
    expect(found.join('\n')).toMatch(/url: should be an http\(s\) address/);
  });

  it('says clearly when the file is not a FeatureCollection at all', () => {
    expect(() => parseSites('<html>')).toThrow(/The sites data is not valid/);
    expect(() => parseSites(null)).toThrow(GeodataError);
  });
});

describe('other layers', () => {
  const meta = { title: 't', sources: [{ title: 's' }] };
  const square = [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ];

  it('validates water polygons and refuses open rings', () => {
    const water = {
      type: 'FeatureCollection',
      metadata: meta,
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: square },
          properties: {
            id: 'neva',
            kind: 'river',
            name: { en: 'Neva', ru: 'Нева' },
            accuracy_m: 50,
            note: 'n',
            sources: [{ title: 's' }],
          },
        },
      ],
    };
    expect(parseWater(water).features).toHaveLength(1);
    const open = structuredClone(water);
    open.features[0]!.geometry.coordinates[0]!.pop();
    expect(problems(() => parseWater(open))).toEqual([
      expect.stringContaining('ring should be closed'),
    ]);
  });

  it('validates places and basemaps', () => {
    const place = {
      type: 'FeatureCollection',
      metadata: meta,
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [24.7, 59.4] },
          properties: {
            id: 'reval',
            name: { period_en: 'Reval', today_en: 'Tallinn' },
            kind: 'port',
            rank: 2,
            country_1914: 'Russian Empire',
            note: 'n',
            position: { precision_m: 1000, source: { title: 's' } },
            sources: [{ title: 's' }],
          },
        },
      ],
    };
    expect(parsePlaces(place).features[0]!.properties.name.today_en).toBe('Tallinn');
    const land = {
      type: 'FeatureCollection',
      metadata: meta,
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: square },
          properties: { kind: 'land' },
        },
      ],
    };
    expect(parseBasemap(land).features).toHaveLength(1);
    expect(problems(() => parseBasemap({ ...land, metadata: { title: 't' } }))).toEqual([
      expect.stringContaining('metadata.sources: should be a non-empty list'),
    ]);
  });

  it('collects a layer’s sources once each', () => {
    const layer = parseSites(fixture());
    expect(layerSources(layer).map((s) => s.title + (s.url ?? ''))).toEqual([
      'Fixture',
      'Fixturehttps://example.org/a',
    ]);
  });
});
