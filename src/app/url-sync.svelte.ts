/**
 * The view in the address: opening a link restores it; a new map, card, slide, name style or theme
 * is a step Back returns to; the passage, moment and camera are written once they rest; Back and
 * Forward walk the steps. Nothing is written while something borrows the map (a handout printing).
 */
import { tick } from 'svelte';
import {
  formatViewUrl,
  historyStep,
  parseViewUrl,
  type UrlContext,
  type ViewUrl,
} from '../lib/url-state';
import { MAPS, type MapDef } from '../lib/map/maps';
import { MAP_IDS, NAME_STYLES, type MapId, type NameStyle } from '../lib/model/ids';
import { themes } from '../lib/map/theme';
import type { Atlas } from '../lib/atlas.svelte';
import type { Presentation } from './presentation.svelte';
import type { ThemeChoice } from './theme.svelte';

/** What an address may name (the address parser checks each part against these). */
export const URL_CONTEXT: UrlContext = {
  mapIds: MAP_IDS,
  names: NAME_STYLES,
  themes: Object.keys(themes),
};

/** How long the passage, moment and camera must rest before the address says them. */
export const URL_REST_MS = 300;

/** The map an address names with `?map=`, read before anything else so its data is asked for first. */
export function mapInAddress(search: string): MapId | undefined {
  return parseViewUrl(search, '', URL_CONTEXT).view.map as MapId | undefined;
}

/** Why a link's moment cannot be shown on a map as it stands (it is moved into the timeline). */
export function timeProblem(def: MapDef, t: number): string | null {
  const { start, end, format } = def.timeline;
  if (t >= start && t <= end) return null;
  return `the moment it names lies outside the ${def.title} timeline (${format(start)} to ${format(end)}), so the nearest moment is shown`;
}

/** Why a link's camera cannot be used on a map: its centre lies off the map. */
export function cameraProblem(def: MapDef, c: { lng: number; lat: number }): string | null {
  const [w, s, e, n] = def.extent;
  if (c.lng >= w && c.lng <= e && c.lat >= s && c.lat <= n) return null;
  return `the map position it names (${c.lng}, ${c.lat}) lies off the ${def.title} map, so the map's own view is shown`;
}

