/**
 * Loads the layer files a map draws, validates each once, and indexes the features essays can link to.
 */
import type { Feature } from 'geojson';
import { refFor } from '../story/refs';
import type { SourceId } from '../map/layers';
import type { MapDef, MapId } from '../map/maps';
import { GeodataError } from './validate';
import type { Layer } from './types';

/** A feature an essay can link to. */
export interface IndexedFeature {
  /** Its reference, e.g. `site:smolny`. */
  key: string;
  source: SourceId;
  id: string;
  mapId: MapId;
  /** The English name a reader sees. */
  name: string;
  feature: Feature;
}

export interface LoadedMap {
  id: MapId;
  layers: Partial<Record<SourceId, Layer<Feature>>>;
  features: Map<string, IndexedFeature>;
}

/** A layer file that could not be fetched or read. */
export class LoadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Could not load ${file}: ${reason}`);
    this.name = 'LoadError';
  }
}

/** The English name of a canonical feature, whatever its layer. */
export function featureName(feature: Feature): string {
  const name = (feature.properties as { name?: Record<string, string | undefined> } | null)?.name;
  return name?.period_en ?? name?.en ?? String(feature.id ?? '');
}

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * Fetches and validates every layer file of a map.
 * @param urls where each file (by its path under geodata/) is served
 */
export async function loadMap(
  def: MapDef,
  urls: Record<string, string>,
  fetchFn: Fetch,
): Promise<LoadedMap> {
  const loaded: LoadedMap = { id: def.id, layers: {}, features: new Map() };
  await Promise.all(
    def.files.map(async (file) => {
      const url = urls[file.file];
      if (!url) throw new LoadError(file.file, 'the file is not part of this build');
      let json: unknown;
      try {
        const res = await fetchFn(url);
        if (!res.ok) throw new Error(`the server answered ${res.status}`);
        json = await res.json();
      } catch (e) {
        throw new LoadError(file.file, e instanceof Error ? e.message : String(e));
      }
      const layer = file.parse(json);
      loaded.layers[file.source] = layer;
      if (!file.linkable) return;
      for (const feature of layer.features) {
        const id = (feature.properties as { id: string }).id;
        const key = refFor(file.source, id);
        if (key)
          loaded.features.set(key, {
            key,
            source: file.source,
            id,
            mapId: def.id,
            name: featureName(feature),
            feature,
          });
      }
    }),
  );
  return loaded;
}

export { GeodataError };
