/**
 * The one owner of the MapLibre instance. Components ask the context for the map; work that needs a
 * loaded style waits in a queue until the style has loaded.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('atlas-map');

export class MapContext {
  #map = $state.raw<MapLibreMap | null>(null);
  #styleLoaded = $state(false);
  #queue: Array<(map: MapLibreMap) => void> = [];

  /** The map; throws when asked before the map exists or after it was destroyed. */
  get map(): MapLibreMap {
    if (!this.#map) throw new Error('The map is not ready yet.');
    return this.#map;
  }

  get hasMap(): boolean {
    return this.#map !== null;
  }

  get styleLoaded(): boolean {
    return this.#styleLoaded;
  }

  attach(map: MapLibreMap): void {
    this.#map = map;
  }

  /** Called when a style starts loading (false) and when it has loaded (true). */
  setStyleLoaded(loaded: boolean): void {
    this.#styleLoaded = loaded;
    if (!loaded || !this.#map) return;
    const queued = this.#queue.splice(0);
    for (const job of queued) job(this.#map);
  }

  /** Runs `job` now if the style has loaded, otherwise as soon as it has. */
  whenStyleLoaded(job: (map: MapLibreMap) => void): void {
    if (this.#map && this.#styleLoaded) job(this.#map);
    else this.#queue.push(job);
  }

  detach(): void {
    this.#queue = [];
    this.#styleLoaded = false;
    this.#map = null;
  }
}

export function setMapContext(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('getMapContext() called outside a map component.');
  return ctx;
}
