import '@testing-library/svelte/vitest';
import { vi } from 'vitest';

// jsdom does no layout, so it has no scrollIntoView; a recording stand-in lets tests see the call.
Element.prototype.scrollIntoView = vi.fn();

/** jsdom has no IntersectionObserver; this stand-in records what is observed and reports on demand. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  observed: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  unobserve() {}
  disconnect() {
    this.observed = [];
  }
  takeRecords() {
    return [];
  }
  /** Reports `el` as now on (or off) the reading line. */
  report(el: Element, isIntersecting: boolean) {
    this.callback(
      [{ target: el, isIntersecting } as IntersectionObserverEntry],
      this as unknown as IntersectionObserver,
    );
  }
}
globalThis.IntersectionObserver =
  FakeIntersectionObserver as unknown as typeof IntersectionObserver;
(globalThis as { FakeIntersectionObserver?: unknown }).FakeIntersectionObserver =
  FakeIntersectionObserver;
