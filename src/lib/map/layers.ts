/**
 * Map layers as data: each builder takes a theme and returns MapLibre layer specifications with
 * stable ids. Components render these; they never invent layers of their own.
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from './theme';

import { SOURCE, type SourceId } from '../model/ids';

export { SOURCE, type SourceId };

/** The sources a passage may show or hide (`layers:` in its map block); the basemap always shows. */
export const OVERLAY_SOURCES: readonly SourceId[] = [
  SOURCE.sites,
  SOURCE.movements,
  SOURCE.places,
  SOURCE.territories,
  SOURCE.frontier,
  SOURCE.lines,
];

/** Layer ids. */
export const LAYER = {
  background: 'background',
  parkFill: 'park-fill',
  waterFill: 'water-fill',
  canalFill: 'canal-fill',
  canalLine: 'canal-line',
  railwayLine: 'railway-line',
  streetCasing: 'street-casing',
  streetLine: 'street-line',
  streetLabel: 'street-label',
  movementLine: 'movement-line',
  movementHead: 'movement-head',
  waterLabel: 'water-label',
  siteHalo: 'site-halo',
  siteUncertainty: 'site-uncertainty',
  siteMarker: 'site-marker',
  landFill: 'land-fill',
  territoryFill: 'territory-fill',
  territoryOutline: 'territory-outline',
  territoryHalo: 'territory-halo',
  territoryLabel: 'territory-label',
  frontierLine: 'frontier-line',
  frontLine: 'front-line',
  treatyLine: 'treaty-line',
  borderLine: 'border-line',
  placeHalo: 'place-halo',
  placeCircle: 'place-circle',
  placeLabel: 'place-label',
  answerPoint: 'answer-point',
} as const;

/**
 * The source of the answers drawn on a map (the reader's taps, a class's), on every map; its features
 * carry `tone` (right, partial, wrong, class). Not a feature source: nothing on it can be selected.
 */
export const ANSWER_SOURCE = 'answers';

/** The answers' points, drawn above every other layer, each in its tone with a ring to stand out. */
export function answerLayers(theme: Theme): LayerSpecification[] {
  const a = theme.answer;
  return [
    {
      id: LAYER.answerPoint,
      type: 'circle',
      source: ANSWER_SOURCE,
      paint: {
        'circle-radius': ['match', ['get', 'tone'], 'class', 6, 8],
        'circle-color': [
          'match',
          ['get', 'tone'],
          'right',
          a.right,
          'partial',
          a.partial,
          'wrong',
          a.wrong,
          a.class,
        ],
        'circle-opacity': ['match', ['get', 'tone'], 'class', 0.75, 1],
        'circle-stroke-color': theme.markerStroke,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}

/**
 * A length in metres on the ground as pixels on screen, at a latitude, for any zoom. MapLibre's
 * tiles are 512 px: a pixel covers 40,075,017 m × cos(latitude) / (512 × 2^zoom).
 */
export function metresToPixels(
  metres: ExpressionSpecification,
  latitude: number,
  minPixels = 0,
): ExpressionSpecification {
  const perPixelAtZ0 = (40_075_016.686 * Math.cos((latitude * Math.PI) / 180)) / 512;
  const at = (z: number): ExpressionSpecification => {
    const px: ExpressionSpecification = ['/', ['*', metres, 2 ** z], perPixelAtZ0];
    return minPixels > 0 ? ['max', minPixels, px] : px;
  };
  // Exact at every whole zoom; between them, exponential interpolation is exact too until the floor.
  const stops = Array.from({ length: 23 }, (_, z) => [z, at(z)]).flat();
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    ...stops,
  ] as unknown as ExpressionSpecification;
}

/** The ring drawn under a selected point feature, in the highlight colour. */
function selectionHalo(
  id: string,
  source: string,
  radius: number,
  theme: Theme,
): LayerSpecification {
  return {
    id,
    type: 'circle',
    source,
    paint: {
      'circle-radius': ['case', selected, radius, linked, radius * 0.8, 0],
      'circle-color': theme.highlightHalo,
      'circle-opacity': ['case', selected, 0.85, 0.6],
      'circle-stroke-color': theme.highlight,
      'circle-stroke-width': ['case', selected, 3, linked, 1.5, 0],
    },
  };
}

/**
 * True while a feature is selected, or while the reader points at a link to it (both set with
 * `map.setFeatureState`).
 */
const selected: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'selected'], false],
  ['boolean', ['feature-state', 'hover'], false],
];
/** True while the passage being read links to the feature. */
const linked: ExpressionSpecification = ['boolean', ['feature-state', 'linked'], false];

function labelLayout(theme: Theme, size: number | ExpressionSpecification) {
  return {
    'text-field': ['get', 'label'] as ExpressionSpecification,
    'text-font': [theme.fontFamily],
    'text-size': size,
    'text-max-width': 9,
  };
}

