/**
 * Headless scroll tracking: reports which passage crosses a reading line across the viewport (a thin
 * band just above its middle). It knows nothing of the map; whoever listens decides what follows.
 */

export interface ScrollTrackerOptions {
  /** Where the reading line sits, as a fraction of the viewport's height from the top. */
  line?: number;
  /** Reports the id (`data-passage`) of the passage now on the reading line. */
  onactive: (id: string) => void;
  /**
   * Where the reader's scrolls are heard (`scroll` events, captured): when given, only a passage a
   * scroll brought to the line is reported. One moved there by the layout (a panel or a banner
   * opening above the essay, a sheet pulled up) is not a passage the reader went on to.
   */
  scrolls?: EventTarget;
}

/** How long after a scroll event the observer's report still counts as that scroll's, ms. */
export const SCROLL_REPORT_MS = 500;

/** Watches elements marked `data-passage` inside a root element. */
export class ScrollTracker {
  #observer: IntersectionObserver;
  #onactive: (id: string) => void;
  #onLine = new Set<Element>();
  #quietUntil = 0;
  #quietTimer: ReturnType<typeof setTimeout> | undefined;
  #current: string | null = null;
  /** The first report, made as the page opens, only says where the reader starts. */
  #primed = false;
  #scrolls: EventTarget | null;
  #scrolledAt = -Infinity;
  #onScroll = () => {
    this.#scrolledAt = performance.now();
    // A passage the layout put on the line, unreported then, is the reader's once they scroll.
    if (this.#primed && performance.now() >= this.#quietUntil) this.#report();
  };

  constructor(root: HTMLElement, options: ScrollTrackerOptions) {
    const line = options.line ?? 0.45;
    this.#onactive = options.onactive;
    const top = Math.round(line * 100);
    this.#observer = new IntersectionObserver((entries) => this.#update(entries), {
      rootMargin: `-${top}% 0px -${99 - top}% 0px`,
      threshold: 0,
    });
    for (const el of root.querySelectorAll('[data-passage]')) this.observe(el);
    this.#scrolls = options.scrolls ?? null;
    this.#scrolls?.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  /** Watches a passage added after the tracker was made (one watched twice is watched once). */
  observe(el: Element): void {
    this.#observer.observe(el);
  }

  /** Stops reporting while the page scrolls by itself (to a passage chosen elsewhere). */
  quiet(ms = 1500): void {
    this.#quietUntil = performance.now() + ms;
    clearTimeout(this.#quietTimer);
    const end = () => {
      this.#quietUntil = 0;
      document.removeEventListener('scrollend', end, true);
    };
    document.addEventListener('scrollend', end, { capture: true, once: true });
    this.#quietTimer = setTimeout(end, ms);
  }

  /** The passage now on the reading line; it is not reported again until another takes its place. */
  set current(id: string | null) {
    this.#current = id;
  }

  #update(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (e.isIntersecting) this.#onLine.add(e.target);
      else this.#onLine.delete(e.target);
    }
    if (performance.now() < this.#quietUntil) return;
    if (!this.#primed) {
      this.#primed = true;
      this.#current = this.#onTheLine();
      return;
    }
    if (this.#scrolls && performance.now() - this.#scrolledAt > SCROLL_REPORT_MS) return;
    this.#report();
  }

  /** The topmost passage on the line (two meet only at a boundary). */
  #onTheLine(): string | null {
    const first = [...this.#onLine].sort(
      (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
    )[0];
    return first?.getAttribute('data-passage') ?? null;
  }

  #report(): void {
    const id = this.#onTheLine();
    if (id && id !== this.#current) {
      this.#current = id;
      this.#onactive(id);
    }
  }

  disconnect(): void {
    clearTimeout(this.#quietTimer);
    this.#observer.disconnect();
    this.#scrolls?.removeEventListener('scroll', this.#onScroll, { capture: true });
  }
}
