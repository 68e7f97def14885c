import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViewUrl, historyStep, parseViewUrl, type ViewUrl } from '../../../src/lib/url-state';

const ctx = {
  mapIds: ['petrograd', 'brest-litovsk'],
  names: ['period', 'today', 'ru'],
  themes: ['paper', 'projector'],
};
const parse = (url: string) => {
  const u = new URL(url, 'http://x/');
  return parseViewUrl(u.search, u.hash, ctx);
};

describe('parseViewUrl', () => {
  it('reads a whole view', () => {
    const { view, problems } = parse(
      '?map=petrograd&t=1917-11-07T08:00&card=site:smolny&at=30.3161,59.9373,13.66&names=ru&theme=projector&slide=12#p-12',
    );
    expect(problems).toEqual([]);
    expect(view).toEqual({
      map: 'petrograd',
      time: Date.UTC(1917, 10, 7, 8, 0),
      card: 'site:smolny',
      camera: { lng: 30.3161, lat: 59.9373, zoom: 13.66 },
      names: 'ru',
      theme: 'projector',
      slide: 11,
      passage: 'p-12',
    });
  });

  it('keeps what it understands and names what it does not', () => {
    const { view, problems } = parse(
      '?map=moscow&t=1917-02-30T08:00&card=javascript:alert(1)&at=999,0,3&names=&slide=0#<img>',
    );
    expect(view).toEqual({});
    expect(problems).toHaveLength(6);
    expect(problems[0]).toContain('map (“moscow”)');
  });
});

describe('formatViewUrl', () => {
  it('round-trips any view it can write (property)', () => {
    const view = fc.record(
      {
        map: fc.constantFrom('petrograd', 'brest-litovsk'),
        passage: fc.integer({ min: 1, max: 9999 }).map((n) => `p-${n}`),
        time: fc
          .integer({ min: Date.UTC(1917, 0, 1) / 60_000, max: Date.UTC(1918, 11, 31) / 60_000 })
          .map((m) => m * 60_000),
        card: fc.constantFrom('site:smolny', 'territory:ukraine', 'place:brest-litovsk'),
        camera: fc.record({
          lng: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
          lat: fc.integer({ min: -850_000, max: 850_000 }).map((n) => n / 10_000),
          zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
        }),
        names: fc.constantFrom('period', 'today', 'ru'),
        theme: fc.constantFrom('paper', 'projector'),
        slide: fc.integer({ min: 0, max: 998 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(view, (v: ViewUrl) => {
        const { view: back, problems } = parse(formatViewUrl(v));
        expect(problems).toEqual([]);
        expect(back).toEqual(v);
      }),
    );
  });

  it('never throws on any address (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (search, hash) => {
        const { view, problems } = parseViewUrl(search, hash, ctx);
        expect(typeof view).toBe('object');
        expect(Array.isArray(problems)).toBe(true);
      }),
    );
  });
});

describe('historyStep', () => {
  const base = { next: '?map=petrograd#p-2', current: '?map=petrograd#p-1', fromHistory: false };
  it('writes nothing when the address already names the view', () => {
    expect(historyStep({ ...base, current: base.next, discrete: 'a', lastDiscrete: 'b' })).toBe(
      'none',
    );
  });
  it('adds an entry when a discrete part changed (a map, card, slide, name style or theme)', () => {
    expect(historyStep({ ...base, discrete: 'brest-litovsk|', lastDiscrete: 'petrograd|' })).toBe(
      'push',
    );
  });
  it('rewrites the entry once the view rests when only passage, moment or camera changed', () => {
    expect(historyStep({ ...base, discrete: 'petrograd|', lastDiscrete: 'petrograd|' })).toBe(
      'rest',
    );
  });
  it('rewrites the entry at once, never adding one, when Back or Forward led to the view', () => {
    expect(
      historyStep({ ...base, fromHistory: true, discrete: 'b|', lastDiscrete: 'petrograd|' }),
    ).toBe('replace');
  });
});
