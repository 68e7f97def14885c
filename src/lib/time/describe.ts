/** The state of the city at a moment, in words: for screen readers and the list of sites. */
import type { Control, Site } from '../geo/types';
import { CONTROL_LABEL } from '../story/labels';
import { siteLabel, type NameStyle } from '../map/map-features';
import { bridgeAt, controlAt, type BridgeState } from './state';
import { formatInstant } from './instant';

export interface DescribedSite {
  id: string;
  name: string;
  bridge: BridgeState | null;
}

export interface CityState {
  summary: string;
  groups: { control: Control; label: string; sites: DescribedSite[] }[];
}

const ORDER: Control[] = ['mrc', 'contested', 'government', 'none'];

/**
 * Who held what at instant `t`, grouped by holder, with a one-sentence summary.
 * @example describeCity(sites, t, 'period').summary
 * // '25 Oct / 7 Nov 1917, 08:00. Military Revolutionary Committee: 14 sites; …'
 */
export function describeCity(sites: readonly Site[], t: number, names: NameStyle): CityState {
  const groups = ORDER.map((control) => ({
    control,
    label: CONTROL_LABEL[control],
    sites: [] as DescribedSite[],
  }));
  for (const f of sites) {
    const p = f.properties;
    groups
      .find((g) => g.control === controlAt(p, t))!
      .sites.push({ id: p.id, name: siteLabel(p, names), bridge: bridgeAt(p, t) });
  }
  for (const g of groups) g.sites.sort((a, b) => a.name.localeCompare(b.name));
  const kept = groups.filter((g) => g.sites.length);
  const raised = kept
    .flatMap((g) => g.sites)
    .filter((s) => s.bridge === 'raised')
    .map((s) => s.name);
  const counts = kept
    .map((g) => `${g.label}: ${g.sites.length} site${g.sites.length === 1 ? '' : 's'}`)
    .join('; ');
  const bridges = raised.length ? ` Raised: ${raised.join(', ')}.` : '';
  return { summary: `${formatInstant(t)}. ${counts}.${bridges}`, groups: kept };
}
