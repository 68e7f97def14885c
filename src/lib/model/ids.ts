/**
 * The atlas's shared vocabulary: map ids, source ids, name styles and extents. It imports nothing, so
 * every folder of src/lib may use it without importing another folder's logic.
 */

/** The ids of the atlas's maps. */
export type MapId = 'petrograd' | 'brest-litovsk';
export const MAP_IDS: readonly MapId[] = ['petrograd', 'brest-litovsk'];

/** Source ids, shared by the style, the feature references of the essay and feature-state calls. */
export const SOURCE = {
  water: 'water',
  sites: 'sites',
  land: 'land',
  borders: 'borders',
  places: 'places',
  parks: 'parks',
  canals: 'canals',
  railways: 'railways',
  streets: 'streets',
  movements: 'movements',
  territories: 'territories',
  frontier: 'frontier',
  lines: 'lines',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** How the maps name places: as in 1917, as today, or in Russian. */
export type NameStyle = 'period' | 'today' | 'ru';
export const NAME_STYLES: readonly NameStyle[] = ['period', 'today', 'ru'];

/** A geographic extent as [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];
