import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatInstant,
  instantToJulian,
  instantToJulianIso,
  julianInstant,
} from '../../../src/lib/time/instant';

// 25 October 1917 (Julian), the day of the rising, was 7 November 1917 (Gregorian).
const OCTOBER_25 = Date.UTC(1917, 10, 7);
const MINUTE = 60_000;

describe('julianInstant', () => {
  it('places a Julian date on its Gregorian day, at midnight when no time is given', () => {
    expect(julianInstant('1917-10-25')).toBe(OCTOBER_25);
  });

  it('keeps the time of day as wall-clock time', () => {
    expect(julianInstant('1917-10-25T21:40')).toBe(Date.UTC(1917, 10, 7, 21, 40));
    expect(julianInstant('1917-10-25T23:59') - OCTOBER_25).toBe((23 * 60 + 59) * MINUTE);
  });

  it.each([
    ['1917-10-31', Date.UTC(1917, 10, 13)],
    ['1917-12-25', Date.UTC(1918, 0, 7)],
    ['1918-01-31', Date.UTC(1918, 1, 13)],
    ['1917-02-23', Date.UTC(1917, 2, 8)],
  ])('converts %s across month and year ends', (iso, t) => {
    expect(julianInstant(iso)).toBe(t);
  });

  it('accepts a 29 February that only the Julian calendar has', () => {
    // 1900 is a leap year in the Julian calendar, not in the Gregorian: the gap grows to 13 days.
    expect(julianInstant('1900-02-28')).toBe(Date.UTC(1900, 2, 12));
    expect(julianInstant('1900-02-29')).toBe(Date.UTC(1900, 2, 13));
  });

  it('ignores surrounding space', () => {
    expect(julianInstant(' 1917-10-25 ')).toBe(OCTOBER_25);
  });

  it.each([
    '',
    '25 Oct 1917',
    '1917-10-25 08:00',
    '1917-10-25T8:00',
    '1917-10-25T24:00',
    '1917-10-25T08:60',
    '1917-13-01',
    '1917-02-29',
    '1917-04-31',
    '1917-10-25T08:00:00',
  ])('refuses %j, naming it', (iso) => {
    expect(() => julianInstant(iso)).toThrow(`Not a Julian date: ${iso}`);
  });
});

describe('instantToJulian', () => {
  it('gives the Julian date and time of an instant', () => {
    expect(instantToJulian(Date.UTC(1917, 10, 7, 2, 10))).toEqual({
      year: 1917,
      month: 10,
      day: 25,
      hour: 2,
      minute: 10,
    });
  });

  it('always gives a time, midnight included', () => {
    expect(instantToJulian(Date.UTC(1918, 0, 7))).toEqual({
      year: 1917,
      month: 12,
      day: 25,
      hour: 0,
      minute: 0,
    });
  });
});

describe('instantToJulianIso', () => {
  it('writes the Julian date and time', () => {
    expect(instantToJulianIso(Date.UTC(1917, 10, 7, 8, 0))).toBe('1917-10-25T08:00');
    expect(instantToJulianIso(Date.UTC(1918, 1, 13, 23, 5))).toBe('1918-01-31T23:05');
  });

  it('drops seconds', () => {
    expect(instantToJulianIso(Date.UTC(1917, 10, 7, 8, 0, 59, 999))).toBe('1917-10-25T08:00');
  });

  it('reads back to the same instant, for any minute of 1917–1918 (property)', () => {
    const minutes = fc.integer({
      min: Date.UTC(1917, 0, 1) / MINUTE,
      max: Date.UTC(1918, 11, 31, 23, 59) / MINUTE,
    });
    fc.assert(
      fc.property(minutes, (m) => {
        expect(julianInstant(instantToJulianIso(m * MINUTE))).toBe(m * MINUTE);
      }),
    );
  });
});

describe('formatInstant', () => {
  it('writes both calendars with the time', () => {
    expect(formatInstant(Date.UTC(1917, 10, 7, 21, 40))).toBe('25 Oct / 7 Nov 1917, 21:40');
  });

  it('names both years when the calendars straddle the new year', () => {
    expect(formatInstant(Date.UTC(1918, 0, 7, 9, 5))).toBe('25 Dec 1917 / 7 Jan 1918, 09:05');
  });

  it('shows midnight rather than leaving the time out', () => {
    expect(formatInstant(OCTOBER_25)).toBe('25 Oct / 7 Nov 1917, 00:00');
  });
});
