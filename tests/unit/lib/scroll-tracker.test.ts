// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScrollTracker } from '../../../src/lib/scroll-tracker';

/** A recording stand-in for the browser's observer: tests fire its callback by hand. */
class FakeObserver {
  static made: FakeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(
    readonly callback: (entries: IntersectionObserverEntry[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.made.push(this);
  }
  observe(el: Element): void {
    this.observed.push(el);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** Reports elements entering (true) or leaving (false) the reading line. */
  fire(...changes: [Element, boolean][]): void {
    this.callback(
      changes.map(
        ([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry,
      ),
    );
  }
}

let now = 0;
let root: HTMLElement;
let p: Record<'a' | 'b' | 'c', HTMLElement>;

/** A passage element with a fixed position on the page. */
function passage(id: string, top: number): HTMLElement {
  const el = document.createElement('p');
  el.dataset.passage = id;
  el.getBoundingClientRect = () => ({ top }) as DOMRect;
  return el;
}

function track(line?: number) {
  const reported: string[] = [];
  const tracker = new ScrollTracker(root, {
    onactive: (id) => reported.push(id),
    ...(line === undefined ? {} : { line }),
  });
  const observer = FakeObserver.made.at(-1)!;
  return { tracker, observer, reported };
}

/** A tracker past its first report, which only says where the reader starts. */
function primed() {
  const t = track();
  t.observer.fire([p.a, true]);
  return t;
}

beforeEach(() => {
  FakeObserver.made = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  now = 1_000;
  p = { a: passage('p-1', 100), b: passage('p-2', 300), c: passage('p-3', 500) };
  root = document.createElement('main');
  const aside = document.createElement('aside'); // not a passage: never observed
  root.append(p.a, aside, p.b, p.c);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ScrollTracker: setting up', () => {
  it('observes every passage of the root, and only those', () => {
    const { observer } = track();
    expect(observer.observed).toEqual([p.a, p.b, p.c]);
  });

  it('puts the reading line at 45% of the viewport by default, as a band 1% high', () => {
    expect(track().observer.options).toEqual({ rootMargin: '-45% 0px -54% 0px', threshold: 0 });
  });

  it('puts the reading line where it is told', () => {
    expect(track(0.3).observer.options.rootMargin).toBe('-30% 0px -69% 0px');
  });

  it('disconnects its observer', () => {
    const { tracker, observer } = track();
    tracker.disconnect();
    expect(observer.disconnected).toBe(true);
  });
});

describe('ScrollTracker: reporting', () => {
  it('does not report the passage the reader starts on', () => {
    const { observer, reported } = track();
    observer.fire([p.a, true]);
    expect(reported).toEqual([]);
    // …and that passage is not reported later either, as it is already current.
    observer.fire([p.a, true]);
    expect(reported).toEqual([]);
  });

  it('reports each passage that comes onto the line', () => {
    const { observer, reported } = primed();
    observer.fire([p.a, false], [p.b, true]);
    observer.fire([p.b, false], [p.c, true]);
    expect(reported).toEqual(['p-2', 'p-3']);
  });

  it('reports the topmost of two passages on the line', () => {
    const { observer, reported } = primed();
    observer.fire([p.a, false], [p.c, true], [p.b, true]);
    expect(reported).toEqual(['p-2']);
  });

  it('reports nothing while no passage is on the line, nor the same one again on return', () => {
    const { observer, reported } = primed();
    observer.fire([p.a, false]);
    observer.fire([p.a, true]);
    expect(reported).toEqual([]);
  });

  it('takes a passage set as current as already reported', () => {
    const { tracker, observer, reported } = primed();
    tracker.current = 'p-2';
    observer.fire([p.a, false], [p.b, true]);
    expect(reported).toEqual([]);
    observer.fire([p.b, false], [p.c, true]);
    expect(reported).toEqual(['p-3']);
  });

  it('reports a passage again once current was cleared', () => {
    const { tracker, observer, reported } = primed();
    tracker.current = null;
    observer.fire([p.a, true]);
    expect(reported).toEqual(['p-1']);
  });
});

describe('ScrollTracker: quiet', () => {
  it('reports nothing for the given time, then reports again', () => {
    const { tracker, observer, reported } = primed();
    tracker.quiet(500);
    observer.fire([p.a, false], [p.b, true]);
    expect(reported).toEqual([]);
    now += 500;
    vi.advanceTimersByTime(500);
    observer.fire([p.b, false], [p.c, true]);
    expect(reported).toEqual(['p-3']);
  });

  it('keeps track of what crossed the line while quiet', () => {
    const { tracker, observer, reported } = primed();
    tracker.quiet(500);
    observer.fire([p.a, false], [p.c, true]);
    now += 600;
    // p-3 is still on the line; p-2 joins it above: the topmost is reported.
    observer.fire([p.b, true]);
    expect(reported).toEqual(['p-2']);
  });

  it('is quiet for 1.5 s by default', () => {
    const { tracker, observer, reported } = primed();
    tracker.quiet();
    now += 1_499;
    observer.fire([p.a, false], [p.b, true]);
    expect(reported).toEqual([]);
    now += 1;
    observer.fire([p.c, true]);
    expect(reported).toEqual(['p-2']);
  });

  it('ends early when the page stops scrolling', () => {
    const { tracker, observer, reported } = primed();
    tracker.quiet(10_000);
    document.dispatchEvent(new Event('scrollend'));
    observer.fire([p.a, false], [p.b, true]);
    expect(reported).toEqual(['p-2']);
  });

  it('ends when its timer runs out even if the clock says otherwise', () => {
    // The timer, not only the clock, ends it: a scroll that never sends scrollend still ends.
    const { tracker, observer, reported } = primed();
    tracker.quiet(500);
    vi.advanceTimersByTime(500);
    observer.fire([p.a, false], [p.b, true]);
    expect(reported).toEqual(['p-2']);
  });

  it('does not make the first report while quiet', () => {
    const { tracker, observer, reported } = track();
    tracker.quiet(500);
    observer.fire([p.b, true]);
    now += 500;
    observer.fire([p.c, true]);
    // The first report after the quiet only sets where the reader is.
    expect(reported).toEqual([]);
    observer.fire([p.a, true]);
    expect(reported).toEqual(['p-1']);
  });
});

describe('ScrollTracker.observe', () => {
  it('watches a passage drawn after the tracker was made, and reports it', () => {
    const t = primed();
    const later = passage('p-4', 700);
    root.append(later);
    t.tracker.observe(later);
    expect(t.observer.observed).toEqual([p.a, p.b, p.c, later]);
    t.observer.fire([p.a, false], [later, true]);
    expect(t.reported).toEqual(['p-4']);
  });
});

describe('ScrollTracker with the reader’s scrolls heard', () => {
  function heard() {
    const scroller = document.createElement('div');
    document.body.append(scroller);
    const reported: string[] = [];
    const tracker = new ScrollTracker(root, {
      onactive: (id) => reported.push(id),
      scrolls: document,
    });
    const observer = FakeObserver.made.at(-1)!;
    observer.fire([p.a, true]);
    const scroll = () => scroller.dispatchEvent(new Event('scroll'));
    return { tracker, observer, reported, scroll };
  }

  it('reports a passage a scroll brought to the line', () => {
    const { observer, reported, scroll } = heard();
    scroll();
    now += 100;
    observer.fire([p.a, false], [p.b, true]);
    expect(reported).toEqual(['p-2']);
  });

  it('does not report one the layout moved there, until the reader scrolls', () => {
    const { observer, reported, scroll } = heard();
    // A panel opens above the essay: p-2 slides onto the line with no scroll at all.
    observer.fire([p.a, false], [p.b, true]);
    expect(reported).toEqual([]);
    // Long after a scroll, a change is the layout's too.
    scroll();
    expect(reported).toEqual(['p-2']);
    now += 1_000;
    observer.fire([p.b, false], [p.c, true]);
    expect(reported).toEqual(['p-2']);
  });

  it('stops listening when disconnected', () => {
    const { tracker, observer, reported, scroll } = heard();
    observer.fire([p.a, false], [p.b, true]);
    tracker.disconnect();
    scroll();
    expect(reported).toEqual([]);
  });
});
