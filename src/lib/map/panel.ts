/**
 * What the panels around a map show, from the loaded data and the moment shown: the marks under its
 * timeline, the latest event of the peace, and how far a selected site lay from the rising's anchors.
 */
import type { Feature, Point } from 'geojson';
import type { Layer, PeaceEvent, Site, Territory } from '../model/features';
import type { MapId, SourceId } from '../model/ids';
import type { IndexedFeature, LoadedMap } from './load';
import type { TimelineMark } from '../time/timeline';
import { eventInstant } from '../time/state';
import { gregorianInstant } from '../time/peace';
import { CONTROL_LABEL } from '../story/labels';
import { distancesFrom, type Distance } from '../geo/distance';
import type { FeatureTarget } from './sync';

/** The features of one layer of a loaded map (none while the map loads). */
function layerOf<F extends Feature>(map: LoadedMap | null | undefined, source: SourceId): F[] {
  return ((map?.layers[source] as Layer<F> | undefined)?.features ?? []) as F[];
}

/** The sites of the city map. */
export const sitesOf = (map: LoadedMap | null | undefined): Site[] => layerOf<Site>(map, 'sites');

/** The territories of the peace map. */
export const territoriesOf = (map: LoadedMap | null | undefined): Territory[] =>
  layerOf<Territory>(map, 'territories');

/** A mark for every dated event of every site, coloured by who held the site after it. */
export function siteMarks(sites: readonly Site[]): TimelineMark[] {
  return sites.flatMap((f) =>
    f.properties.events.map((e) => ({
      t: eventInstant(e),
      tone: e.control_after,
      label: `${f.properties.name.en}: ${e.what} (then ${CONTROL_LABEL[e.control_after]})`,
    })),
  );
}

/** A mark for every dated event of the peace. */
export function peaceMarks(events: readonly PeaceEvent[]): TimelineMark[] {
  return events.map((e) => ({
    t: gregorianInstant(e.date),
    tone: 'event' as const,
    label: `${e.title}: ${e.text}`,
  }));
}

/** The latest event of the peace on or before instant `t`; null before the first. */
export function latestEvent(events: readonly PeaceEvent[], t: number): PeaceEvent | null {
  return (
    [...events]
      .filter((e) => gregorianInstant(e.date) <= t)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1) ?? null
  );
}

/** The sites a selected site is measured from: the rising's headquarters and its target. */
export const DISTANCE_ANCHORS = ['site:smolny', 'site:winter-palace'] as const;

/** How far a selected site lay from each anchor, nearest first; nothing for other features. */
export function anchorDistances(
  selected: IndexedFeature | null,
  features: ReadonlyMap<string, IndexedFeature>,
): Distance[] {
  if (!selected || selected.source !== 'sites') return [];
  const anchors = DISTANCE_ANCHORS.flatMap((ref) => {
    const f = features.get(ref);
    return f ? [{ name: f.name, feature: f.feature as Feature<Point> }] : [];
  });
  return distancesFrom(selected.feature as Feature<Point>, anchors);
}

/** Where a feature is drawn on the map shown, or null when it belongs to another map. */
export function targetOn(
  mapId: MapId,
  feature: IndexedFeature | null | undefined,
): FeatureTarget | null {
  return feature && feature.mapId === mapId ? { source: feature.source, id: feature.id } : null;
}
