/**
 * The timeline of the October days: from the morning of 24 October to the fall of the Winter
 * Palace in the night of 25–26 October, then more briefly to the Pulkovo fighting and Krasnov's
 * retreat. The first two days get most of the width.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { julianInstant } from './instant';

const HOUR = 3_600_000;

export const TIMELINE = {
  start: julianInstant('1917-10-24T06:00'),
  /** Where the detailed part ends: the morning after the Winter Palace fell. */
  pivot: julianInstant('1917-10-26T06:00'),
  end: julianInstant('1917-10-31T18:00'),
  /** The share of the width given to the detailed part. */
  pivotShare: 0.72,
} as const;

/** The scale from instants to pixels along a timeline `width` wide. */
export function timelineScale(width: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([TIMELINE.start, TIMELINE.pivot, TIMELINE.end])
    .range([0, width * TIMELINE.pivotShare, width])
    .clamp(true);
}

export interface Tick {
  t: number;
  major: boolean;
}

/** Ticks: every 6 hours over the detailed part (days as major ticks), every day after it. */
export function timelineTicks(): Tick[] {
  const ticks: Tick[] = [];
  for (let t = TIMELINE.start; t <= TIMELINE.pivot; t += 6 * HOUR) {
    ticks.push({ t, major: new Date(t).getUTCHours() === 0 });
  }
  for (let t = TIMELINE.pivot + 18 * HOUR; t <= TIMELINE.end; t += 24 * HOUR)
    ticks.push({ t, major: true });
  return ticks;
}

/** The step of one arrow-key press at instant `t`: 15 minutes in the detailed part, 3 hours after. */
export function keyStep(t: number, large: boolean): number {
  const fine = t < TIMELINE.pivot;
  if (large) return fine ? 3 * HOUR : 24 * HOUR;
  return fine ? 15 * 60_000 : 3 * HOUR;
}
