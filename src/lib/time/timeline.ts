/**
 * Timelines as data: the October days in Petrograd (hours matter) and the peace of Brest-Litovsk
 * (days and months). Each gives most of its width to its detailed part, before `pivot`.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { formatRussianDate, julianToGregorian, MONTHS_SHORT } from './calendar';
import { formatInstant, instantToJulian, julianInstant } from './instant';
import type { Control } from '../model/features';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONTHS = MONTHS_SHORT;

export interface Tick {
  t: number;
  /** Label above the axis (days, months), or below it (hours). */
  label: string;
  major: boolean;
}

/** A dated mark under the timeline: an event, coloured by who held a site after it or by its kind. */
export interface TimelineMark {
  t: number;
  tone: Control | 'event';
  label: string;
}

export interface TimelineSpec {
  id: string;
  start: number;
  /** Where the detailed part ends. */
  pivot: number;
  end: number;
  /** The share of the width given to the detailed part. */
  pivotShare: number;
  ticks: Tick[];
  /** A label for the compressed part, shown once. */
  tailLabel: string;
  /** The moment in words, for the display and for screen readers. */
  format: (t: number) => string;
  /** The step of one arrow-key press (or Page key when `large`) at instant `t`. */
  step: (t: number, large: boolean) => number;
  /** How fast Play runs, in timeline milliseconds per second, at instant `t`. */
  rate: (t: number) => number;
}

/** The scale from instants to pixels along a timeline `width` wide. */
export function timelineScale(spec: TimelineSpec, width: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([spec.start, spec.pivot, spec.end])
    .range([0, width * spec.pivotShare, width])
    .clamp(true);
}

/** Keeps an instant inside a timeline. */
export function clampTime(spec: TimelineSpec, t: number): number {
  return Math.min(spec.end, Math.max(spec.start, t));
}

function octoberTicks(start: number, pivot: number, end: number): Tick[] {
  const ticks: Tick[] = [];
  for (let t = start; t <= pivot; t += 6 * HOUR) {
    const j = instantToJulian(t);
    const major = j.hour === 0;
    const g = julianToGregorian(j);
    ticks.push({
      t,
      major,
      label: major
        ? `${j.day} ${MONTHS[j.month - 1]} / ${g.day} ${MONTHS[g.month - 1]}`
        : `${String(j.hour).padStart(2, '0')}:00`,
    });
  }
  for (let t = pivot + 18 * HOUR; t <= end; t += DAY)
    ticks.push({ t, major: false, label: String(instantToJulian(t).day) });
  return ticks;
}

/** The October days: from the morning of 24 October to Krasnov's retreat on 31 October (Julian). */
export const OCTOBER: TimelineSpec = (() => {
  const start = julianInstant('1917-10-24T06:00');
  const pivot = julianInstant('1917-10-26T06:00');
  const end = julianInstant('1917-10-31T18:00');
  return {
    id: 'october',
    start,
    pivot,
    end,
    pivotShare: 0.72,
    ticks: octoberTicks(start, pivot, end),
    tailLabel: '27–31 Oct / 9–13 Nov',
    format: formatInstant,
    step: (t, large) => (t < pivot ? (large ? 3 * HOUR : 15 * 60_000) : large ? DAY : 3 * HOUR),
    rate: (t) => (t < pivot ? 2 * HOUR : DAY),
  };
})();

const gregorian = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** The peace: from the armistice talks of December 1917 to the annulment of November 1918. */
export const PEACE: TimelineSpec = (() => {
  const start = gregorian(1917, 12, 1);
  const pivot = gregorian(1918, 3, 20);
  const end = gregorian(1918, 11, 30);
  const ticks: Tick[] = [];
  for (let y = 1917, m = 12; gregorian(y, m, 1) <= end; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const t = gregorian(y, m, 1);
    ticks.push({
      t,
      major: true,
      label: `${MONTHS[m - 1]}${m === 1 || t === start ? ` ${y}` : ''}`,
    });
    if (t < pivot) ticks.push({ t: gregorian(y, m, 15), major: false, label: '15' });
  }
  return {
    id: 'peace',
    start,
    pivot,
    end,
    pivotShare: 0.68,
    ticks: ticks.filter((k) => k.t >= start && k.t <= end),
    tailLabel: '',
    format: (t) => {
      const d = new Date(t);
      return formatRussianDate({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      });
    },
    step: (t, large) => (t < pivot ? (large ? 7 * DAY : DAY) : large ? 30 * DAY : 7 * DAY),
    rate: (t) => (t < pivot ? 7 * DAY : 30 * DAY),
  };
})();

/**
 * Which labels to draw so that none runs into another: left to right, a label is kept when it starts
 * at least `gap` pixels after the last one kept ends and clear of every `reserved` span (a label that
 * must stay, such as the timeline's last).
 * @example thinLabels([{ start: 0, end: 40 }, { start: 30, end: 70 }, { start: 80, end: 120 }]) // [true, false, true]
 */
export function thinLabels(
  spans: readonly { start: number; end: number }[],
  gap = 4,
  reserved: readonly { start: number; end: number }[] = [],
): boolean[] {
  let lastEnd = -Infinity;
  return spans.map((s) => {
    const clear =
      s.start >= lastEnd + gap &&
      reserved.every((r) => s.end + gap <= r.start || s.start >= r.end + gap);
    if (clear) lastEnd = s.end;
    return clear;
  });
}
