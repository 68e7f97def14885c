import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, tick } from 'svelte';
import {
  UrlSync,
  URL_REST_MS,
  mapInAddress,
  type AddressHost,
} from '../../../src/app/url-sync.svelte';
import { Presentation, type PresentationHost } from '../../../src/app/presentation.svelte';
import { ThemeChoice } from '../../../src/app/theme.svelte';
import { Atlas } from '../../../src/lib/atlas.svelte';
import { parseEssay } from '../../../src/lib/story/parse';
import { MAPS } from '../../../src/lib/map/maps';

const essay = parseEssay(`---
title: Two passages
---

The committee sat in the [Smolny](site:smolny).

Trotsky went to [Brest-Litovsk](place:brest-litovsk).
`);

/** An address bar and history that record what is written to them, with timers run by hand. */
function fakeAddress(search = '', hash = '') {
  const location = { pathname: '/atlas/', search, hash };
  const writes: string[] = [];
  const timers = new Map<number, () => void>();
  const listeners = new Map<string, () => void>();
  let next = 0;
  const set = (url: string) => {
    const u = new URL(url, 'http://x');
    location.search = u.search;
    location.hash = u.hash;
  };
  const host: AddressHost = {
    location,
    history: {
      pushState: (_d, _u, url) => (writes.push(`push ${url}`), set(String(url))),
      replaceState: (_d, _u, url) => (writes.push(`replace ${url}`), set(String(url))),
    },
    addEventListener: (t, fn) => listeners.set(t, fn),
    removeEventListener: (t) => listeners.delete(t),
    setTimeout: (fn, ms) => {
      expect(ms).toBe(URL_REST_MS);
      timers.set(++next, fn);
      return next;
    },
    clearTimeout: (id) => timers.delete(id as number),
  };
  const runTimers = () => {
    for (const [id, fn] of [...timers]) {
      timers.delete(id);
      fn();
    }
  };
  return { host, location, writes, timers, listeners, runTimers };
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function setup(search = '', hash = '', paused = () => false) {
  const address = fakeAddress(search, hash);
  const atlas = new Atlas(
    () => new Promise(() => {}),
    () => essay,
  );
  const presentation = new Presentation(atlas, () => atlas.essay, {
    channel: () => ({ onmessage: null, postMessage: () => {}, close: () => {} }),
    enterFullscreen: () => Promise.reject(new Error('no')),
    exitFullscreen: () => {},
    isFullscreen: () => false,
    now: () => 0,
  } as unknown as PresentationHost);
  const theme = new ThemeChoice('paper', () => undefined);
  let sync!: UrlSync;
  cleanups.push(
    $effect.root(() => void (sync = new UrlSync(atlas, presentation, theme, paused, address.host))),
  );
  cleanups.push(sync.connect(Promise.resolve()));
  await tick();
  await tick();
  flushSync();
  return { ...address, atlas, presentation, theme, sync };
}

describe('UrlSync', () => {
  it('reads the view from the address it was opened at, then rewrites it without a new entry', async () => {
    const { atlas, theme, writes, sync } = await setup(
      '?map=brest-litovsk&names=ru&theme=projector',
      '#p-1',
    );
    expect(sync.ready).toBe(true);
    expect(atlas.mapId).toBe('brest-litovsk');
    expect(atlas.names).toBe('ru');
    expect(theme.id).toBe('projector');
    expect(atlas.activePassageId).toBe('p-1');
    expect(writes.every((w) => w.startsWith('replace '))).toBe(true);
  });

  it('shows a view it is given (a live class’s teacher’s) in place of the entry shown', async () => {
    const { atlas, writes, sync } = await setup('?map=petrograd', '#p-1');
    writes.length = 0;
    sync.show('?map=brest-litovsk#p-2');
    flushSync();
    expect(atlas.mapId).toBe('brest-litovsk');
    expect(atlas.activePassageId).toBe('p-2');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.startsWith('replace '))).toBe(true);
    expect(writes[0]).toBe('replace /atlas/?map=brest-litovsk#p-2');
  });

  it('adds an entry for a new map, and writes a new passage only once it rests', async () => {
    const { atlas, writes, runTimers, timers } = await setup();
    writes.length = 0;
    atlas.showMap('brest-litovsk');
    flushSync();
    expect(writes).toEqual([expect.stringMatching(/^push \/atlas\/\?map=brest-litovsk/)]);
    atlas.activePassageId = 'p-2';
    flushSync();
    expect(writes).toHaveLength(1);
    expect(timers.size).toBe(1);
    runTimers();
    expect(writes[1]).toMatch(/^replace \/atlas\/\?map=brest-litovsk.*#p-2$/);
  });

  it('writes a passage still waiting before the next entry, so Back returns to it', async () => {
    const { atlas, writes } = await setup();
    writes.length = 0;
    atlas.activePassageId = 'p-2';
    flushSync();
    atlas.showMap('brest-litovsk');
    flushSync();
    expect(writes).toEqual([
      expect.stringMatching(/^replace \/atlas\/\?map=petrograd.*#p-2$/),
      expect.stringMatching(/^push \/atlas\/\?map=brest-litovsk/),
    ]);
  });

  it('follows Back and Forward without adding entries', async () => {
    const { atlas, writes, listeners, location } = await setup();
    writes.length = 0;
    location.search = '?map=brest-litovsk&card=place:brest-litovsk';
    listeners.get('popstate')!();
    flushSync();
    expect(atlas.mapId).toBe('brest-litovsk');
    expect(atlas.selection?.ref).toBe('place:brest-litovsk');
    expect(writes.every((w) => w.startsWith('replace '))).toBe(true);
  });

  it('writes the waiting change when the page goes away', async () => {
    const { atlas, writes, listeners } = await setup();
    writes.length = 0;
    atlas.activePassageId = 'p-2';
    flushSync();
    listeners.get('pagehide')!();
    expect(writes).toEqual([expect.stringMatching(/#p-2$/)]);
  });

  it('writes nothing while paused, and nothing new once the view is given back', async () => {
    let paused = false;
    const { atlas, writes, runTimers } = await setup('', '', () => paused);
    runTimers();
    writes.length = 0;
    const view = atlas.snapshotView();
    paused = true;
    atlas.showMap('brest-litovsk');
    flushSync();
    atlas.restoreView(view);
    paused = false;
    flushSync();
    runTimers();
    expect(writes.filter((w) => w.startsWith('push'))).toEqual([]);
  });

  it('says what part of a link it could not use, and shows the rest', async () => {
    const { atlas } = await setup('?map=brest-litovsk&names=klingon', '#p-99');
    expect(atlas.mapId).toBe('brest-litovsk');
    expect(atlas.errors).toEqual([expect.stringContaining('this essay has no passage “p-99”')]);
  });
});

describe('UrlSync: what a link asks that cannot be shown as it is', () => {
  const notice = (atlas: Atlas) => atlas.errors.join(' ');

  it('shows the last slide for a slide past the end, and says so', async () => {
    const { presentation, atlas } = await setup('?slide=9999');
    expect(presentation.presenting).toBe(true);
    expect(presentation.index).toBe(1);
    expect(notice(atlas)).toContain('this essay has 2 slides, so the last one is shown');
  });

  it('moves a moment outside the timeline to its nearest end, and says so', async () => {
    const { atlas } = await setup('?map=petrograd&t=1918-03-03T12:00');
    expect(atlas.time).toBe(MAPS.petrograd.timeline.end);
    expect(notice(atlas)).toContain('lies outside the Petrograd 1917 timeline');
  });

  it('keeps the map’s own view for a position off the map, and says so', async () => {
    const { atlas } = await setup('?map=petrograd&at=2.3522,48.8566,12.00');
    expect(atlas.camera?.command.kind).not.toBe('view');
    expect(notice(atlas)).toContain('lies off the Petrograd 1917 map');
  });

  it('opens no card of the other map, and says so', async () => {
    const { atlas } = await setup('?map=brest-litovsk&card=site:smolny');
    expect(atlas.selection).toBeNull();
    expect(notice(atlas)).toContain('“site:smolny” is on the Petrograd 1917 map');
  });

  it('shows a slide on its own map when the link names another, and says so', async () => {
    const { atlas, presentation } = await setup('?map=petrograd&slide=2');
    expect(presentation.index).toBe(1);
    expect(atlas.mapId).toBe('brest-litovsk');
    expect(notice(atlas)).toContain('slide 2 is on the Brest-Litovsk 1918 map');
  });

  it('restores the card and moment a slide’s link names, on top of the slide', async () => {
    const { atlas, presentation } = await setup(
      '?map=petrograd&t=1917-11-07T14:00&card=site:winter-palace&slide=1',
    );
    expect(presentation.index).toBe(0);
    expect(atlas.selection?.ref).toBe('site:winter-palace');
    expect(atlas.time).toBe(Date.UTC(1917, 10, 7, 14, 0));
    expect(atlas.errors).toEqual([]);
  });
});

describe('mapInAddress', () => {
  it('is the map a link names, and nothing for an unknown one', () => {
    expect(mapInAddress('?map=brest-litovsk&t=x')).toBe('brest-litovsk');
    expect(mapInAddress('?map=moscow')).toBeUndefined();
  });
});
