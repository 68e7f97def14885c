/**
 * Presenting: the essay as slides with the map large, moved by the keyboard or a clicker, in full
 * screen when the browser allows it, mirrored to a presenter view in a second window.
 */
import { tick } from 'svelte';
import type { Essay, Passage } from '../lib/story/essay';
import { passageText } from '../lib/story/essay';
import { slideAfter, slideCommand, slidesOf } from '../lib/story/slides';
import {
  isPresenterMessage,
  PRESENTER_CHANNEL,
  type PresenterMessage,
  type SlideSummary,
} from '../lib/presenter-channel';
import type { PassageOrigin } from '../lib/atlas.svelte';
import { classifySwipe, type TouchPoint } from '../lib/gesture';

/**
 * Where a finger never starts a swipe: on the map one finger pans it, the timeline's slider and a
 * sheet's handle drag, and a field moves its caret; a swipe there would turn the slide as well.
 */
const NO_SWIPE = '.map, [role="slider"], .sheet-handle, input, textarea, select';

/** What presenting asks of the reader's state. */
export interface PresentationReader {
  readonly activePassageId: string | null;
  follow: boolean;
  clearSelection(): void;
  activatePassage(passageId: string, origin: PassageOrigin): void;
  jumpToPassage(passageId: string): void;
  report(message: string): void;
}

/** The part of a BroadcastChannel presenting uses. */
export interface ChannelLike {
  onmessage: ((e: MessageEvent) => void) | null;
  postMessage(message: PresenterMessage): void;
  close(): void;
}

/** What presenting asks of the browser. */
export interface PresentationHost {
  channel(name: string): ChannelLike;
  /** Resolves once the page is in full screen; rejects when the browser refuses. */
  enterFullscreen(): Promise<void>;
  exitFullscreen(): void;
  isFullscreen(): boolean;
  copy(text: string): Promise<void>;
  /** The page's address without query or fragment (a slide's link adds its fragment). */
  base(): string;
  openWindow(url: string): void;
  now(): number;
}

/** The browser itself. */
export const browserHost: PresentationHost = {
  channel: (name) => new BroadcastChannel(name),
  enterFullscreen: () =>
    document.documentElement.requestFullscreen?.() ?? Promise.reject(new Error('no full screen')),
  exitFullscreen: () => void document.exitFullscreen().catch(() => {}),
  isFullscreen: () => document.fullscreenElement !== null,
  copy: (text) => navigator.clipboard.writeText(text),
  base: () => `${location.origin}${location.pathname}`,
  openWindow: (url) => void window.open(url, 'atlas-1917-presenter', 'popup,width=1100,height=720'),
  now: () => Date.now(),
};

const summary = (p: Passage | undefined): SlideSummary | null =>
  p ? { section: p.section, text: passageText(p), notes: p.notes ?? null } : null;

export class Presentation {
  presenting = $state(false);
  index = $state(0);
  /** The link to the slide shown has just been copied. */
  copied = $state(false);
  readonly slides: Passage[] = $derived.by(() => {
    const essay = this.#essay();
    return essay ? slidesOf(essay) : [];
  });
  /** The slide shown, while presenting. */
  readonly slide: Passage | null = $derived(
    this.presenting ? (this.slides[this.index] ?? null) : null,
  );
  /** The address (query and fragment) a student's link opens: the view shown, for reading. */
  shareLink: () => string = () => `#${this.slides[this.index]?.id ?? ''}`;
  /** Called once a presentation has started, to move the focus to the slide. */
  onstarted: () => void = () => {};

  #essay: () => Essay | null;
  #reader: PresentationReader;
  #host: PresentationHost;
  #channel: ChannelLike | null = null;
  #startedAt = 0;
  #typed = '';
  #wasFullscreen = false;
  /** Where the one finger on the screen came down, while it may still be a swipe. */
  #touch: TouchPoint | null = null;

  constructor(
    reader: PresentationReader,
    essay: () => Essay | null,
    host: PresentationHost = browserHost,
  ) {
    this.#reader = reader;
    this.#essay = essay;
    this.#host = host;
  }

