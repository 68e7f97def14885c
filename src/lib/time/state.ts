/**
 * The state of Petrograd at a moment: who held each site, whether each bridge was raised, how far
 * each movement had got. Everything derives from the dated events in the data.
 */
import type { Feature, LineString, Position } from 'geojson';
import type { Control, Site, SiteEvent } from '../model/features';
import { julianInstant } from './instant';

/**
 * When an event takes effect. Events known only to the day take effect at noon: the middle of the
 * day they happened on, so the map is never more than half a day wrong about them.
 */
export function eventInstant(e: Pick<SiteEvent, 'julian' | 'time_known'>): number {
  const t = julianInstant(e.julian);
  return e.time_known === 'day' ? t + 12 * 3_600_000 : t;
}

/** A site's events in the order they happened (the data's order is not trusted). */
export function sortedEvents<E extends Pick<SiteEvent, 'julian' | 'time_known'>>(
  events: readonly E[],
): E[] {
  return [...events].sort((a, b) => eventInstant(a) - eventInstant(b));
}

/** Who held the site at instant `t`: the latest event's outcome, or the holder on 24 October. */
export function controlAt(site: Site['properties'], t: number): Control {
  let control = site.control_start;
  for (const e of sortedEvents(site.events)) {
    if (eventInstant(e) > t) break;
    control = e.control_after;
  }
  return control;
}

export type BridgeState = 'raised' | 'lowered';

/** Whether a bridge's opening span was raised at instant `t`; null for sites that are not bridges. */
export function bridgeAt(site: Site['properties'], t: number): BridgeState | null {
  if (!site.bridge_start) return null;
  let state: BridgeState = site.bridge_start;
  for (const e of sortedEvents(site.events)) {
    if (eventInstant(e) > t) break;
    if (e.bridge_after) state = e.bridge_after;
  }
  return state;
}

/** The events that happened at or before `t`, latest first. */
export function eventsUntil<E extends Pick<SiteEvent, 'julian' | 'time_known'>>(
  events: readonly E[],
  t: number,
): E[] {
  return sortedEvents(events)
    .filter((e) => eventInstant(e) <= t)
    .reverse();
}

/**
 * The part of a timed route travelled by instant `t`, interpolated between vertices; null before
 * it starts. `times[i]` is when the route reached `coordinates[i]`.
 * @example routeAt(line, [t0, t1], (t0 + t1) / 2) // the first half of the first segment
 */
export function routeAt(
  line: Feature<LineString>,
  times: readonly number[],
  t: number,
): Position[] | null {
  const coords = line.geometry.coordinates;
  if (coords.length !== times.length || coords.length < 2)
    throw new Error('A route needs one time per vertex.');
  if (t < times[0]!) return null;
  const out: Position[] = [coords[0]!];
  for (let i = 1; i < coords.length; i++) {
    const [t0, t1] = [times[i - 1]!, times[i]!];
    const [a, b] = [coords[i - 1]!, coords[i]!];
    if (t >= t1) {
      out.push(b);
      continue;
    }
    const f = t1 === t0 ? 1 : (t - t0) / (t1 - t0);
    out.push([a[0]! + (b[0]! - a[0]!) * f, a[1]! + (b[1]! - a[1]!) * f]);
    break;
  }
  // A route that has just started is a single point; give MapLibre a degenerate but valid line.
  if (out.length === 1) out.push(out[0]!);
  return out;
}
