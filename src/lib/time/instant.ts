/**
 * Moments of the October days as numbers: milliseconds of the Gregorian wall-clock time in Petrograd,
 * counted as if it were UTC. Data store Julian dates; the timeline and comparisons use these numbers.
 */
import {
  julianToGregorian,
  parseIsoDate,
  gregorianToJulian,
  toIsoDate,
  formatDual,
  type CalendarDate,
} from './calendar';

/** The instant of a Julian-calendar `YYYY-MM-DD[THH:MM]`; throws on a malformed date. */
export function julianInstant(iso: string): number {
  const d = parseIsoDate(iso, 'julian');
  if (!d) throw new Error(`Not a Julian date: ${iso}`);
  const g = julianToGregorian(d);
  return Date.UTC(g.year, g.month - 1, g.day, g.hour ?? 0, g.minute ?? 0);
}

/** The Julian calendar date and time of an instant. */
export function instantToJulian(t: number): CalendarDate {
  const x = new Date(t);
  const g: CalendarDate = {
    year: x.getUTCFullYear(),
    month: x.getUTCMonth() + 1,
    day: x.getUTCDate(),
    hour: x.getUTCHours(),
    minute: x.getUTCMinutes(),
  };
  return gregorianToJulian(g);
}

/** `YYYY-MM-DDTHH:MM` in the Julian calendar, for URLs and data. */
export function instantToJulianIso(t: number): string {
  return toIsoDate(instantToJulian(t));
}

/** Both calendars, e.g. "25 Oct / 7 Nov 1917, 08:00". */
export function formatInstant(t: number): string {
  return formatDual(instantToJulian(t));
}
