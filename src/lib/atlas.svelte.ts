/**
 * The application state: which map is shown, which feature is selected and from where, which passage
 * is active. Everything else is derived.
 */
import type { Essay, Passage } from './story/essay';
import { passagesMentioning } from './story/essay';
import { parseRef } from './story/refs';
import { loadMap, type IndexedFeature, type LoadedMap } from './geo/load';
import { GEODATA_URLS } from './geo/geodata-urls';
import { MAPS, mapOfSource, type MapId } from './map/maps';
import type { FeatureCollection } from 'geojson';
import type { SourceId } from './map/layers';
import type { NameStyle, ViewState } from './map/map-features';
import { clampTime } from './time/timeline';

export type SelectionOrigin = 'essay' | 'map';

export interface Selection {
  ref: string;
  origin: SelectionOrigin;
  /** Increases with every selection, so selecting the same feature again still moves the camera. */
  serial: number;
}

export class Atlas {
  mapId = $state<MapId>('petrograd');
  essay = $state.raw<Essay | null>(null);
  maps = $state.raw<Partial<Record<MapId, LoadedMap>>>({});
  selection = $state<Selection | null>(null);
  activePassageId = $state<string | null>(null);
  /** The moment each map shows (see time/instant.ts); each map keeps its own. */
  timeByMap = $state<Record<MapId, number>>({
    petrograd: MAPS.petrograd.timeline.start,
    'brest-litovsk': MAPS['brest-litovsk'].initialTime,
  });
  /** The moment the current map shows. */
  readonly time: number = $derived(this.timeByMap[this.mapId]);
  /** How the maps name places. */
  names = $state<NameStyle>('period');
  /** Problems the reader should know of, in plain words. */
  errors = $state<string[]>([]);
  #serial = 0;
  // A cache, not state: it only spares work inside sourceData.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #derivedData = new Map<SourceId, { key: string; layer: object; data: FeatureCollection }>();
  // Bookkeeping, not state: nothing renders from it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #loading = new Map<MapId, Promise<LoadedMap | null>>();

  readonly currentMap = $derived(this.maps[this.mapId] ?? null);

  /** The data each source of the current map draws, for the current view. */
  readonly sourceData: Partial<Record<SourceId, FeatureCollection>> | null = $derived.by(() => {
    const loaded = this.currentMap;
    if (!loaded) return null;
    const view: ViewState = { time: this.time, names: this.names };
    const out: Partial<Record<SourceId, FeatureCollection>> = {};
    for (const file of MAPS[loaded.id].files) {
      const layer = loaded.layers[file.source];
      if (!layer) continue;
      // Derive again only when what this layer depends on changed, so MapLibre re-tiles only it.
      const key = `${loaded.id}|${file.uses.map((u) => view[u]).join('|')}`;
      const memo = this.#derivedData.get(file.source);
      if (memo && memo.key === key && memo.layer === layer) out[file.source] = memo.data;
      else {
        const data = file.toMap(layer, view);
        this.#derivedData.set(file.source, { key, layer, data });
        out[file.source] = data;
      }
    }
    return out;
  });

  /** The selected feature, once its map's data has loaded. */
  readonly selectedFeature: IndexedFeature | null = $derived.by(() => {
    const sel = this.selection;
    if (!sel) return null;
    for (const m of Object.values(this.maps)) {
      const f = m?.features.get(sel.ref);
      if (f) return f;
    }
    return null;
  });

  /** Passages that link to the selected feature. */
  readonly mentioning: Passage[] = $derived(
    this.essay && this.selection ? passagesMentioning(this.essay, this.selection.ref) : [],
  );

  /** Every feature the loaded maps know, by reference. */
  readonly features: Map<string, IndexedFeature> = $derived(
    // A fresh map each time the loaded maps change; it is never mutated.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(Object.values(this.maps).flatMap((m) => (m ? [...m.features] : []))),
  );

  readonly #fetch: (url: string) => Promise<Response>;

  constructor(fetchFn: (url: string) => Promise<Response> = (u) => fetch(u)) {
    this.#fetch = fetchFn;
  }

  /** Loads a map's data once; later calls share the same promise. */
  ensureMap(id: MapId): Promise<LoadedMap | null> {
    let p = this.#loading.get(id);
    if (!p) {
      p = loadMap(MAPS[id], GEODATA_URLS, this.#fetch).then(
        (loaded) => {
          this.maps = { ...this.maps, [id]: loaded };
          return loaded;
        },
        (e: unknown) => {
          this.#loading.delete(id);
          this.report(
            `The ${MAPS[id].title} map could not load its data. ${e instanceof Error ? e.message : String(e)}`,
          );
          return null;
        },
      );
      this.#loading.set(id, p);
    }
    return p;
  }

  showMap(id: MapId): void {
    this.mapId = id;
    void this.ensureMap(id);
  }

  /** A reader followed a feature link in a passage. */
  selectFromEssay(ref: string, passageId: string): void {
    const mapId = this.#mapOfRef(ref);
    if (!mapId) return this.report(`The link “${ref}” does not name a feature of any map.`);
    this.activePassageId = passageId;
    this.selection = { ref, origin: 'essay', serial: ++this.#serial };
    if (mapId !== this.mapId) this.showMap(mapId);
  }

  /** A reader clicked a feature on the map. */
  selectFromMap(ref: string): void {
    this.selection = { ref, origin: 'map', serial: ++this.#serial };
    const first = this.essay ? passagesMentioning(this.essay, ref)[0] : undefined;
    this.activePassageId = first?.id ?? null;
  }

  /** Moves the current map to a moment, kept inside its timeline. */
  setTime(t: number): void {
    this.timeByMap = { ...this.timeByMap, [this.mapId]: clampTime(MAPS[this.mapId].timeline, t) };
  }

  clearSelection(): void {
    this.selection = null;
  }

  report(message: string): void {
    if (!this.errors.includes(message)) this.errors = [...this.errors, message];
  }

  dismissError(message: string): void {
    this.errors = this.errors.filter((m) => m !== message);
  }

  #mapOfRef(ref: string): MapId | undefined {
    const parsed = parseRef(ref);
    return parsed ? mapOfSource(parsed.source) : undefined;
  }
}
