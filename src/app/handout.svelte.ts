/**
 * The printed handout: every slide's map drawn in turn on the reader's own map, then the browser's
 * print dialog; the reader's view comes back as it was. While it prepares, `preparing` says so, and
 * the address is left alone (see url-sync.svelte.ts), so printing writes no history.
 */
import { tick } from 'svelte';
import type { Passage } from '../lib/story/essay';
import { handoutOf, type HandoutPage } from '../lib/story/handout';
import type { ReaderView } from '../lib/atlas.svelte';
import type { IndexedFeature } from '../lib/map/load';
import type { ResolvedState } from '../lib/story/map-state';
import { MAPS } from '../lib/map/maps';
import type { MapId } from '../lib/model/ids';

/** A page as printed: its map's picture and what the picture shows. */
export type PrintedPage = HandoutPage & { image: string; caption: string };

/** What printing asks of the reader's state. */
export interface HandoutReader {
  readonly features: ReadonlyMap<string, IndexedFeature>;
  readonly activeState: ResolvedState | null;
  readonly mapId: MapId;
  readonly time: number;
  follow: boolean;
  clearSelection(): void;
  activatePassage(passageId: string, origin: 'slide'): void;
  snapshotView(): ReaderView;
  restoreView(view: ReaderView): void;
}

export interface HandoutHost {
  /** Every map's data, so that each page names its features. */
  allFeatures(): Promise<unknown>;
  /** A picture of the map once it has settled on the state shown. */
  snapshot(): Promise<string>;
  print(): void;
  /** Tells the reader what went wrong. */
  report(message: string): void;
}

export class HandoutPrinter {
  pages = $state.raw<PrintedPage[]>([]);
  /** What is being prepared, for the reader (null: nothing). */
  preparing = $state<string | null>(null);

  #reader: HandoutReader;
  #slides: () => Passage[];
  #host: HandoutHost;

  constructor(reader: HandoutReader, slides: () => Passage[], host: HandoutHost) {
    this.#reader = reader;
    this.#slides = slides;
    this.#host = host;
  }

  /** Draws each slide's map, lays out the pages, and opens the print dialog. */
  async print(): Promise<void> {
    const slides = this.#slides();
    if (!slides.length || this.preparing) return;
    this.preparing = 'Preparing the handout…';
    const reader = this.#reader;
    const before = reader.snapshotView();
    const out: PrintedPage[] = [];
    try {
      await this.#host.allFeatures();
      const pages = handoutOf(slides, (ref) => reader.features.get(ref));
      reader.follow = true;
      for (const [i, page] of pages.entries()) {
        this.preparing = `Preparing the handout: map ${i + 1} of ${pages.length}…`;
        reader.clearSelection();
        reader.activatePassage(page.passage.id, 'slide');
        await tick();
        const image = await this.#host.snapshot();
        const state = reader.activeState;
        const def = MAPS[(state?.map as MapId | undefined) ?? reader.mapId];
        const caption = `${def.title}, ${def.timeline.format(state?.time ?? reader.time)}`;
        out.push({ ...page, image, caption });
      }
      this.pages = out;
    } catch (e) {
      this.#host.report(
        `The handout could not be prepared: ${e instanceof Error ? e.message : String(e)}`,
      );
      return;
    } finally {
      reader.restoreView(before);
      await tick();
      this.preparing = null;
    }
    await tick();
    this.#host.print();
  }
}
