/**
 * Loads the layer files a map draws, validates each once, and indexes the features essays can link to.
 */
import type { Feature } from 'geojson';
import { refFor } from '../story/refs';
import type { SourceId } from './layers';
import type { MapDef, MapId } from './maps';
import { GeodataError, parsePeaceEvents, parseShares } from '../geo/validate';
import type { Layer, PeaceEvent, QuotedShare } from '../model/features';

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
  /** The map's JSON documents that are not layers (quoted figures, dated events). */
  documents: { shares?: QuotedShare[]; events?: PeaceEvent[] };
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
  const loaded: LoadedMap = { id: def.id, layers: {}, features: new Map(), documents: {} };
  const fetchJson = async (file: string): Promise<unknown> => {
    const url = urls[file];
    if (!url) throw new LoadError(file, 'the file is not part of this build');
    try {
      const res = await fetchFn(url);
      if (!res.ok) throw new Error(`the server answered ${res.status}`);
      return await res.json();
    } catch (e) {
      throw new LoadError(file, e instanceof Error ? e.message : String(e));
    }
  };
  const docs = def.documents ?? {};
  const documents = Promise.all([
    docs.shares
      ? fetchJson(docs.shares).then((j) => (loaded.documents.shares = parseShares(j)))
      : null,
    docs.events
      ? fetchJson(docs.events).then((j) => (loaded.documents.events = parsePeaceEvents(j)))
      : null,
  ]);
  // Handled below, after the layers; this only keeps an early failure from being reported as unhandled.
  documents.catch(() => undefined);
  await Promise.all(
    def.files.map(async (file) => {
      const layer = file.parse(await fetchJson(file.file));
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
  await documents;
  return loaded;
}

export { GeodataError };
