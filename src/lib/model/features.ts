/** Typed properties of the project's GeoJSON layers, as they are stored in `geodata/`. */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

/** A work a fact was taken from. */
export interface SourceRef {
  author?: string;
  title: string;
  year?: number | string;
  page?: string;
  url?: string;
}

/** Who held a site at a given moment of the October days. */
export type Control = 'government' | 'mrc' | 'contested' | 'none';

export const SITE_CATEGORIES = [
  'government',
  'bolshevik-command',
  'communications',
  'transport',
  'bridge',
  'military',
  'finance',
] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

export interface SiteEvent {
  julian: string;
  gregorian: string;
  time_known: 'exact' | 'approximate' | 'day';
  actor: string;
  what: string;
  control_after: Control;
  /** For bridges: whether the opening span was raised or lowered after the event. */
  bridge_after?: 'raised' | 'lowered';
  sources: number[];
}

export interface Position {
  precision_m: number;
  approximate?: boolean;
  note?: string;
  source: SourceRef;
}

export interface SiteProps {
  id: string;
  name: FeatureNames;
  category: SiteCategory;
  role: string;
  position: Position;
  events: SiteEvent[];
  control_start: Control;
  /** For bridges: the state of the opening span on the morning of 24 October. */
  bridge_start?: 'raised' | 'lowered';
  sources: SourceRef[];
}

export interface WaterProps {
  id: string;
  kind: 'river' | 'sea' | 'canal';
  name: { en: string; ru: string };
  accuracy_m: number;
  note: string;
  sources: SourceRef[];
}

export interface PlaceNames {
  period_en: string;
  today_en: string;
  period_ru?: string;
  today_local?: string;
  today_local_lang?: string;
}

export interface PlaceProps {
  id: string;
  name: PlaceNames;
  kind: 'capital' | 'city' | 'fortress' | 'port';
  rank: 1 | 2 | 3;
  country_1914: string;
  note: string;
  position: Position;
  sources: SourceRef[];
}

/** Names of a basemap feature: English and Russian, as in 1917 and as today where they differ. */
export interface FeatureNames {
  en: string;
  ru: string;
  period_en?: string;
  period_ru?: string;
  today_en?: string;
  today_ru?: string;
}

/** Authored features of the Petrograd basemap: canals, streets, railways, parks and squares. */
export interface CityFeatureProps {
  id: string;
  kind: 'canal' | 'street' | 'bridge' | 'railway' | 'park' | 'square';
  name: FeatureNames;
  /** Streets: 1 for the main avenues, 2 for the others. */
  rank?: number;
  /** Canals: typical width in metres. */
  width_m?: number;
  /** Railways: the station (site id) the line runs into. */
  station?: string;
  accuracy_m: number;
  note: string;
  sources: SourceRef[];
}

/** A dated route: troops, ships or cars moving through the city and its approaches. */
export interface MovementProps {
  id: string;
  name: { en: string; ru: string };
  actor: string;
  side: 'mrc' | 'government';
  /** When the route reached each vertex, one per coordinate, in both calendars. */
  times: { julian: string; gregorian: string }[];
  time_known: 'exact' | 'approximate' | 'day';
  from: string;
  to: string;
  route_note: string;
  accuracy_m: number;
  summary: string;
  sources: SourceRef[];
}

/** A figure with the work it comes from. */
export interface SourcedFigure {
  value: number;
  year?: number;
  note?: string;
  source: SourceRef;
}

/** A territory at stake at Brest-Litovsk. */
export interface TerritoryProps {
  id: string;
  name: FeatureNames;
  basis_1914: string;
  treaty: { article: string; said: string }[];
  status: StatusChange[];
  fate: string;
  area_km2_source: SourcedFigure;
  population_1914: SourcedFigure;
  disagreements?: string;
  accuracy_km: number;
  note: string;
  sources: SourceRef[];
}

/** The 1914 frontier (lines) and the empire's European part (polygon). */
export interface FrontierProps {
  id: string;
  kind: 'frontier' | 'empire';
  name: { en: string; ru: string };
  accuracy_km: number;
  note: string;
  area_km2_source?: SourcedFigure;
  /** The empire part's population, for shares. */
  population?: SourcedFigure;
  sources: SourceRef[];
}

/** Dated lines: the front at the armistice, the German advance, the treaty line. */
export interface WarLineProps {
  id: string;
  kind: 'front' | 'advance' | 'treaty-line';
  name: { en: string; ru: string };
  /** Gregorian `YYYY-MM-DD`. */
  date: string;
  julian: string | null;
  accuracy_km: number;
  note: string;
  sources: SourceRef[];
}

/** A commonly quoted share of what Russia lost, with the range across sources. */
export interface QuotedShare {
  id: string;
  label: string;
  low: number;
  high: number;
  unit: string;
  of: string;
  note?: string;
  sources: (SourceRef & { value?: string })[];
}

/** A dated event of the negotiation and its aftermath. */
export interface PeaceEvent {
  id: string;
  /** Gregorian `YYYY-MM-DD`. */
  date: string;
  julian: string | null;
  title: string;
  text: string;
  kind: 'negotiation' | 'military' | 'treaty' | 'aftermath';
  places: string[];
  sources: SourceRef[];
}

/** Properties of the generated Natural Earth basemap layers. */
export interface BasemapProps {
  kind: 'land' | 'border';
}

export type Site = Feature<Point, SiteProps>;
export type Water = Feature<Polygon | MultiPolygon, WaterProps>;
export type Place = Feature<Point, PlaceProps>;
export type CityFeature = Feature<
  LineString | MultiLineString | Polygon | MultiPolygon,
  CityFeatureProps
>;
export type Movement = Feature<LineString, MovementProps>;
export type Territory = Feature<Polygon | MultiPolygon, TerritoryProps>;
export type FrontierFeature = Feature<
  LineString | MultiLineString | Polygon | MultiPolygon,
  FrontierProps
>;
export type WarLine = Feature<LineString | MultiLineString, WarLineProps>;
export type BasemapFeature = Feature<
  Polygon | MultiPolygon | LineString | MultiLineString,
  BasemapProps
>;

/** What a canonical layer file says about itself, beside its features. */
export interface LayerMetadata {
  title: string;
  description?: string;
  licence?: string;
  sources: SourceRef[];
}

/** A parsed, validated layer: its features and its metadata. */
export type Layer<F extends Feature> = FeatureCollection<F['geometry'], F['properties']> & {
  metadata: LayerMetadata;
};

/** The statuses a territory of the peace can have at a date. */
export const TERRITORY_STATUSES = [
  'russian',
  'occupied',
  'contested',
  'independent',
  'german-protectorate',
  'ceded',
  'ottoman',
] as const;
export type TerritoryStatus = (typeof TERRITORY_STATUSES)[number];

export interface StatusChange {
  /** Gregorian `YYYY-MM-DD`. */
  date: string;
  /** The Julian date for changes before 14 February 1918, otherwise null. */
  julian: string | null;
  status: TerritoryStatus;
  note: string;
}
