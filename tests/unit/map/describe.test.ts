import { describe, expect, it } from 'vitest';
import type { Site, SiteEvent, StatusChange, Territory } from '../../../src/lib/model/features';
import { describeCity, describeTerritories } from '../../../src/lib/map/describe';
import { julianInstant } from '../../../src/lib/time/instant';

const source = { title: 'fixture' };

function site(
  id: string,
  en: string,
  control_start: Site['properties']['control_start'],
  events: Partial<SiteEvent>[] = [],
  extra: Partial<Site['properties']> = {},
): Site {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [30.3, 59.9] },
    properties: {
      id,
      name: { en, ru: `ru-${en}`, today_en: `today-${en}` },
      category: extra.bridge_start ? 'bridge' : 'government',
      role: '',
      position: { precision_m: 10, source },
      control_start,
      events: events.map((e) => ({
        julian: '1917-10-25T00:00',
        gregorian: '',
        time_known: 'exact',
        actor: '',
        what: '',
        control_after: control_start,
        sources: [],
        ...e,
      })),
      sources: [],
      ...extra,
    },
  };
}

function territory(id: string, en: string, status: Partial<StatusChange>[]): Territory {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [] },
    properties: {
      id,
      name: { en, ru: `ru-${en}` },
      basis_1914: '',
      treaty: [],
      status: status.map((s) => ({
        date: '1918-01-01',
        julian: null,
        status: 'russian',
        note: '',
        ...s,
      })),
      fate: '',
      area_km2_source: { value: 1, source },
      population_1914: { value: 1, source },
      accuracy_km: 1,
      note: '',
      sources: [],
    },
  };
}

const sites: Site[] = [
  site('winter', 'Winter Palace', 'government', [
    { julian: '1917-10-26T02:10', control_after: 'mrc' },
  ]),
  site('smolny', 'Smolny', 'mrc'),
  site('telegraph', 'Telegraph', 'government', [
    { julian: '1917-10-25T01:00', control_after: 'mrc' },
  ]),
  site(
    'nikolaevsky',
    'Nikolaevsky Bridge',
    'none',
    [
      { julian: '1917-10-24T17:00', control_after: 'contested', bridge_after: 'raised' },
      { julian: '1917-10-25T03:00', control_after: 'mrc', bridge_after: 'lowered' },
    ],
    { bridge_start: 'lowered' },
  ),
];

describe('describeCity', () => {
  it('groups sites by holder in a fixed order, alphabetically within a group, at the morning of the 24th', () => {
    const t = julianInstant('1917-10-24T08:00');
    const d = describeCity(sites, t, 'period');
    expect(d.groups.map((g) => g.key)).toEqual(['mrc', 'government', 'none']);
    expect(d.groups[1]!.items.map((i) => i.name)).toEqual(['Telegraph', 'Winter Palace']);
    expect(d.summary).toBe(
      '24 Oct / 6 Nov 1917, 08:00. Military Revolutionary Committee: 1 site; ' +
        'Provisional Government: 2 sites; Neither side: 1 site.',
    );
  });

  it('names raised bridges in the summary and marks them in their group', () => {
    const t = julianInstant('1917-10-24T20:00');
    const d = describeCity(sites, t, 'period');
    const contested = d.groups.find((g) => g.key === 'contested');
    expect(contested?.items).toEqual([
      { id: 'nikolaevsky', name: 'Nikolaevsky Bridge', note: 'raised' },
    ]);
    expect(d.summary.endsWith(' Raised: Nikolaevsky Bridge.')).toBe(true);
  });

  it('counts the takeover once each event has taken effect, and drops the raised list when lowered', () => {
    const t = julianInstant('1917-10-26T03:00');
    const d = describeCity(sites, t, 'period');
    expect(d.groups).toHaveLength(1);
    expect(d.groups[0]!.items.map((i) => i.id)).toEqual([
      'nikolaevsky',
      'smolny',
      'telegraph',
      'winter',
    ]);
    expect(d.groups[0]!.items.every((i) => i.note === '')).toBe(true);
    expect(d.summary).toBe(
      '26 Oct / 8 Nov 1917, 03:00. Military Revolutionary Committee: 4 sites.',
    );
  });

  it('labels sites in the name style asked for', () => {
    const t = julianInstant('1917-10-24T08:00');
    const ru = describeCity(sites, t, 'ru').groups.flatMap((g) => g.items.map((i) => i.name));
    expect(ru).toContain('ru-Smolny');
    const today = describeCity(sites, t, 'today').groups.flatMap((g) => g.items.map((i) => i.name));
    expect(today).toContain('today-Smolny');
  });

  it('gives an empty list but still a dated summary with no sites', () => {
    const d = describeCity([], julianInstant('1917-10-25T10:00'), 'period');
    expect(d.groups).toEqual([]);
    expect(d.summary.startsWith('25 Oct / 7 Nov 1917, 10:00.')).toBe(true);
  });
});

describe('describeTerritories', () => {
  const territories = [
    territory('poland', 'Poland (Congress)', [
      { date: '1915-08-05', status: 'occupied' },
      { date: '1918-03-03', status: 'ceded' },
    ]),
    territory('finland', 'Finland', [
      { date: '1917-01-01', status: 'russian' },
      { date: '1917-12-06', status: 'independent' },
    ]),
    territory('ukraine', 'Ukraine', [{ date: '1918-02-09', status: 'independent' }]),
  ];
  const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);

  it('groups territories by status in the order of TERRITORY_STATUSES at a date', () => {
    const t = Date.UTC(1918, 0, 1);
    const d = describeTerritories(territories, t, 'period', fmt);
    expect(d.groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['occupied', ['poland']],
      ['independent', ['finland', 'ukraine']],
    ]);
    expect(d.summary).toBe(
      '1918-01-01. Occupied by the Central Powers: 1 territory; Independent: 2 territories.',
    );
  });

  it('applies a change from its own day on', () => {
    const before = describeTerritories(territories, Date.UTC(1918, 2, 2), 'period', fmt);
    const on = describeTerritories(territories, Date.UTC(1918, 2, 3), 'period', fmt);
    expect(before.groups.find((g) => g.key === 'ceded')).toBeUndefined();
    expect(on.groups.find((g) => g.key === 'ceded')?.items).toEqual([
      { id: 'poland', name: 'Poland (Congress)', note: '' },
    ]);
  });

  it('uses the formatter it is given for the date', () => {
    const d = describeTerritories(territories, Date.UTC(1918, 0, 1), 'ru', () => 'DATE');
    expect(d.summary.startsWith('DATE. ')).toBe(true);
    expect(d.groups.flatMap((g) => g.items.map((i) => i.name))).toContain('ru-Finland');
  });
});
