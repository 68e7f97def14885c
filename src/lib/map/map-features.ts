/**
 * Canonical layers flattened for MapLibre, for one view (moment and name style): nested properties
 * do not survive the trip to its worker, so each map feature carries only the flat values its
 * expressions read, already resolved for the moment shown.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type {
  BasemapFeature,
  CityFeature,
  Control,
  FeatureNames,
  FrontierFeature,
  Layer,
  Movement,
  Place,
  Site,
  Territory,
  WarLine,
  Water,
} from '../model/features';
import { gregorianInstant, lineAt, statusAt } from '../time/peace';
import { bridgeAt, controlAt, routeAt } from '../time/state';
import { julianInstant } from '../time/instant';
import { iconName } from './icons';

/** How features are named on the map: as in 1917, as today, or in Russian. */
import { NAME_STYLES, type NameStyle } from '../model/ids';

export { NAME_STYLES, type NameStyle };

/** What the derived map data depends on. */
export interface ViewState {
  /** The moment shown (see time/instant.ts). */
  time: number;
  names: NameStyle;
}

export interface SiteMapProps {
  id: string;
  category: string;
  control: Control;
  /** 'raised' or 'lowered' for bridges, '' for other sites. */
  bridge: string;
  icon: string;
  label: string;
  approximate: boolean;
  precision_m: number;
}

/** Sites as map points, with their holder and bridge state at the moment shown. */
export function sitesForMap(
  layer: Layer<Site>,
  view: ViewState,
): FeatureCollection<Point, SiteMapProps> {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => {
      const p = f.properties;
      const control = controlAt(p, view.time);
      const bridge = bridgeAt(p, view.time);
      return {
        type: 'Feature',
        id: p.id,
        geometry: f.geometry,
        properties: {
          id: p.id,
          category: p.category,
          control,
          bridge: bridge ?? '',
          icon: iconName(p.category, control, bridge === 'raised'),
          label: cityLabel(p.name, view.names),
          approximate: p.position.approximate === true,
          precision_m: p.position.precision_m,
        },
      };
    }),
  };
}

/** Water bodies labelled in English or Russian. */
export function waterForMap(layer: Layer<Water>, view: ViewState): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        kind: f.properties.kind,
        label: view.names === 'ru' ? f.properties.name.ru : f.properties.name.en,
      },
    })),
  };
}

/** Places with their period names (Reval, Helsingfors), today's names, or Russian names. */
export function placesForMap(layer: Layer<Place>, view: ViewState): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => {
      const n = f.properties.name;
      const label =
        view.names === 'ru'
          ? (n.period_ru ?? n.period_en)
          : view.names === 'today'
            ? n.today_en
            : n.period_en;
      return {
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          rank: f.properties.rank,
          kind: f.properties.kind,
          label,
        },
      };
    }),
  };
}

/** Basemap features pass through unchanged (only `kind`). */
export function basemapForMap(layer: Layer<BasemapFeature>): FeatureCollection {
  return { type: 'FeatureCollection', features: layer.features };
}

/** The label of a feature (site, street, territory…) in a name style. */
export function cityLabel(n: FeatureNames, names: NameStyle): string {
  if (names === 'ru') return n.period_ru ?? n.ru;
  if (names === 'today') return n.today_en ?? n.en;
  return n.period_en ?? n.en;
}

/** Canals, streets, railways, parks: flat properties and a label in the name style shown. */
export function cityForMap(layer: Layer<CityFeature>, view: ViewState): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => {
      const p = f.properties;
      return {
        type: 'Feature',
        id: p.id,
        geometry: f.geometry,
        properties: {
          id: p.id,
          kind: p.kind,
          rank: p.rank ?? 2,
          width_m: p.width_m ?? 20,
          label: cityLabel(p.name, view.names),
        },
      };
    }),
  };
}

/** Each route as far as it had got at the moment shown; routes not yet begun are left out. */
export function movementsForMap(
  layer: Layer<Movement>,
  view: ViewState,
): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const f of layer.features) {
    const p = f.properties;
    const times = p.times.map((t) => julianInstant(t.julian));
    const travelled = routeAt(f, times, view.time);
    if (!travelled) continue;
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'LineString', coordinates: travelled },
      properties: {
        id: p.id,
        side: p.side,
        arrived: view.time >= times[times.length - 1]!,
        label: view.names === 'ru' ? p.name.ru : p.name.en,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Territories coloured by their status at the date shown. */
export function territoriesForMap(layer: Layer<Territory>, view: ViewState): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        status: statusAt(f.properties.status, view.time),
        // Map labels stay short: the card gives the full name with its explanations.
        label: cityLabel(f.properties.name, view.names).replace(/\s*\(.*?\)/g, ''),
      },
    })),
  };
}

/** The 1914 frontier lines (the empire polygon is for the figures, not drawn). */
export function frontierForMap(layer: Layer<FrontierFeature>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layer.features
      .filter((f) => f.properties.kind === 'frontier')
      .map((f) => ({
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry,
        properties: { id: f.properties.id },
      })),
  };
}

/** The front in force at the date shown, and the treaty line once it was signed. */
export function warLinesForMap(layer: Layer<WarLine>, view: ViewState): FeatureCollection {
  const fronts = layer.features.filter((f) => f.properties.kind !== 'treaty-line');
  const front = lineAt(
    fronts.map((f) => ({ date: f.properties.date, f })),
    view.time,
  )?.f;
  const treaty = layer.features.filter(
    (f) => f.properties.kind === 'treaty-line' && gregorianInstant(f.properties.date) <= view.time,
  );
  return {
    type: 'FeatureCollection',
    features: [...(front ? [front] : []), ...treaty].map((f) => ({
      type: 'Feature',
      id: f.properties.id,
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        kind: f.properties.kind,
        label: view.names === 'ru' ? f.properties.name.ru : f.properties.name.en,
      },
    })),
  };
}
