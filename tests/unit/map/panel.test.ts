import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import {
  anchorDistances,
  latestEvent,
  peaceMarks,
  siteMarks,
  sitesOf,
  targetOn,
  territoriesOf,
} from '../../../src/lib/map/panel';
import type { IndexedFeature, LoadedMap } from '../../../src/lib/map/load';
import type { PeaceEvent, Site } from '../../../src/lib/model/features';

const event = (id: string, date: string): PeaceEvent => ({
  id,
  date,
  julian: null,
  title: `Title ${id}`,
  text: `Text ${id}`,
  kind: 'treaty',
  places: [],
  sources: [],
});

const site = (id: string, lng: number, lat: number): Site =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lng, lat] },
    properties: {
      id,
      name: { en: `Site ${id}`, ru: id, today: id },
      category: 'government',
      role: '',
      position: { precision: 'building', note: '' },
      control_start: 'government',
      sources: [],
      events: [
        {
          julian: '1917-10-25T10:00',
          gregorian: '1917-11-07T10:00',
          time_known: 'exact',
          actor: 'MRC',
          what: 'taken',
          control_after: 'mrc',
          sources: [0],
        },
      ],
    },
  }) as unknown as Site;

const indexed = (
  key: string,
  feature: Feature,
  mapId: 'petrograd' | 'brest-litovsk' = 'petrograd',
) =>
  ({
    key,
    source: key.startsWith('site:') ? 'sites' : 'places',
    id: key.split(':')[1]!,
    mapId,
    name: `Name of ${key}`,
    feature,
  }) as IndexedFeature;

describe('the marks under the timeline', () => {
  it('marks each site event at its Gregorian instant, coloured by who held the site after it', () => {
    const marks = siteMarks([site('a', 30.3, 59.9)]);
    expect(marks).toEqual([
      {
        t: Date.UTC(1917, 10, 7, 10, 0),
        tone: 'mrc',
        label: expect.stringMatching(/^Site a: taken \(then /),
      },
    ]);
  });
  it('marks each event of the peace at midnight of its Gregorian day', () => {
    expect(peaceMarks([event('x', '1918-03-03')])).toEqual([
      { t: Date.UTC(1918, 2, 3), tone: 'event', label: 'Title x: Text x' },
    ]);
  });
});

describe('latestEvent', () => {
  const events = [event('signed', '1918-03-03'), event('armistice', '1917-12-15')];
  it('is the last event on or before the moment, whatever the order given', () => {
    expect(latestEvent(events, Date.UTC(1918, 2, 3))?.id).toBe('signed');
    expect(latestEvent(events, Date.UTC(1918, 2, 2, 23))?.id).toBe('armistice');
  });
  it('is null before the first event, and leaves the list as it was', () => {
    expect(latestEvent(events, Date.UTC(1917, 11, 14))).toBeNull();
    expect(events.map((e) => e.id)).toEqual(['signed', 'armistice']);
  });
});

describe('anchorDistances', () => {
  // Two points 0.01° of latitude apart are about 1.11 km apart.
  const smolny = indexed('site:smolny', site('smolny', 30.39, 59.95));
  const palace = indexed('site:winter-palace', site('winter-palace', 30.39, 59.94));
  const features = new Map([smolny, palace].map((f) => [f.key, f]));
  it('measures a selected site from the headquarters and the target, leaving itself out', () => {
    const d = anchorDistances(smolny, features);
    expect(d.map((x) => x.to)).toEqual(['Name of site:winter-palace']);
    expect(d[0]!.km).toBeCloseTo(1.11, 1);
  });
  it('measures nothing for a feature that is not a site, or when nothing is selected', () => {
    const place = indexed('place:brest', site('b', 23.7, 52.1) as Feature<Point>, 'brest-litovsk');
    expect(anchorDistances(place, features)).toEqual([]);
    expect(anchorDistances(null, features)).toEqual([]);
  });
});

describe('targetOn', () => {
  const f = indexed('site:smolny', site('smolny', 30.39, 59.95));
  it('names the source and id of a feature of the map shown, and nothing of another map', () => {
    expect(targetOn('petrograd', f)).toEqual({ source: 'sites', id: 'smolny' });
    expect(targetOn('brest-litovsk', f)).toBeNull();
    expect(targetOn('petrograd', undefined)).toBeNull();
  });
});

describe('the layers of a loaded map', () => {
  it('are empty while the map loads', () => {
    expect(sitesOf(null)).toEqual([]);
    expect(territoriesOf(undefined)).toEqual([]);
  });
  it('are the features of the layer once loaded', () => {
    const s = site('a', 30, 60);
    const map = {
      id: 'petrograd',
      layers: { sites: { type: 'FeatureCollection', features: [s] } },
      features: new Map(),
      documents: {},
    } as unknown as LoadedMap;
    expect(sitesOf(map)).toEqual([s]);
    expect(territoriesOf(map)).toEqual([]);
  });
});
