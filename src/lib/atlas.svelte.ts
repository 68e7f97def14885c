/**
 * The application state: which map is shown, which feature is selected and from where, which passage
 * is active. Everything else is derived.
 */
import type { Essay, Passage } from './story/essay';
import { passagesMentioning } from './story/essay';
import { parseRef } from './story/refs';
import { loadMap, type IndexedFeature, type LoadedMap } from './map/load';
import { GEODATA_URLS } from './geo/geodata-urls';
import { MAP_IDS, MAPS, mapOfSource, type MapId } from './map/maps';
import type { FeatureCollection } from 'geojson';
import type { SourceId } from './map/layers';
import type { NameStyle, ViewState } from './map/map-features';
import { clampTime } from './time/timeline';
import { resolveStates, type ResolvedState } from './story/map-state';
import { cameraFor } from './geo/camera';
import type { CameraCommand } from './map/sync';

export type SelectionOrigin = 'essay' | 'map';

/** Why a passage became the one being read. */
export type PassageOrigin = 'scroll' | 'link' | 'jump' | 'load' | 'slide';

/** What the reader was looking at, to come back to after something borrowed the map (a handout). */
export interface ReaderView {
  mapId: MapId;
  timeByMap: Record<MapId, number>;
  selection: Selection | null;
  activePassageId: string | null;
  follow: boolean;
  layers: string[] | null;
}

export interface Selection {
  ref: string;
  origin: SelectionOrigin;
  /** Increases with every selection, so selecting the same feature again still moves the camera. */
  serial: number;
}

