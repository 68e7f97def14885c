import { describe, expect, it } from 'vitest';
import { clampTime, OCTOBER, PEACE, timelineScale } from '../../../src/lib/time/timeline';
import { julianInstant } from '../../../src/lib/time/instant';

describe('the October timeline', () => {
  it('runs from the morning of 24 October to 31 October, Julian', () => {
    expect(OCTOBER.format(OCTOBER.start)).toBe('24 Oct / 6 Nov 1917, 06:00');
    expect(OCTOBER.format(OCTOBER.end)).toBe('31 Oct / 13 Nov 1917, 18:00');
  });

  it('gives the first two days most of the width, and keeps time in order', () => {
    const x = timelineScale(OCTOBER, 1000);
    expect(x(OCTOBER.pivot)).toBeCloseTo(720);
    expect(x(julianInstant('1917-10-25T08:00'))).toBeLessThan(x(julianInstant('1917-10-26T02:10')));
    expect(x(OCTOBER.end + 1e9)).toBe(1000);
    expect(x.invert(x(julianInstant('1917-10-25T08:00')))).toBeCloseTo(
      julianInstant('1917-10-25T08:00'),
      -3,
    );
  });

  it('labels days in both calendars and hours below', () => {
    const majors = OCTOBER.ticks.filter((t) => t.major).map((t) => t.label);
    expect(majors).toEqual(['25 Oct / 7 Nov', '26 Oct / 8 Nov']);
    expect(OCTOBER.ticks.find((t) => t.t === julianInstant('1917-10-24T12:00'))?.label).toBe(
      '12:00',
    );
  });

  it('steps 15 minutes a key press over the October days, 3 hours after', () => {
    expect(OCTOBER.step(OCTOBER.start, false)).toBe(15 * 60_000);
    expect(OCTOBER.step(OCTOBER.pivot + 1, false)).toBe(3 * 3_600_000);
    expect(clampTime(OCTOBER, OCTOBER.start - 1)).toBe(OCTOBER.start);
    expect(clampTime(OCTOBER, OCTOBER.end + 1)).toBe(OCTOBER.end);
  });
});

describe('the peace timeline', () => {
  it('writes dates in both calendars until 1/14 February 1918, and in the Gregorian after', () => {
    expect(PEACE.format(Date.UTC(1917, 11, 15))).toBe('2 Dec / 15 Dec 1917');
    expect(PEACE.format(Date.UTC(1918, 1, 13))).toBe('31 Jan / 13 Feb 1918');
    expect(PEACE.format(Date.UTC(1918, 2, 3))).toBe('3 Mar 1918');
  });

  it('labels the months, with the year at the start and in January', () => {
    expect(PEACE.ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      'Dec 1917',
      'Jan 1918',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ]);
  });
});
