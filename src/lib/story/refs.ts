/**
 * Feature references: how an essay names a map feature, e.g. `site:smolny` for the Smolny
 * Institute in the Petrograd sites layer.
 */
import { SOURCE, type SourceId } from '../model/ids';

/** The reference schemes an essay may use, and the layer (source) each one points into. */
export const REF_SCHEMES = {
  site: SOURCE.sites,
  place: SOURCE.places,
  water: SOURCE.water,
  territory: SOURCE.territories,
} as const satisfies Record<string, SourceId>;
export type RefScheme = keyof typeof REF_SCHEMES;

/** A parsed reference: the layer's source id and the feature's id within it. */
export interface FeatureRef {
  /** The canonical text form, `scheme:id`. */
  key: string;
  scheme: RefScheme;
  source: SourceId;
  id: string;
}

const REF = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * Parses `scheme:id`; returns null for anything else (web addresses, unknown schemes, bad ids).
 * @example parseRef('site:smolny') // { key: 'site:smolny', scheme: 'site', source: 'sites', id: 'smolny' }
 */
export function parseRef(text: string): FeatureRef | null {
  const m = REF.exec(text.trim());
  if (!m) return null;
  const scheme = m[1] as string;
  if (!Object.hasOwn(REF_SCHEMES, scheme)) return null;
  const s = scheme as RefScheme;
  return { key: `${s}:${m[2]}`, scheme: s, source: REF_SCHEMES[s], id: m[2] as string };
}

/** The reference of feature `id` in layer `source`, or null if essays cannot link to that layer. */
export function refFor(source: string, id: string): string | null {
  const entry = Object.entries(REF_SCHEMES).find(([, s]) => s === source);
  return entry ? `${entry[0]}:${id}` : null;
}
