/**
 * Julian and Gregorian calendar dates, as Russia used them in 1917–1918.
 *
 * Russia kept the Julian calendar until Soviet decree replaced it: Wednesday 31 January 1918 (Julian)
 * was followed by Thursday 14 February 1918 (Gregorian). Events before that switch are written in
 * both calendars; from it on, the Gregorian date alone is the date Russians also used.
 */

/** A calendar date with an optional local time of day (minutes are 0–59). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/** The first Gregorian day on which Soviet Russia used the Gregorian calendar. */
export const RUSSIAN_SWITCH_GREGORIAN = '1918-02-14';

/** Short English month names, January first. */
export const MONTHS_SHORT = [
  'Jan',
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
  'Dec',
] as const;

/** Julian Day Number of a date in the Julian calendar (valid for any year after 4800 BC). */
export function julianCalendarToJdn(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

/** Julian Day Number of a date in the proleptic Gregorian calendar. */
export function gregorianCalendarToJdn(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian date of a Julian Day Number. */
export function jdnToGregorian(jdn: number): { year: number; month: number; day: number } {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** The Julian-calendar date of a Julian Day Number. */
export function jdnToJulian(jdn: number): { year: number; month: number; day: number } {
  const c = jdn + 32082;
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: d - 4800 + Math.floor(m / 10),
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` into a date, or returns null when it is not a real date.
 * @example parseIsoDate('1917-10-25T02:10') // { year: 1917, month: 10, day: 25, hour: 2, minute: 10 }
 */
export function parseIsoDate(
  text: string,
  calendar: 'julian' | 'gregorian' = 'gregorian',
): CalendarDate | null {
  const match = ISO.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date: CalendarDate = { year, month, day };
  if (match[4] !== undefined) {
    date.hour = Number(match[4]);
    date.minute = Number(match[5]);
    if (date.hour > 23 || date.minute > 59) return null;
  }
  // A round trip through the day number rejects 31 April, 29 February in a common year, and so on.
  const jdn = toJdn(date, calendar);
  const back = calendar === 'julian' ? jdnToJulian(jdn) : jdnToGregorian(jdn);
  if (back.year !== year || back.month !== month || back.day !== day) return null;
  return date;
}

function toJdn(date: CalendarDate, calendar: 'julian' | 'gregorian'): number {
  return calendar === 'julian'
    ? julianCalendarToJdn(date.year, date.month, date.day)
    : gregorianCalendarToJdn(date.year, date.month, date.day);
}

function withTime(
  ymd: { year: number; month: number; day: number },
  from: CalendarDate,
): CalendarDate {
  return from.hour === undefined ? ymd : { ...ymd, hour: from.hour, minute: from.minute ?? 0 };
}

/** Converts a Julian-calendar date (and time) to the Gregorian calendar. */
export function julianToGregorian(date: CalendarDate): CalendarDate {
  return withTime(jdnToGregorian(toJdn(date, 'julian')), date);
}

/** Converts a Gregorian date (and time) to the Julian calendar. */
export function gregorianToJulian(date: CalendarDate): CalendarDate {
  return withTime(jdnToJulian(toJdn(date, 'gregorian')), date);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Formats a date as `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
export function toIsoDate(date: CalendarDate): string {
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  return date.hour === undefined ? day : `${day}T${pad(date.hour)}:${pad(date.minute ?? 0)}`;
}

/** Whether Russia still used the Julian calendar on this Gregorian date. */
export function isBeforeRussianSwitch(gregorian: CalendarDate): boolean {
  return (
    toIsoDate({ year: gregorian.year, month: gregorian.month, day: gregorian.day }) <
    RUSSIAN_SWITCH_GREGORIAN
  );
}

/**
 * Formats a date given in the Julian calendar in both calendars, the way historians write it.
 * @example formatDual({ year: 1917, month: 10, day: 25, hour: 2, minute: 10 })
 * // '25 Oct / 7 Nov 1917, 02:10'
 */
export function formatDual(julian: CalendarDate): string {
  const g = julianToGregorian(julian);
  const left =
    julian.year === g.year
      ? `${julian.day} ${MONTHS_SHORT[julian.month - 1]}`
      : `${julian.day} ${MONTHS_SHORT[julian.month - 1]} ${julian.year}`;
  const right = `${g.day} ${MONTHS_SHORT[g.month - 1]} ${g.year}`;
  const time = julian.hour === undefined ? '' : `, ${pad(julian.hour)}:${pad(julian.minute ?? 0)}`;
  return `${left} / ${right}${time}`;
}

/**
 * Formats a Gregorian date for an event in Russia: in both calendars before the switch of
 * February 1918, in the Gregorian calendar alone after it.
 */
export function formatRussianDate(gregorian: CalendarDate): string {
  if (isBeforeRussianSwitch(gregorian)) return formatDual(gregorianToJulian(gregorian));
  const time =
    gregorian.hour === undefined ? '' : `, ${pad(gregorian.hour)}:${pad(gregorian.minute ?? 0)}`;
  return `${gregorian.day} ${MONTHS_SHORT[gregorian.month - 1]} ${gregorian.year}${time}`;
}
