import { describe, expect, it } from 'vitest';
import type { Feature, LineString } from 'geojson';
import type { SiteProps } from '../../../src/lib/model/features';
import {
  bridgeAt,
  controlAt,
  eventInstant,
  eventsUntil,
  routeAt,
} from '../../../src/lib/time/state';
import { formatInstant, instantToJulianIso, julianInstant } from '../../../src/lib/time/instant';

const ev = (
  julian: string,
  control_after: SiteProps['control_start'],
  extra: Partial<SiteProps['events'][0]> = {},
) => ({
  julian,
  gregorian: '',
  time_known: 'exact' as const,
  actor: 'a',
  what: 'w',
  control_after,
  sources: [],
  ...extra,
});

const telegraph = {
  control_start: 'government',
  events: [ev('1917-10-25T02:00', 'mrc'), ev('1917-10-24T22:00', 'contested')],
} as unknown as SiteProps;

describe('instants', () => {
  it('count Julian dates on the Gregorian clock', () => {
    expect(julianInstant('1917-10-25T08:00')).toBe(Date.UTC(1917, 10, 7, 8, 0));
    expect(instantToJulianIso(Date.UTC(1917, 10, 7, 8, 0))).toBe('1917-10-25T08:00');
    expect(formatInstant(julianInstant('1917-10-26T02:10'))).toBe('26 Oct / 8 Nov 1917, 02:10');
    expect(() => julianInstant('25 Oct')).toThrow(/Not a Julian date/);
  });

  it('put day-only events at noon', () => {
    expect(eventInstant({ julian: '1917-10-29T00:00', time_known: 'day' })).toBe(
      julianInstant('1917-10-29T12:00'),
    );
    expect(eventInstant({ julian: '1917-10-29T03:00', time_known: 'approximate' })).toBe(
      julianInstant('1917-10-29T03:00'),
    );
  });
});

describe('controlAt', () => {
  it('is the holder on 24 October before any event', () => {
    expect(controlAt(telegraph, julianInstant('1917-10-24T06:00'))).toBe('government');
  });

  it('follows events in time order whatever their order in the data', () => {
    expect(controlAt(telegraph, julianInstant('1917-10-24T23:00'))).toBe('contested');
    expect(controlAt(telegraph, julianInstant('1917-10-25T01:59'))).toBe('contested');
    expect(controlAt(telegraph, julianInstant('1917-10-25T02:00'))).toBe('mrc');
    expect(controlAt(telegraph, julianInstant('1917-10-31T00:00'))).toBe('mrc');
  });

  it('lists what happened until a moment, latest first', () => {
    expect(
      eventsUntil(telegraph.events, julianInstant('1917-10-25T03:00')).map((e) => e.control_after),
    ).toEqual(['mrc', 'contested']);
  });
});

describe('bridgeAt', () => {
  const bridge = {
    control_start: 'government',
    bridge_start: 'lowered',
    events: [
      ev('1917-10-24T17:00', 'government', { bridge_after: 'raised' }),
      ev('1917-10-25T01:00', 'mrc', { bridge_after: 'lowered' }),
    ],
  } as unknown as SiteProps;

  it('tracks the opening span', () => {
    expect(bridgeAt(bridge, julianInstant('1917-10-24T12:00'))).toBe('lowered');
    expect(bridgeAt(bridge, julianInstant('1917-10-24T20:00'))).toBe('raised');
    expect(bridgeAt(bridge, julianInstant('1917-10-25T08:00'))).toBe('lowered');
  });

  it('is null for a site that is not a bridge', () => {
    expect(bridgeAt(telegraph, julianInstant('1917-10-25T08:00'))).toBeNull();
  });
});

describe('routeAt', () => {
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [10, 0],
        [10, 10],
      ],
    },
  };
  const times = [100, 200, 400];

  it('is nothing before the start and the whole line after the end', () => {
    expect(routeAt(line, times, 99)).toBeNull();
    expect(routeAt(line, times, 400)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });

  it('interpolates inside a segment', () => {
    expect(routeAt(line, times, 150)).toEqual([
      [0, 0],
      [5, 0],
    ]);
    expect(routeAt(line, times, 300)).toEqual([
      [0, 0],
      [10, 0],
      [10, 5],
    ]);
  });

  it('gives a valid line at the very start, and refuses mismatched times', () => {
    expect(routeAt(line, times, 100)).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(() => routeAt(line, [1, 2], 1)).toThrow(/one time per vertex/);
  });

  it('leaves its input alone', () => {
    const copy = structuredClone(line);
    routeAt(line, times, 300);
    expect(line).toEqual(copy);
  });
});
