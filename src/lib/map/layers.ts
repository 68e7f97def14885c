/**
 * Map layers as data: each builder takes a theme and returns MapLibre layer specifications with
 * stable ids. Components render these; they never invent layers of their own.
 * Style spec: https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SITE_CATEGORIES } from '../geo/types';
import type { Theme } from './theme';

/** Source ids, shared by the style, the feature references of the essay and feature-state calls. */
export const SOURCE = {
  water: 'water',
  sites: 'sites',
  land: 'land',
  borders: 'borders',
  places: 'places',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** Layer ids. */
export const LAYER = {
  background: 'background',
  waterFill: 'water-fill',
  waterLabel: 'water-label',
  siteHalo: 'site-halo',
  siteCircle: 'site-circle',
  siteLabel: 'site-label',
  landFill: 'land-fill',
  borderLine: 'border-line',
  placeHalo: 'place-halo',
  placeCircle: 'place-circle',
  placeLabel: 'place-label',
} as const;

/** True while a feature is selected (set with `map.setFeatureState`). */
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

function categoryColour(theme: Theme): ExpressionSpecification {
  const pairs = SITE_CATEGORIES.flatMap((c) => [c, theme.category[c]]);
  // A variadic `match` is beyond the spec's tuple types; its shape is checked by the style validator test.
  return ['match', ['get', 'category'], ...pairs, theme.text] as unknown as ExpressionSpecification;
}

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
      id: LAYER.waterFill,
      type: 'fill',
      source: SOURCE.water,
      // No outline: neighbouring water bodies meet along cut lines that are not shores.
      paint: { 'fill-color': theme.water, 'fill-outline-color': theme.water },
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
        'text-color': theme.waterText,
        'text-halo-color': theme.water,
        'text-halo-width': 1,
      },
    },
    {
      id: LAYER.siteHalo,
      type: 'circle',
      source: SOURCE.sites,
      paint: {
        'circle-radius': ['case', selected, 18, 0],
        'circle-color': theme.highlightHalo,
        'circle-opacity': 0.85,
        'circle-stroke-color': theme.highlight,
        'circle-stroke-width': ['case', selected, 3, 0],
      },
    },
    {
      id: LAYER.siteCircle,
      type: 'circle',
      source: SOURCE.sites,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 8],
        'circle-color': ['case', selected, theme.highlight, categoryColour(theme)],
        'circle-stroke-color': theme.markerStroke,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYER.siteLabel,
      type: 'symbol',
      source: SOURCE.sites,
      layout: {
        ...labelLayout(theme, theme.labelSize),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
      paint: {
        'text-color': ['case', selected, theme.highlight, theme.text],
        'text-halo-color': theme.textHalo,
        'text-halo-width': 1.5,
      },
    },
  ];
}

/** Layers of the Eastern Europe map: land on a sea background, faint modern borders, places. */
export function europeLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': theme.water } },
    { id: LAYER.landFill, type: 'fill', source: SOURCE.land, paint: { 'fill-color': theme.land } },
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
      id: LAYER.placeHalo,
      type: 'circle',
      source: SOURCE.places,
      paint: {
        'circle-radius': ['case', selected, 16, 0],
        'circle-color': theme.highlightHalo,
        'circle-opacity': 0.85,
        'circle-stroke-color': theme.highlight,
        'circle-stroke-width': ['case', selected, 3, 0],
      },
    },
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
