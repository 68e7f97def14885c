/**
 * Canonical layers flattened for MapLibre: nested properties (names, sources, events) do not survive
 * the trip to its worker, so each map feature carries only the flat values its expressions read.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { BasemapFeature, Layer, Place, Site, Water } from '../geo/types';

export interface SiteMapProps {
  id: string;
  category: string;
  /** The label drawn now; the others are there for the name switch. */
  label: string;
  label_period: string;
  label_today: string;
  label_ru: string;
  approximate: boolean;
}

/** Sites as map points, labelled with their 1917 English names. */
export function sitesForMap(layer: Layer<Site>): FeatureCollection<Point, SiteMapProps> {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => {
      const n = f.properties.name;
      const period = n.period_en ?? n.en;
      return {
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          category: f.properties.category,
          label: period,
          label_period: period,
          label_today: n.today_en ?? n.en,
          label_ru: n.period_ru ?? n.ru,
          approximate: f.properties.position.approximate === true,
        },
      };
    }),
  };
}

/** Water bodies with their English names as labels. */
export function waterForMap(layer: Layer<Water>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        kind: f.properties.kind,
        label: f.properties.name.en,
        label_ru: f.properties.name.ru,
      },
    })),
  };
}

/** Places with their period names (Reval, Helsingfors) as labels. */
export function placesForMap(layer: Layer<Place>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        rank: f.properties.rank,
        kind: f.properties.kind,
        label: f.properties.name.period_en,
        label_today: f.properties.name.today_en,
        label_ru: f.properties.name.period_ru ?? f.properties.name.period_en,
      },
    })),
  };
}

/** Basemap features pass through unchanged (only `kind`). */
export function basemapForMap(layer: Layer<BasemapFeature>): FeatureCollection {
  return { type: 'FeatureCollection', features: layer.features };
}