/** The parts of the page's address and history the sync reads and writes. */
export interface AddressHost {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate' | 'pagehide', fn: () => void): void;
  removeEventListener(type: 'popstate' | 'pagehide', fn: () => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

// Read when used, not when made: the first screen is drawn at build time, where there is no page.
const browserAddress = (): AddressHost => ({
  get location() {
    return location;
  },
  get history() {
    return history;
  },
  addEventListener: (t, fn) => window.addEventListener(t, fn),
  removeEventListener: (t, fn) => window.removeEventListener(t, fn),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
});

export class UrlSync {
  /** Where the camera came to rest, for the address. */
  camera = $state.raw<{ lng: number; lat: number; zoom: number } | null>(null);
  /** The address is written only once the view it names has been read from it. */
  ready = $state(false);

  readonly #atlas: Atlas;
  readonly #presentation: Presentation;
  readonly #theme: ThemeChoice;
  readonly #paused: () => boolean;
  readonly #host: AddressHost;
  /** Back or Forward led to the view now shown. */
  #fromHistory = false;
  #lastDiscrete = '';
  /** A passage, moment or camera change waiting to be written. */
  #pending: { timer: unknown; url: string } | null = null;

  /** The address of the view shown. */
  readonly url: string = $derived.by(() => formatViewUrl(this.#view()));
  /** The address to hand a student: the view shown, opened for reading (no slide). */
  readonly shareUrl: string = $derived.by(() =>
    formatViewUrl({ ...this.#view(), slide: undefined }),
  );
  /** The parts of the view whose change is a step of its own in the history. */
  readonly #discrete: string = $derived.by(() =>
    [
      this.#atlas.mapId,
      this.#atlas.selection?.ref,
      this.#presentation.presenting ? this.#presentation.index : '',
      this.#atlas.names,
      this.#theme.id,
    ].join('|'),
  );

  #view(): ViewUrl {
    return {
      map: this.#atlas.mapId,
      passage: this.#atlas.activePassageId ?? undefined,
      time: this.#atlas.time,
      card: this.#atlas.selection?.ref,
      camera: this.camera ?? undefined,
      names: this.#atlas.names === 'period' ? undefined : this.#atlas.names,
      theme: this.#theme.id === 'paper' ? undefined : this.#theme.id,
      slide: this.#presentation.presenting ? this.#presentation.index : undefined,
    };
  }

  /** Must be made while a component initialises: it writes the address in an effect. */
  constructor(
    atlas: Atlas,
    presentation: Presentation,
    theme: ThemeChoice,
    paused: () => boolean,
    host: AddressHost = browserAddress(),
  ) {
    this.#atlas = atlas;
    this.#presentation = presentation;
    this.#theme = theme;
    this.#paused = paused;
    this.#host = host;
    $effect(() => this.#write(this.url, this.#discrete));
  }

  /** Reads the address once `ready` settles, then follows Back and Forward; returns the cleanup. */
  connect(ready: Promise<unknown>): () => void {
    const onpopstate = () => {
      this.#drop();
      this.#fromHistory = true;
      this.apply();
    };
    const onpagehide = () => this.#flush();
    let gone = false;
    void ready.then(async () => {
      await tick();
      if (gone) return;
      this.apply();
      // The address the page was opened at becomes the view's own: rewritten, not a second entry.
      this.#fromHistory = true;
      this.ready = true;
    });
    this.#host.addEventListener('popstate', onpopstate);
    // A reload or a bookmark keeps the passage being read, even within the pause before it is written.
    this.#host.addEventListener('pagehide', onpagehide);
    return () => {
      gone = true;
      this.#host.removeEventListener('popstate', onpopstate);
      this.#host.removeEventListener('pagehide', onpagehide);
      this.#drop();
    };
  }

  /**
   * Applies the view the address names; what cannot be used, or had to be changed to be shown, is
   * said in a short notice. A slide decides the map; the moment, card and camera the link names then
   * apply on top of it, as they were when the link was copied.
   */
  apply(): void {
    const { location } = this.#host;
    const { view, problems } = parseViewUrl(location.search, location.hash, URL_CONTEXT);
    const atlas = this.#atlas;
    const presentation = this.#presentation;
    if (view.theme) this.#theme.show(view.theme);
    if (view.names) atlas.names = view.names as NameStyle;
    const essay = atlas.essay;
    if (view.passage && essay) {
      if (essay.passages.some((p) => p.id === view.passage)) {
        atlas.jumpToPassage(view.passage);
        atlas.activatePassage(view.passage, 'load');
      } else problems.push(`this essay has no passage “${view.passage}”`);
    }
    const slides = presentation.slides;
    const slide = view.slide === undefined || !slides.length ? undefined : view.slide;
    if (slide !== undefined) {
      if (slide >= slides.length)
        problems.push(`this essay has ${slides.length} slides, so the last one is shown`);
      if (!presentation.presenting) presentation.present();
      presentation.go(slide);
    } else if (presentation.presenting) presentation.leave();
    if (view.map && slide !== undefined && view.map !== atlas.mapId)
      problems.push(
        `slide ${slide + 1} is on the ${MAPS[atlas.mapId].title} map, so that map is shown`,
      );
    else if (view.map) atlas.showMap(view.map as MapId);
    const def = MAPS[atlas.mapId];
    if (view.time !== undefined) {
      const problem = timeProblem(def, view.time);
      if (problem) problems.push(problem);
      atlas.setTime(view.time);
    }
    if (view.card) {
      // A feature of a map still loading is taken on trust; its card opens when the data arrives.
      const cardMap = atlas.mapOf(view.card);
      if (atlas.knows(view.card) === false) problems.push(`no map has the feature “${view.card}”`);
      else if (cardMap !== atlas.mapId)
        problems.push(`“${view.card}” is on the ${MAPS[cardMap!].title} map, not the one shown`);
      else atlas.openCard(view.card);
    } else if (atlas.selection && slide === undefined) atlas.clearSelection();
    if (view.camera) {
      const problem = cameraProblem(def, view.camera);
      if (problem) problems.push(problem);
      else atlas.cutTo([view.camera.lng, view.camera.lat], view.camera.zoom);
    }
    if (problems.length)
      atlas.report(
        `Part of this link could not be used (${problems.join('; ')}); the rest of the view is shown.`,
      );
  }

  /**
   * Shows a view given as an address's query and fragment (the teacher's, to a student following a
   * live class): the address becomes it, in place of the entry shown, and the view is applied.
   */
  show(view: string): void {
    const { location, history } = this.#host;
    this.#drop();
    history.replaceState(null, '', `${location.pathname}${view}`);
    this.#fromHistory = true;
    this.apply();
  }

  #write(url: string, discrete: string): void {
    if (!this.ready || this.#paused()) return;
    const { location, history } = this.#host;
    const next = `${location.pathname}${url}`;
    const step = historyStep({
      next,
      current: `${location.pathname}${location.search}${location.hash}`,
      discrete,
      lastDiscrete: this.#lastDiscrete,
      fromHistory: this.#fromHistory,
    });
    if (step === 'push') {
      // The entry left behind keeps the passage and camera it was showing.
      this.#flush();
      history.pushState(null, '', next);
    } else if (step === 'replace') {
      this.#drop();
      history.replaceState(null, '', next);
    } else if (step === 'rest') {
      // Each write is a navigation to the browser (it asks for the icon again, and throttles pages
      // that write too often): the passage, moment and camera wait until they rest.
      this.#drop();
      this.#pending = {
        url: next,
        timer: this.#host.setTimeout(() => {
          this.#pending = null;
          history.replaceState(null, '', next);
        }, URL_REST_MS),
      };
    } else this.#drop();
    this.#fromHistory = false;
    this.#lastDiscrete = discrete;
  }

  /** Writes the waiting change now (before a new entry, or when the page goes away). */
  #flush(): void {
    if (!this.#pending) return;
    this.#host.clearTimeout(this.#pending.timer);
    this.#host.history.replaceState(null, '', this.#pending.url);
    this.#pending = null;
  }

  #drop(): void {
    if (this.#pending) this.#host.clearTimeout(this.#pending.timer);
    this.#pending = null;
  }
}