  /** Starts presenting at the slide of the passage being read (the first otherwise). */
  present(): void {
    if (!this.slides.length || this.presenting) return;
    const at = this.slides.findIndex((p) => p.id === this.#reader.activePassageId);
    this.presenting = true;
    this.#reader.follow = true;
    this.#startedAt = this.#host.now();
    this.#channel = this.#host.channel(PRESENTER_CHANNEL);
    this.#channel.onmessage = (e: MessageEvent) => {
      if (!isPresenterMessage(e.data)) return;
      if (e.data.type === 'hello') this.#broadcast();
      else if (e.data.type === 'goto') this.go(e.data.index);
    };
    this.go(Math.max(0, at));
    // The Present button (now hidden) keeps the focus otherwise, and Enter would press it again.
    void tick().then(() => this.onstarted());
    this.#host.enterFullscreen().then(
      () => (this.#wasFullscreen = true),
      () => (this.#wasFullscreen = false),
    );
  }

  /** Moves to a slide (kept inside the presentation) and puts the map in its state. */
  go(i: number): void {
    if (!this.slides.length) return;
    this.index = Math.max(0, Math.min(this.slides.length - 1, i));
    this.copied = false;
    this.#reader.clearSelection();
    this.#reader.activatePassage(this.slides[this.index]!.id, 'slide');
    this.#broadcast();
  }

  /** Stops presenting; the essay comes back at the passage of the last slide. */
  leave(): void {
    if (!this.presenting) return;
    this.presenting = false;
    this.#channel?.postMessage({ type: 'ended' });
    this.#channel?.close();
    this.#channel = null;
    if (this.#host.isFullscreen()) this.#host.exitFullscreen();
    this.#wasFullscreen = false;
    if (this.#reader.activePassageId) this.#reader.jumpToPassage(this.#reader.activePassageId);
  }

  /** Keys: P presents; while presenting, the clicker's keys move between slides. */
  onkeydown(e: KeyboardEvent): void {
    const t = e.target instanceof Element ? e.target : null;
    const typing = !!t?.closest('input, textarea, select, [contenteditable], dialog');
    if (!this.presenting) {
      if (e.key === 'p' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        this.present();
      }
      return;
    }
    // Controls keep their own keys (the timeline's arrows, a button's Space and Enter); Escape
    // leaves from anywhere but a field being typed in.
    if (typing) return;
    if (t?.closest('[role="slider"]') && e.key !== 'Escape') return;
    if (t?.closest('button, a') && (e.key === ' ' || e.key === 'Enter')) return;
    const c = slideCommand(e, this.#typed);
    if (!c) return;
    e.preventDefault();
    this.#typed = c.kind === 'digit' ? c.typed : '';
    if (c.kind === 'leave') this.leave();
    else if (c.kind !== 'digit') this.go(slideAfter(c, this.index, this.slides.length));
  }

  /** A finger comes down: while presenting, it may start a swipe (a second finger ends that). */
  ontouchstart(e: TouchEvent): void {
    const t = e.target instanceof Element ? e.target : null;
    const one = e.touches.length === 1 ? e.touches[0] : undefined;
    this.#touch =
      this.presenting && one && !t?.closest(NO_SWIPE)
        ? { x: one.clientX, y: one.clientY, t: e.timeStamp }
        : null;
  }

  /** The finger lifts: a swipe left shows the next slide, a swipe right the previous one. */
  ontouchend(e: TouchEvent): void {
    const start = this.#touch;
    this.#touch = null;
    const end = e.changedTouches[0];
    if (!start || !end || e.touches.length > 0 || !this.presenting) return;
    const swipe = classifySwipe(start, { x: end.clientX, y: end.clientY, t: e.timeStamp });
    if (swipe === 'swipe-left') this.go(this.index + 1);
    else if (swipe === 'swipe-right') this.go(this.index - 1);
  }

  /** The browser took the touch over (a scroll, a pinch): no swipe. */
  ontouchcancel(): void {
    this.#touch = null;
  }

  /** Escape in full screen leaves full screen before any key reaches the page: leave with it. */
  onfullscreenchange(): void {
    if (!this.#host.isFullscreen() && this.#wasFullscreen && this.presenting) this.leave();
  }

  /** Opens the presenter view (notes, next slide, elapsed time) in a second window. */
  openPresenter(): void {
    this.#host.openWindow('?view=presenter');
  }

  /**
   * Copies a link to the slide shown, opening its passage for reading with the map as it is now
   * (moment, card, camera); says it with the link when the browser refuses.
   */
  async copyLink(): Promise<void> {
    const url = `${this.#host.base()}${this.shareLink()}`;
    try {
      await this.#host.copy(url);
      this.copied = true;
    } catch {
      this.#reader.report(
        `The browser would not copy the link; here it is to copy by hand: ${url}`,
      );
    }
  }

  #broadcast(): void {
    const current = summary(this.slides[this.index]);
    if (!this.#channel || !current) return;
    this.#channel.postMessage({
      type: 'state',
      index: this.index,
      total: this.slides.length,
      current,
      next: summary(this.slides[this.index + 1]),
      startedAt: this.#startedAt,
    });
  }
}
