import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import {
  Presentation,
  type ChannelLike,
  type PresentationHost,
} from '../../../src/app/presentation.svelte';
import { parseEssay } from '../../../src/lib/story/parse';
import type { PresenterMessage } from '../../../src/lib/presenter-channel';

const essay = parseEssay(`---
title: Slides
---

## October

The committee sat in the [Smolny](site:smolny).

The ministers waited in the [Winter Palace](site:winter-palace).

The cruiser lay in the Neva.

## Sources

A list of books.
`);

function setup(active: string | null = null) {
  const calls: string[] = [];
  const reader = {
    activePassageId: active,
    follow: false,
    clearSelection: () => calls.push('clear'),
    activatePassage: (id: string, origin: string) => {
      reader.activePassageId = id;
      calls.push(`activate ${id} ${origin}`);
    },
    jumpToPassage: (id: string) => calls.push(`jump ${id}`),
    report: (m: string) => calls.push(`report ${m}`),
  };
  const sent: PresenterMessage[] = [];
  const channel: ChannelLike & { closed: boolean } = {
    onmessage: null,
    postMessage: (m) => sent.push(m),
    close: () => (channel.closed = true),
    closed: false,
  };
  let fullscreen = false;
  const opened: string[] = [];
  const copied: string[] = [];
  let copyFails = false;
  const host: PresentationHost = {
    channel: () => channel,
    enterFullscreen: () => ((fullscreen = true), Promise.resolve()),
    exitFullscreen: () => (fullscreen = false),
    isFullscreen: () => fullscreen,
    copy: (t) =>
      copyFails ? Promise.reject(new Error('no')) : (copied.push(t), Promise.resolve()),
    base: () => 'http://class.test/atlas/',
    openWindow: (url) => opened.push(url),
    now: () => 1_000,
  };
  const p = new Presentation(reader, () => essay, host);
  return {
    p,
    reader,
    calls,
    sent,
    channel,
    opened,
    copied,
    failCopy: () => (copyFails = true),
    leaveFullscreen: () => (fullscreen = false),
  };
}

/** A touch event as the window hands it over: the fingers down, the ones that moved, when. */
const touch = (
  target: Element,
  down: [number, number][],
  changed: [number, number][],
  t: number,
): TouchEvent => {
  const list = (ps: [number, number][]) => ps.map(([clientX, clientY]) => ({ clientX, clientY }));
  return {
    target,
    touches: list(down),
    changedTouches: list(changed),
    timeStamp: t,
  } as unknown as TouchEvent;
};

/** One finger from x0 to x1 (and dy down) over `ms`. */
function swipe(p: Presentation, target: Element, x0: number, x1: number, dy = 10, ms = 200) {
  p.ontouchstart(touch(target, [[x0, 400]], [], 1_000));
  p.ontouchend(touch(target, [], [[x1, 400 + dy]], 1_000 + ms));
}

const key = (k: string, target: Element = document.body, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key: k, cancelable: true, ...init });
  Object.defineProperty(e, 'target', { value: target });
  return e;
};

