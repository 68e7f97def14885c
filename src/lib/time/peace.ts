/**
 * The territories of the peace at a date: each one's status (Russian, occupied, independent,
 * ceded, …) from its dated changes, and which front line stood where.
 */

import { TERRITORY_STATUSES, type StatusChange, type TerritoryStatus } from '../model/features';

export { TERRITORY_STATUSES, type StatusChange, type TerritoryStatus };

/** The instant of a Gregorian `YYYY-MM-DD` (midnight, as in time/instant.ts). */
export function gregorianInstant(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/**
 * A territory's status at instant `t`: the last change on or before that day; before its first
 * change, the status that change left behind is unknown, so the first change's status stands.
 */
export function statusAt(changes: readonly StatusChange[], t: number): TerritoryStatus {
  const sorted = [...changes].sort((a, b) => a.date.localeCompare(b.date));
  let status = sorted[0]?.status ?? 'russian';
  for (const c of sorted) {
    if (gregorianInstant(c.date) > t) break;
    status = c.status;
  }
  return status;
}

/** The dated line in force at instant `t` among lines of one kind: the latest one not after `t`. */
export function lineAt<L extends { date: string }>(lines: readonly L[], t: number): L | null {
  let current: L | null = null;
  for (const l of [...lines].sort((a, b) => a.date.localeCompare(b.date))) {
    if (gregorianInstant(l.date) <= t) current = l;
  }
  return current;
}
