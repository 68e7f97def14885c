/**
 * The two maps of the atlas, declared as data: extent, zoom range, the layer files each draws,
 * the layer builder and the attribution of every source.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Layer } from '../model/features';
import {
  parseBasemap,
  parseCityLayer,
  parseMovements,
  parseWarLines,
  parseTerritories,
  parseFrontier,
  parsePlaces,
  parseSites,
  parseWater,
} from '../geo/validate';
import {
  EUROPE_EXTENT,
  EUROPE_VIEW,
  PETROGRAD_EXTENT,
  PETROGRAD_VIEW,
  type Extent,
} from './extents';
import { europeLayers, petrogradLayers, SOURCE, type SourceId } from './layers';
import {
  basemapForMap,
  cityForMap,
  movementsForMap,
  placesForMap,
  sitesForMap,
  warLinesForMap,
  territoriesForMap,
  frontierForMap,
  waterForMap,
  type ViewState,
} from './map-features';
import type { Theme } from './theme';
import { OCTOBER, PEACE, type TimelineSpec } from '../time/timeline';

import { MAP_IDS, type MapId } from '../model/ids';
export { MAP_IDS, type MapId };

/** One canonical layer file and how it becomes a map source. */
export interface LayerFile {
  source: SourceId;
  /** Path of the file relative to the repository's `geodata/` folder. */
  file: string;
  parse: (json: unknown) => Layer<Feature>;
  /** Flattens canonical properties into what MapLibre expressions read, for one view. */
  toMap: (layer: Layer<Feature>, view: ViewState) => FeatureCollection;
  /** The parts of the view the map data depends on; it is derived again only when they change. */
  uses: readonly (keyof ViewState)[];
  /** Whether essay links and map clicks select this layer's features. */
  linkable: boolean;
}

/** Declares a layer file; the one place where its feature type is erased for the list of files. */
function layerFile<F extends Feature>(
  source: SourceId,
  file: string,
  parse: (json: unknown) => Layer<F>,
  toMap: (layer: Layer<F>, view: ViewState) => FeatureCollection,
  uses: readonly (keyof ViewState)[],
  linkable: boolean,
): LayerFile {
  return { source, file, parse, toMap: toMap as unknown as LayerFile['toMap'], uses, linkable };
}

export interface MapDef {
  id: MapId;
  title: string;
  /** A one-line description for the map's accessible name. */
  description: string;
  /** The camera may not leave this box; the data covers it. */
  extent: Extent;
  /** What the map frames when it opens. */
  view: Extent;
  minZoom: number;
  maxZoom: number;
  /** The zoom a camera stops at when it flies to a single point. */
  pointZoom: number;
  files: LayerFile[];
  layers: (theme: Theme) => LayerSpecification[];
  /** JSON documents beside the layers, by path under geodata/. */
  documents?: { shares?: string; events?: string };
  /** The timeline under the map, and the moment the map opens at. */
  timeline: TimelineSpec;
  initialTime: number;
  /** What the timeline's dates are written in. */
  calendarNote: string;
  /** Attribution of every source the map draws, as HTML for MapLibre's attribution control. */
  attribution: string[];
}

const ours = 'Atlas 1917 data';

export const MAPS: Record<MapId, MapDef> = {
  petrograd: {
    id: 'petrograd',
    title: 'Petrograd 1917',
    description:
      'Map of Petrograd in October 1917 with the strategic sites of the Bolshevik seizure of power.',
    extent: PETROGRAD_EXTENT,
    view: PETROGRAD_VIEW,
    minZoom: 9,
    maxZoom: 17,
    pointZoom: 14,
    files: [
      layerFile(
        SOURCE.parks,
        'petrograd/parks.geojson',
        parseCityLayer(['park', 'square'], ['Polygon', 'MultiPolygon']),
        cityForMap,
        ['names'],
        false,
      ),
      layerFile(SOURCE.water, 'petrograd/water.geojson', parseWater, waterForMap, ['names'], true),
      layerFile(
        SOURCE.canals,
        'petrograd/canals.geojson',
        parseCityLayer(['canal'], ['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
        cityForMap,
        ['names'],
        false,
      ),
      layerFile(
        SOURCE.railways,
        'petrograd/railways.geojson',
        parseCityLayer(['railway'], ['LineString', 'MultiLineString']),
        cityForMap,
        ['names'],
        false,
      ),
      layerFile(
        SOURCE.streets,
        'petrograd/streets.geojson',
        parseCityLayer(['street'], ['LineString', 'MultiLineString']),
        cityForMap,
        ['names'],
        false,
      ),
      layerFile(
        SOURCE.movements,
        'petrograd/movements.geojson',
        parseMovements,
        movementsForMap,
        ['time', 'names'],
        false,
      ),
      layerFile(
        SOURCE.sites,
        'petrograd/sites.geojson',
        parseSites,
        sitesForMap,
        ['time', 'names'],
        true,
      ),
    ],
    layers: petrogradLayers,
    timeline: OCTOBER,
    initialTime: OCTOBER.start,
    calendarNote: 'Julian / Gregorian, Petrograd time',
    attribution: [
      'Shore: GSHHG',
      'streets, banks and parks © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)',
      ours,
      'Font: PT Sans',
    ],
  },
  'brest-litovsk': {
    id: 'brest-litovsk',
    title: 'Brest-Litovsk 1918',
    description:
      'Map of Eastern Europe for the peace of Brest-Litovsk, December 1917 to November 1918.',
    extent: EUROPE_EXTENT,
    view: EUROPE_VIEW,
    minZoom: 3,
    maxZoom: 9,
    pointZoom: 6,
    files: [
      layerFile(SOURCE.land, 'brest-litovsk/land.geojson', parseBasemap, basemapForMap, [], false),
      layerFile(
        SOURCE.borders,
        'brest-litovsk/borders.geojson',
        parseBasemap,
        basemapForMap,
        [],
        false,
      ),
      layerFile(
        SOURCE.territories,
        'brest-litovsk/territories.geojson',
        parseTerritories,
        territoriesForMap,
        ['time', 'names'],
        true,
      ),
      layerFile(
        SOURCE.frontier,
        'brest-litovsk/frontier-1914.geojson',
        parseFrontier,
        frontierForMap,
        [],
        false,
      ),
      layerFile(
        SOURCE.lines,
        'brest-litovsk/lines.geojson',
        parseWarLines,
        warLinesForMap,
        ['time', 'names'],
        false,
      ),
      layerFile(
        SOURCE.places,
        'brest-litovsk/places.geojson',
        parsePlaces,
        placesForMap,
        ['names'],
        true,
      ),
    ],
    layers: europeLayers,
    documents: { shares: 'brest-litovsk/stakes.json', events: 'brest-litovsk/events.json' },
    timeline: PEACE,
    // The day the treaty was signed.
    initialTime: Date.UTC(1918, 2, 3),
    calendarNote: 'Julian / Gregorian until Russia changed calendars on 1/14 February 1918',
    attribution: [
      '<a href="https://www.naturalearthdata.com/">Natural Earth</a>',
      ours,
      'Font: PT Sans',
    ],
  },
};

/** The map that draws a source, or undefined when no map does. */
export function mapOfSource(source: string): MapId | undefined {
  return MAP_IDS.find((id) => MAPS[id].files.some((f) => f.source === source));
}