describe('Presentation', () => {
  it('makes one slide of each passage but the sources', () => {
    const { p } = setup();
    expect(p.slides.map((s) => s.id)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(p.slide).toBeNull();
  });

  it('starts at the passage being read, makes the map follow, and tells the presenter view', async () => {
    const { p, reader, calls, sent } = setup('p-2');
    p.present();
    await Promise.resolve();
    flushSync();
    expect(p.presenting).toBe(true);
    expect(p.index).toBe(1);
    expect(p.slide?.id).toBe('p-2');
    expect(reader.follow).toBe(true);
    expect(calls).toEqual(['clear', 'activate p-2 slide']);
    expect(sent).toEqual([
      expect.objectContaining({ type: 'state', index: 1, total: 3, startedAt: 1_000 }),
    ]);
    const state = sent[0] as Extract<PresenterMessage, { type: 'state' }>;
    expect(state.current.text).toBe('The ministers waited in the Winter Palace.');
    expect(state.next?.text).toBe('The cruiser lay in the Neva.');
  });

  it('walks the slides with a clicker’s keys, a typed number and Enter, and leaves on Escape', () => {
    const { p, calls, sent, channel } = setup();
    p.onkeydown(key('p'));
    expect(p.index).toBe(0);
    p.onkeydown(key('ArrowRight'));
    p.onkeydown(key('PageDown'));
    p.onkeydown(key('PageDown'));
    expect(p.index).toBe(2);
    p.onkeydown(key('1'));
    p.onkeydown(key('Enter'));
    expect(p.index).toBe(0);
    p.onkeydown(key('End'));
    expect(p.index).toBe(2);
    p.onkeydown(key('Escape'));
    expect(p.presenting).toBe(false);
    expect(sent.at(-1)).toEqual({ type: 'ended' });
    expect(channel.closed).toBe(true);
    expect(calls.at(-1)).toBe('jump p-3');
  });

  it('turns the slide on a swipe: left for the next, right for the previous', () => {
    const { p } = setup();
    const text = document.createElement('p');
    // Not presenting: a swipe is only a swipe.
    swipe(p, text, 300, 180);
    expect(p.presenting).toBe(false);
    p.present();
    swipe(p, text, 300, 180);
    swipe(p, text, 300, 180);
    expect(p.index).toBe(2);
    swipe(p, text, 180, 300);
    expect(p.index).toBe(1);
    // A tap, a slow drag and a vertical scroll turn nothing.
    swipe(p, text, 300, 298);
    swipe(p, text, 300, 100, 0, 900);
    swipe(p, text, 300, 260, 200);
    expect(p.index).toBe(1);
  });

  it('leaves a finger on the map, the timeline or a sheet’s handle, and a pinch, to them', () => {
    const { p } = setup();
    p.present();
    const map = document.createElement('div');
    map.className = 'map';
    const canvas = map.appendChild(document.createElement('canvas'));
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    const handle = document.createElement('div');
    handle.className = 'sheet-handle';
    for (const el of [canvas, slider, handle]) swipe(p, el, 300, 100);
    expect(p.index).toBe(0);
    // A second finger comes down before the first lifts: a pinch, not a swipe.
    const text = document.createElement('p');
    p.ontouchstart(touch(text, [[300, 400]], [], 0));
    p.ontouchstart(
      touch(
        text,
        [
          [300, 400],
          [200, 400],
        ],
        [],
        50,
      ),
    );
    p.ontouchend(touch(text, [], [[100, 400]], 200));
    expect(p.index).toBe(0);
    // The browser took a touch over: its end is no swipe.
    p.ontouchstart(touch(text, [[300, 400]], [], 0));
    p.ontouchcancel();
    p.ontouchend(touch(text, [], [[100, 400]], 200));
    expect(p.index).toBe(0);
  });

  it('leaves the keys of fields, sliders and buttons to them', () => {
    const { p } = setup();
    const input = document.createElement('input');
    p.onkeydown(key('p', input));
    expect(p.presenting).toBe(false);
    p.present();
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    p.onkeydown(key('ArrowRight', slider));
    const button = document.createElement('button');
    p.onkeydown(key('Enter', button));
    expect(p.index).toBe(0);
    p.onkeydown(key('ArrowRight', button));
    expect(p.index).toBe(1);
  });

  it('leaves on Escape even from the timeline’s slider, which keeps its arrows', () => {
    const { p } = setup();
    p.present();
    const slider = document.createElement('div');
    slider.setAttribute('role', 'slider');
    p.onkeydown(key('ArrowRight', slider));
    expect(p.presenting).toBe(true);
    p.onkeydown(key('Escape', slider));
    expect(p.presenting).toBe(false);
  });

  it('copies the link it is given for the view shown', async () => {
    const { p, copied } = setup();
    p.present();
    p.shareLink = () => '?map=petrograd&card=site:smolny#p-1';
    await p.copyLink();
    expect(copied).toEqual(['http://class.test/atlas/?map=petrograd&card=site:smolny#p-1']);
  });

  it('answers the presenter view’s hello and goto, and ignores a malformed message', () => {
    const { p, sent, channel } = setup();
    p.present();
    channel.onmessage?.(new MessageEvent('message', { data: { type: 'goto', index: 2 } }));
    expect(p.index).toBe(2);
    channel.onmessage?.(new MessageEvent('message', { data: { type: 'goto', index: 'x' } }));
    channel.onmessage?.(new MessageEvent('message', { data: '<script>' }));
    expect(p.index).toBe(2);
    const before = sent.length;
    channel.onmessage?.(new MessageEvent('message', { data: { type: 'hello' } }));
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)).toMatchObject({ type: 'state', index: 2 });
  });

  it('leaves when the reader leaves full screen, once it had been entered', async () => {
    const { p, leaveFullscreen } = setup();
    p.present();
    await Promise.resolve();
    leaveFullscreen();
    p.onfullscreenchange();
    expect(p.presenting).toBe(false);
  });

  it('copies a link to the slide, or gives it to copy by hand when the browser refuses', async () => {
    const { p, copied, calls, failCopy, opened } = setup();
    p.present();
    p.go(1);
    await p.copyLink();
    expect(copied).toEqual(['http://class.test/atlas/#p-2']);
    expect(p.copied).toBe(true);
    p.go(2);
    expect(p.copied).toBe(false);
    failCopy();
    await p.copyLink();
    expect(calls.at(-1)).toBe(
      'report The browser would not copy the link; here it is to copy by hand: http://class.test/atlas/#p-3',
    );
    p.openPresenter();
    expect(opened).toEqual(['?view=presenter']);
  });

  it('does not present an essay without slides', () => {
    const p = new Presentation(setup().reader, () => null, {} as PresentationHost);
    p.present();
    expect(p.presenting).toBe(false);
  });
});
