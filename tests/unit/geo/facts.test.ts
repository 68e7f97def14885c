/**
 * Facts corrected after the data review of issue 14, held where the data and the essay state them, so a
 * later edit cannot quietly bring the old wording back (geodata/FACT-CHECK.md gives the sources).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSites } from '../../../src/lib/geo/validate';

const read = (f: string): string => readFileSync(f, 'utf8');
const sites = parseSites(JSON.parse(read('geodata/petrograd/sites.geojson')));
const events = (
  JSON.parse(read('geodata/brest-litovsk/events.json')) as {
    events: { id: string; text: string }[];
  }
).events;
const lines = (
  JSON.parse(read('geodata/brest-litovsk/lines.geojson')) as {
    features: { properties: { id: string; note?: string } }[];
  }
).features;
const essay = read('public/essays/default.md');

const site = (id: string) => {
  const f = sites.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no site ${id}`);
  return f.properties;
};
const event = (id: string) => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

describe('facts corrected in issue 14', () => {
  it('gives the ratification vote of the Fourth Congress as 784 for, 261 against, 115 abstaining', () => {
    const text = event('fourth-congress-ratifies').text;
    expect(text).toContain('784 for, 261 against');
    expect(text).toContain('115');
    // 284 was the number of Left SR delegates, not of votes against.
    expect(text).not.toMatch(/704 for, 284 against/);
  });

  it('has the ultimatum carried by the envoy Frolov with a cyclist', () => {
    const ultimatum = site('general-staff').events.find((e) => e.julian === '1917-10-25T19:00');
    expect(ultimatum?.actor).toContain('Frolov');
    expect(ultimatum?.what).toContain('cyclist');
    expect(essay).not.toContain('two sailors handed the committee');
    expect(essay).toContain('envoy, Frolov, came with a cyclist');
  });

  it('dates the fortress’s live fire on the Winter Palace to about 23:00, not to the signal', () => {
    const fire = site('peter-and-paul-fortress').events.find((e) => e.what.includes('live fire'));
    expect(fire?.julian).toBe('1917-10-25T23:00');
    expect(fire?.gregorian).toBe('1917-11-07T23:00');
    expect(essay).toContain('opened live fire on the palace only at about eleven');
  });

  it('has the Ottoman foreign minister, not Talat Pasha, at the opening of the peace talks', () => {
    expect(essay).not.toContain('Talat Pasha for [Constantinople]');
    expect(essay).toContain('Talat Pasha, arrived only in January');
  });

  it('no longer halts German operations at 1 p.m., before the treaty was signed', () => {
    expect(event('treaty-signed').text).not.toContain('1 p.m.');
    expect(event('treaty-signed').text).toMatch(/4\.34.*5\.50 p\.m\./);
    const advance = lines.find((f) => f.properties.id === 'advance-1918-03-03');
    expect(advance?.properties.note).not.toContain('1 p.m.');
  });

  it('gives a range of counts for the dead of the Constituent Assembly march', () => {
    expect(essay).not.toContain('killing twelve people');
    expect(essay).toMatch(/Counts of the dead differ: nine.*twelve.*a hundred killed and wounded/);
  });

  it('records when the Admiralty passed to the new power instead of “not recorded”', () => {
    const admiralty = site('admiralty');
    expect(JSON.stringify(admiralty.events)).not.toContain('not recorded');
    const last = admiralty.events.at(-1);
    expect(last?.control_after).toBe('mrc');
    expect(last?.julian).toBe('1917-10-27T09:00');
    expect(last?.actor).toContain('Khovrin');
  });

  it('has sailors under the commissar Zaitsev take the Admiralty on the evening of 25 October, cited', () => {
    const admiralty = site('admiralty');
    const taken = admiralty.events.find((e) => e.actor.includes('Zaitsev'));
    expect(taken?.julian).toBe('1917-10-25T20:00');
    expect(taken?.gregorian).toBe('1917-11-07T20:00');
    expect(taken?.time_known).toBe('approximate');
    expect(taken?.control_after).toBe('mrc');
    const cited = taken!.sources.map((i) => admiralty.sources[i]!.title);
    expect(cited).toEqual(['Матросская революция']);
  });
});

describe('second sources for the dated events (issue 14, FACT-CHECK.md)', () => {
  it('has the committee’s guard reach Rabochii put at about 11 a.m., as Novaya Zhizn reported', () => {
    const reopened = site('smolny').events.find((e) => e.julian === '1917-10-24T09:00');
    expect(reopened?.what).toContain('at about 11 a.m.');
    expect(reopened?.what).not.toContain('10 a.m.');
    expect(essay).toContain('by about eleven, the committee');
    expect(essay).not.toContain('Rabochii put; by ten,');
  });

  it('cites two or more sources for at least 62 of the 80 dated events of the Petrograd sites', () => {
    const all = sites.features.flatMap((f) => f.properties.events);
    const twice = all.filter((e) => new Set(e.sources).size >= 2);
    expect(all).toHaveLength(80);
    expect(twice.length).toBeGreaterThanOrEqual(62);
  });
});
