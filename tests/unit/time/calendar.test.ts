import { describe, expect, it } from 'vitest';
import {
  formatDual,
  formatRussianDate,
  gregorianCalendarToJdn,
  gregorianToJulian,
  jdnToGregorian,
  julianCalendarToJdn,
  isBeforeRussianSwitch,
  julianToGregorian,
  parseIsoDate,
  toIsoDate,
} from '../../../src/lib/time/calendar';

const j = (iso: string) => {
  const d = parseIsoDate(iso, 'julian');
  if (!d) throw new Error(`bad date ${iso}`);
  return d;
};

describe('calendar', () => {
  it('puts the October Revolution on 7 November 1917 (Gregorian)', () => {
    expect(toIsoDate(julianToGregorian(j('1917-10-25')))).toBe('1917-11-07');
  });

  it('puts the February Revolution (23 Feb Julian) on 8 March 1917', () => {
    expect(toIsoDate(julianToGregorian(j('1917-02-23')))).toBe('1917-03-08');
  });

  it('follows 31 January 1918 (Julian) with 14 February 1918 (Gregorian), the Soviet switch', () => {
    const lastJulian = julianToGregorian(j('1918-01-31'));
    expect(toIsoDate(lastJulian)).toBe('1918-02-13');
    expect(isBeforeRussianSwitch(lastJulian)).toBe(true);
    expect(isBeforeRussianSwitch({ year: 1918, month: 2, day: 14 })).toBe(false);
  });

  it('keeps the time of day and crosses month and year ends', () => {
    expect(toIsoDate(julianToGregorian(j('1917-10-25T02:10')))).toBe('1917-11-07T02:10');
    expect(toIsoDate(julianToGregorian(j('1917-12-25')))).toBe('1918-01-07');
    expect(toIsoDate(gregorianToJulian({ year: 1918, month: 1, day: 7 }))).toBe('1917-12-25');
  });

  it('uses a 12-day gap in the 19th century and 13 in the 20th', () => {
    expect(toIsoDate(julianToGregorian(j('1900-02-28')))).toBe('1900-03-12');
    expect(toIsoDate(julianToGregorian(j('1900-02-29')))).toBe('1900-03-13');
  });

  it('round-trips every day of 1917 and 1918, always 13 days apart', () => {
    const first = gregorianCalendarToJdn(1917, 1, 1);
    for (let jdn = first; jdn < first + 730; jdn++) {
      const g = jdnToGregorian(jdn);
      const julian = gregorianToJulian(g);
      expect(julianToGregorian(julian)).toEqual(g);
      expect(julianCalendarToJdn(julian.year, julian.month, julian.day)).toBe(jdn);
      expect(julianCalendarToJdn(g.year, g.month, g.day) - jdn).toBe(13);
    }
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('1917-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29', 'gregorian')).toBeNull();
    expect(parseIsoDate('1900-02-29', 'julian')).not.toBeNull();
    expect(parseIsoDate('1917-10-25T24:00')).toBeNull();
    expect(parseIsoDate('25 October 1917')).toBeNull();
  });

  it('formats in both calendars', () => {
    expect(formatDual(j('1917-10-25T02:10'))).toBe('25 Oct / 7 Nov 1917, 02:10');
    expect(formatDual(j('1917-12-20'))).toBe('20 Dec 1917 / 2 Jan 1918');
    expect(formatRussianDate({ year: 1918, month: 3, day: 3 })).toBe('3 Mar 1918');
    expect(formatRussianDate({ year: 1917, month: 12, day: 22 })).toBe('9 Dec / 22 Dec 1917');
  });
});
