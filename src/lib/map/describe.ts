/** The state of a map at a moment, in words: for screen readers and the lists of sites and territories. */
import type { Control, Site, Territory } from '../model/features';
import { CONTROL_LABEL, STATUS_LABEL } from '../story/labels';
import { cityLabel, type NameStyle } from './map-features';
import { bridgeAt, controlAt } from '../time/state';
import { formatInstant } from '../time/instant';
import { statusAt, TERRITORY_STATUSES, type TerritoryStatus } from '../time/peace';

export interface DescribedItem {
  id: string;
  name: string;
  /** A short aside, e.g. "raised" for a bridge. */
  note: string;
}

export interface DescribedState {
  summary: string;
  groups: { key: string; label: string; items: DescribedItem[] }[];
}

function group<K extends string>(
  order: readonly K[],
  labels: Record<K, string>,
  items: { key: K; item: DescribedItem }[],
): DescribedState['groups'] {
  return order
    .map((key) => ({
      key,
      label: labels[key],
      items: items
        .filter((i) => i.key === key)
        .map((i) => i.item)
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((g) => g.items.length);
}

const counts = (groups: DescribedState['groups'], noun: [one: string, many: string]) =>
  groups
    .map((g) => `${g.label}: ${g.items.length} ${noun[g.items.length === 1 ? 0 : 1]}`)
    .join('; ');

const CONTROL_ORDER: Control[] = ['mrc', 'contested', 'government', 'none'];

/**
 * Who held what in Petrograd at instant `t`, grouped by holder, with a one-sentence summary.
 * @example describeCity(sites, t, 'period').summary
 * // '25 Oct / 7 Nov 1917, 08:00. Military Revolutionary Committee: 14 sites; …'
 */
export function describeCity(sites: readonly Site[], t: number, names: NameStyle): DescribedState {
  const groups = group(
    CONTROL_ORDER,
    CONTROL_LABEL,
    sites.map((f) => ({
      key: controlAt(f.properties, t),
      item: {
        id: f.properties.id,
        name: cityLabel(f.properties.name, names),
        note: bridgeAt(f.properties, t) === 'raised' ? 'raised' : '',
      },
    })),
  );
  const raised = groups
    .flatMap((g) => g.items)
    .filter((i) => i.note === 'raised')
    .map((i) => i.name);
  const bridges = raised.length ? ` Raised: ${raised.join(', ')}.` : '';
  return {
    summary: `${formatInstant(t)}. ${counts(groups, ['site', 'sites'])}.${bridges}`,
    groups,
  };
}

/** The status of every territory of the peace at instant `t` (a date), grouped, with a summary. */
export function describeTerritories(
  territories: readonly Territory[],
  t: number,
  names: NameStyle,
  formatDate: (t: number) => string,
): DescribedState {
  const groups = group<TerritoryStatus>(
    TERRITORY_STATUSES,
    STATUS_LABEL,
    territories.map((f) => ({
      key: statusAt(f.properties.status, t),
      item: { id: f.properties.id, name: cityLabel(f.properties.name, names), note: '' },
    })),
  );
  return { summary: `${formatDate(t)}. ${counts(groups, ['territory', 'territories'])}.`, groups };
}