/** Layers of the Petrograd city map: the period water basemap and the coup's sites. */
export function petrogradLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.land } },
    {
      id: LAYER.parkFill,
      type: 'fill',
      source: SOURCE.parks,
      paint: {
        'fill-color': ['match', ['get', 'kind'], 'park', theme.park, theme.land],
        'fill-outline-color': theme.streetText,
      },
    },
    {
      id: LAYER.waterFill,
      type: 'fill',
      source: SOURCE.water,
      // No outline: neighbouring water bodies meet along cut lines that are not shores.
      paint: {
        'fill-color': ['case', ['any', selected, linked], theme.waterHighlight, theme.water],
        'fill-outline-color': theme.water,
      },
    },
    {
      // Canals whose banks follow the embankment streets are polygons (WATER.md).
      id: LAYER.canalFill,
      type: 'fill',
      source: SOURCE.canals,
      filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
      paint: { 'fill-color': theme.water, 'fill-outline-color': theme.water },
    },
    {
      // The other canals drawn as centre lines at their width on the ground, never thinner than
      // a hairline.
      id: LAYER.canalLine,
      type: 'line',
      source: SOURCE.canals,
      filter: ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.water,
        'line-width': metresToPixels(['get', 'width_m'], 59.94, 1),
      },
    },
    {
      id: LAYER.railwayLine,
      type: 'line',
      source: SOURCE.railways,
      paint: { 'line-color': theme.railway, 'line-width': 1.6, 'line-dasharray': [4, 2] },
    },
    {
      id: LAYER.streetCasing,
      type: 'line',
      source: SOURCE.streets,
      minzoom: 11,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.streetText,
        'line-opacity': 0.25,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          11,
          ['match', ['get', 'rank'], 1, 2.5, 2, 1.2, 0.6],
          14,
          ['match', ['get', 'rank'], 1, 6, 2, 4.5, 3],
          17,
          ['match', ['get', 'rank'], 1, 20, 2, 15, 10],
        ],
      },
    },
    {
      id: LAYER.streetLine,
      type: 'line',
      source: SOURCE.streets,
      minzoom: 11,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': theme.street,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          11,
          ['match', ['get', 'rank'], 1, 1.5, 2, 0.7, 0.3],
          14,
          ['match', ['get', 'rank'], 1, 4.5, 2, 3.2, 2],
          17,
          ['match', ['get', 'rank'], 1, 17, 2, 12.5, 8],
        ],
      },
    },
    {
      id: LAYER.streetLabel,
      type: 'symbol',
      source: SOURCE.streets,
      minzoom: 13,
      // Main streets are labelled from z13, the others from z15 (OSM streets are dense).
      filter: ['any', ['<=', ['get', 'rank'], 2], ['>=', ['zoom'], 15]],
      layout: {
        ...labelLayout(theme, [
          'interpolate',
          ['linear'],
          ['zoom'],
          13,
          theme.labelSize - 3,
          17,
          theme.labelSize,
        ]),
        'symbol-placement': 'line',
        'symbol-sort-key': ['get', 'rank'],
        'text-max-angle': 30,
        'text-padding': 4,
      },
      paint: {
        'text-color': theme.streetText,
        'text-halo-color': theme.street,
        'text-halo-width': 1.2,
      },
    },
    {
      id: LAYER.waterLabel,
      type: 'symbol',
      source: SOURCE.water,
      minzoom: 11,
      layout: {
        ...labelLayout(theme, theme.labelSize),
        'text-letter-spacing': 0.15,
        'symbol-placement': 'point',
      },
      paint: {
        'text-color': ['case', selected, theme.highlight, theme.waterText],
        'text-halo-color': theme.water,
        'text-halo-width': 1,
      },
    },
    {
      // Routes as far as they had got; government routes dashed, finished routes paler.
      id: LAYER.movementLine,
      type: 'line',
      source: SOURCE.movements,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': [
          'match',
          ['get', 'side'],
          'government',
          theme.route.government,
          theme.route.mrc,
        ],
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 15, 5],
        'line-opacity': ['case', ['get', 'arrived'], 0.45, 0.9],
      },
    },
    selectionHalo(LAYER.siteHalo, SOURCE.sites, 18, theme),
    {
      // How far off an approximate position may be, drawn to scale (radius = precision in metres).
      id: LAYER.siteUncertainty,
      type: 'circle',
      source: SOURCE.sites,
      filter: ['==', ['get', 'approximate'], true],
      paint: {
        'circle-radius': metresToPixels(['get', 'precision_m'], 59.94),
        'circle-color': theme.control.contested,
        'circle-opacity': 0.08,
        'circle-stroke-color': theme.text,
        'circle-stroke-opacity': 0.45,
        'circle-stroke-width': 1,
      },
    },
    {
      id: LAYER.siteMarker,
      type: 'symbol',
      source: SOURCE.sites,
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 15, 1.3],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        ...labelLayout(theme, theme.labelSize),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-optional': true,
      },
      paint: {
        'text-color': ['case', selected, theme.highlight, theme.text],
        'text-halo-color': theme.textHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

function territoryPairs(theme: Theme): string[] {
  return Object.entries(theme.territory).flat();
}

/** Layers of the Eastern Europe map: land on a sea background, faint modern borders, places. */
export function europeLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.water } },
    { id: LAYER.landFill, type: 'fill', source: SOURCE.land, paint: { 'fill-color': theme.land } },
    {
      id: LAYER.territoryFill,
      type: 'fill',
      source: SOURCE.territories,
      paint: {
        'fill-color': [
          'match',
          ['get', 'status'],
          ...territoryPairs(theme),
          theme.land,
        ] as unknown as ExpressionSpecification,
        'fill-opacity': 0.85,
      },
    },
    {
      id: LAYER.territoryOutline,
      type: 'line',
      source: SOURCE.territories,
      paint: { 'line-color': theme.textHalo, 'line-width': 1 },
    },
    {
      id: LAYER.territoryHalo,
      type: 'line',
      source: SOURCE.territories,
      paint: {
        'line-color': theme.highlight,
        'line-width': ['case', selected, 3.5, linked, 2, 0],
      },
    },
    {
      id: LAYER.borderLine,
      type: 'line',
      source: SOURCE.borders,
      paint: {
        'line-color': theme.border,
        'line-width': 0.7,
        'line-dasharray': [3, 2],
        'line-opacity': 0.6,
      },
    },
    {
      id: LAYER.frontierLine,
      type: 'line',
      source: SOURCE.frontier,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.frontier, 'line-width': 1.6, 'line-dasharray': [6, 2, 1, 2] },
    },
    {
      id: LAYER.frontLine,
      type: 'line',
      source: SOURCE.lines,
      filter: ['!=', ['get', 'kind'], 'treaty-line'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.front, 'line-width': 3 },
    },
    {
      id: LAYER.treatyLine,
      type: 'line',
      source: SOURCE.lines,
      filter: ['==', ['get', 'kind'], 'treaty-line'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.treatyLine, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.territoryLabel,
      type: 'symbol',
      source: SOURCE.territories,
      layout: {
        ...labelLayout(theme, theme.labelSize),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
      },
      paint: {
        'text-color': theme.frontier,
        'text-halo-color': theme.textHalo,
        'text-halo-width': 1.2,
        'text-opacity': 0.85,
      },
    },
    selectionHalo(LAYER.placeHalo, SOURCE.places, 16, theme),
    {
      id: LAYER.placeCircle,
      type: 'circle',
      source: SOURCE.places,
      filter: [
        'any',
        ['==', ['get', 'rank'], 1],
        ['>=', ['zoom'], ['match', ['get', 'rank'], 2, 4, 5.5]],
      ],
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 4.5, 3.5],
        'circle-color': ['case', selected, theme.highlight, theme.text],
        'circle-stroke-color': theme.markerStroke,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: LAYER.placeLabel,
      type: 'symbol',
      source: SOURCE.places,
      filter: [
        'any',
        ['==', ['get', 'rank'], 1],
        ['>=', ['zoom'], ['match', ['get', 'rank'], 2, 4, 5.5]],
      ],
      layout: {
        ...labelLayout(theme, [
          'match',
          ['get', 'rank'],
          1,
          theme.labelSize + 1,
          theme.labelSize - 1,
        ]),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.7,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': ['case', selected, theme.highlight, theme.text],
        'text-halo-color': theme.textHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

/** How a line layer is drawn, for a legend's sample: its colour, width and dashes, in pixels. */
export interface LineSample {
  stroke: string;
  width: number;
  /** An SVG `stroke-dasharray` (MapLibre measures dashes in line widths; SVG in pixels). */
  dash: string | undefined;
}

/**
 * The sample a legend draws for a line layer, read from the layer itself so the two cannot differ;
 * null for a layer that is not a line of one colour and one width.
 * @example lineSample(europeLayers(paperTheme), LAYER.treatyLine) // { stroke: '#…', width: 2, dash: '6 4' }
 */
export function lineSample(layers: readonly LayerSpecification[], id: string): LineSample | null {
  const layer = layers.find((l) => l.id === id);
  if (layer?.type !== 'line') return null;
  const { 'line-color': stroke, 'line-width': width, 'line-dasharray': dash } = layer.paint ?? {};
  if (typeof stroke !== 'string' || typeof width !== 'number') return null;
  const dashes =
    Array.isArray(dash) && dash.every((d) => typeof d === 'number') ? (dash as number[]) : null;
  const px = (d: number) => Math.round(d * width * 100) / 100;
  return { stroke, width, dash: dashes ? dashes.map(px).join(' ') : undefined };
}