export class Atlas {
  mapId = $state<MapId>('petrograd');
  /** The essay being read (the reader's own when one is open); given, never assigned. */
  readonly essay: Essay | null = $derived.by(() => this.#essayOf());
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
  /** Whether the map follows the passage being read. */
  follow = $state(true);
  /** The feature whose link the reader points at or focuses. */
  hoverRef = $state<string | null>(null);
  /** The last camera move a passage asked for; the serial makes a repeat move again. */
  camera = $state.raw<{ command: CameraCommand; mapId: MapId; serial: number } | null>(null);
  /** Asks the essay to bring a passage into view (without applying its map state). */
  scrollRequest = $state.raw<{ passageId: string; serial: number } | null>(null);
  /** The overlay sources the passage being read asks to show; null: all. */
  layers = $state.raw<string[] | null>(null);
  /** A timeline range the passage being read asks to play. */
  playRequest = $state.raw<{ from: number; to: number; serial: number } | null>(null);
  #serial = 0;
  // A cache, not state: it only spares work inside sourceData.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #derivedData = new Map<
    SourceId,
    { key: string; layer: object; data: FeatureCollection; json: string }
  >();
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
        const json = JSON.stringify(data);
        // Most steps of the timeline change nothing a layer shows: keep its data then, so that
        // MapLibre does not lay out the same features again.
        const same = memo && memo.layer === layer && memo.json === json;
        this.#derivedData.set(file.source, { key, layer, data: same ? memo.data : data, json });
        out[file.source] = same ? memo.data : data;
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

  /** The map state of every passage of the essay, in order. */
  readonly passageStates: ResolvedState[] = $derived(
    this.essay
      ? resolveStates(this.essay.passages, {
          mapOfRef: (ref) => this.mapOf(ref),
          initialTime: {
            petrograd: MAPS.petrograd.timeline.start,
            'brest-litovsk': MAPS['brest-litovsk'].initialTime,
          },
          defaultMap: 'petrograd',
        })
      : [],
  );

  /** The state of the passage being read. */
  readonly activeState: ResolvedState | null = $derived(
    this.passageStates.find((s) => s.passageId === this.activePassageId) ?? null,
  );

  /** The features the passage being read links to on the map shown. */
  readonly linkedRefs: string[] = $derived(
    this.follow && this.activeState && this.activeState.map === this.mapId
      ? this.activeState.highlight
      : [],
  );

  /** Every feature the loaded maps know, by reference. */
  readonly features: Map<string, IndexedFeature> = $derived(
    // A fresh map each time the loaded maps change; it is never mutated.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(Object.values(this.maps).flatMap((m) => (m ? [...m.features] : []))),
  );

  readonly #fetch: (url: string) => Promise<Response>;
  readonly #essayOf: () => Essay | null;

  constructor(
    fetchFn: (url: string) => Promise<Response> = (u) => fetch(u),
    essayOf: () => Essay | null = () => null,
  ) {
    this.#fetch = fetchFn;
    this.#essayOf = essayOf;
  }

  /** What the reader is looking at now. */
  snapshotView(): ReaderView {
    return {
      mapId: this.mapId,
      timeByMap: { ...this.timeByMap },
      selection: this.selection,
      activePassageId: this.activePassageId,
      follow: this.follow,
      layers: this.layers,
    };
  }

  /**
   * Comes back to a view taken earlier: the passage's camera, then the map, moments, card and layers
   * exactly as they were (no passage animation plays again).
   */
  restoreView(view: ReaderView): void {
    this.follow = view.follow;
    if (view.activePassageId) this.activatePassage(view.activePassageId, 'load');
    else this.activePassageId = null;
    this.showMap(view.mapId);
    this.timeByMap = { ...view.timeByMap };
    this.selection = view.selection;
    this.layers = view.layers;
    this.playRequest = null;
  }

  /** Loads a map's data once; later calls share the same promise. */
  ensureMap(id: MapId): Promise<LoadedMap | null> {
    let p = this.#loading.get(id);
    if (!p) {
      p = loadMap(MAPS[id], GEODATA_URLS, this.#fetch).then(
        (loaded) => {
          this.maps = { ...this.maps, [id]: loaded };
          // A card opened on trust before its map arrived (a link names it) and that the map lacks.
          const ref = this.selection?.ref;
          if (ref && this.mapOf(ref) === id && !loaded.features.has(ref)) {
            this.selection = null;
            this.report(
              `The ${MAPS[id].title} map has no feature “${ref}”, so its card cannot open.`,
            );
          }
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

  /** Every map's features, once every map has loaded (the auto-linker needs them all). */
  async allFeatures(): Promise<Map<string, IndexedFeature>> {
    await Promise.all(MAP_IDS.map((id) => this.ensureMap(id)));
    return this.features;
  }

  /** Shows a map; a card of the other map closes (it would follow the wrong timeline). */
  showMap(id: MapId): void {
    if (this.selection && this.mapOf(this.selection.ref) !== id) this.selection = null;
    this.mapId = id;
    void this.ensureMap(id);
  }

  /** A reader followed a feature link in a passage. */
  selectFromEssay(ref: string, passageId: string): void {
    const mapId = this.mapOf(ref);
    if (!mapId) return this.report(`The link “${ref}” does not name a feature of any map.`);
    if (this.knows(ref) === false)
      return this.report(`The link “${ref}” names no feature of the ${MAPS[mapId].title} map.`);
    const state = this.passageStates.find((s) => s.passageId === passageId);
    this.activePassageId = passageId;
    this.selection = { ref, origin: 'essay', serial: ++this.#serial };
    // The map shows the moment the passage speaks of, on the link's own map.
    if (state && state.map === mapId) this.#setTimeOf(mapId, state.time);
    if (mapId !== this.mapId) this.showMap(mapId);
  }

  /** A reader clicked a feature on the map: the first passage that mentions it comes into view. */
  selectFromMap(ref: string): void {
    this.selection = { ref, origin: 'map', serial: ++this.#serial };
    const first = this.essay ? passagesMentioning(this.essay, ref)[0] : undefined;
    if (first) this.jumpToPassage(first.id);
  }

  /** Whether a reference names a feature: null while the map it points to has not loaded yet. */
  knows(ref: string): boolean | null {
    const mapId = this.mapOf(ref);
    if (!mapId) return false;
    return this.maps[mapId] ? this.maps[mapId].features.has(ref) : null;
  }

  /** Opens a feature's card (from a link to the view), framing it unless a camera follows. */
  openCard(ref: string): void {
    this.selection = { ref, origin: 'map', serial: ++this.#serial };
  }

  /** Puts the camera at a fixed view at once (a link to the view names it). */
  cutTo(center: [number, number], zoom: number): void {
    this.camera = {
      command: { kind: 'view', center, zoom, cut: true },
      mapId: this.mapId,
      serial: ++this.#serial,
    };
  }

  /** Brings a passage into view and marks it as read, leaving the map where it is. */
  jumpToPassage(passageId: string): void {
    this.activePassageId = passageId;
    this.scrollRequest = { passageId, serial: ++this.#serial };
  }

  /**
   * A passage became the one being read. When the map follows the essay (or the reader opened a
   * link to the passage), the map takes the passage's state: its map, moment, camera and layers.
   */
  activatePassage(passageId: string, origin: PassageOrigin): void {
    if (passageId === this.activePassageId && origin === 'scroll') return;
    this.activePassageId = passageId;
    if (!this.follow && origin === 'scroll') return;
    const state = this.passageStates.find((s) => s.passageId === passageId);
    if (state) this.applyState(state);
  }

  /** Puts the map in a passage's state. */
  applyState(state: ResolvedState): void {
    const mapId = state.map as MapId;
    this.#setTimeOf(mapId, state.time);
    if (mapId !== this.mapId) this.showMap(mapId);
    this.layers = state.layers;
    if (this.selection && this.mapOf(this.selection.ref) !== mapId) this.selection = null;
    const command = this.#cameraCommand(state);
    if (command) this.camera = { command, mapId, serial: ++this.#serial };
    // A passage opened before its map's data arrived is framed again once it has.
    if (command?.kind === 'home' && state.camera?.kind === 'fit' && !this.maps[mapId])
      void this.ensureMap(mapId).then(() => {
        if (this.activePassageId !== state.passageId) return;
        const again = this.#cameraCommand(state);
        if (again) this.camera = { command: again, mapId, serial: ++this.#serial };
      });
    this.playRequest = state.play ? { ...state.play, serial: ++this.#serial } : null;
  }

  #cameraCommand(state: ResolvedState): CameraCommand | null {
    const def = MAPS[state.map as MapId];
    const home: CameraCommand = {
      kind: 'home',
      target: {
        bounds: def.view,
        maxZoom: def.maxZoom,
      },
    };
    const cam = state.camera;
    if (!cam) return home;
    if (cam.kind === 'view') return { kind: 'view', center: cam.center, zoom: cam.zoom };
    const features = (cam.refs ?? []).flatMap((ref) => {
      const f = this.features.get(ref);
      return f && f.mapId === state.map ? [f.feature] : [];
    });
    const target = cameraFor(features, { maxZoom: def.pointZoom });
    // The map's data may not have loaded yet: frame its own view rather than nothing.
    return target ? { kind: 'bounds', target } : home;
  }

  #setTimeOf(mapId: MapId, t: number): void {
    this.timeByMap = { ...this.timeByMap, [mapId]: clampTime(MAPS[mapId].timeline, t) };
  }

  /** Moves the current map to a moment, kept inside its timeline. */
  setTime(t: number): void {
    this.#setTimeOf(this.mapId, t);
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

  /** The map a feature reference belongs to, whether or not that map has such a feature. */
  mapOf(ref: string): MapId | undefined {
    const parsed = parseRef(ref);
    return parsed ? mapOfSource(parsed.source) : undefined;
  }
}
