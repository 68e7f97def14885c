import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import EssayView from '../../src/components/EssayView.svelte';
import { parseEssay } from '../../src/lib/story/parse';
import type { IndexedFeature } from '../../src/lib/map/load';

const essay = parseEssay(`---
title: Test essay
author: Tester
---

## October

The committee met at the [Smolny](site:smolny) while ministers sat in the [Winter Palace](site:winter-palace).

A second passage on the [Smolny Institute](site:smolny) and <img src=x onerror="window.__pwned = true"> markup.
`);

const features = new Map<string, IndexedFeature>([
  [
    'site:smolny',
    {
      key: 'site:smolny',
      source: 'sites',
      id: 'smolny',
      mapId: 'petrograd',
      name: 'Smolny Institute',
      feature: {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
    },
  ],
]);

function setup(overrides: Record<string, unknown> = {}) {
  const onselect = vi.fn();
  const onactive = vi.fn();
  const onhover = vi.fn();
  const result = render(EssayView, {
    essay,
    features,
    activePassageId: null,
    selection: null,
    mentioning: [],
    reducedMotion: true,
    scrollRequest: null,
    onselect,
    onactive,
    onhover,
    ...overrides,
  });
  return { ...result, onselect, onactive, onhover };
}

describe('EssayView', () => {
  it('renders the title, the section and one element per passage', () => {
    const { container } = setup();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Test essay');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('October');
    expect(container.querySelectorAll('[data-passage]')).toHaveLength(2);
  });

  it('renders feature links as buttons that report the reference and the passage', async () => {
    const { onselect } = setup();
    const link = screen.getByRole('button', { name: 'Smolny' });
    expect(link.getAttribute('title')).toBe('Show Smolny Institute on the map');
    await fireEvent.click(link);
    expect(onselect).toHaveBeenCalledWith('site:smolny', 'p-1');
  });

  it('marks links to features no map knows', () => {
    setup();
    expect(
      screen.getByRole('button', { name: 'Winter Palace' }).classList.contains('unknown'),
    ).toBe(true);
    expect(screen.getByRole('button', { name: 'Smolny' }).classList.contains('unknown')).toBe(
      false,
    );
  });

  it('highlights the active passage, the passages that mention the selection, and its links', () => {
    const { container } = setup({
      activePassageId: 'p-2',
      selection: { ref: 'site:smolny', origin: 'map', serial: 1 },
      mentioning: essay.passages,
    });
    const [p1, p2] = container.querySelectorAll('[data-passage]');
    expect(p2!.classList.contains('active')).toBe(true);
    expect(p2!.getAttribute('aria-current')).toBe('true');
    expect(p1!.classList.contains('mentioned')).toBe(true);
    expect(p1!.classList.contains('active')).toBe(false);
    expect(
      screen.getByRole('button', { name: 'Smolny Institute' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('scrolls a requested passage into view, once per request', async () => {
    const scroll = vi.mocked(Element.prototype.scrollIntoView);
    scroll.mockClear();
    const { rerender } = setup({ scrollRequest: { passageId: 'p-2', serial: 1 } });
    expect(scroll).toHaveBeenCalledTimes(1);
    expect((scroll.mock.contexts[0] as HTMLElement).dataset.passage).toBe('p-2');
    await rerender({ activePassageId: 'p-2' });
    expect(scroll).toHaveBeenCalledTimes(1);
    await rerender({ scrollRequest: { passageId: 'p-2', serial: 2 } });
    expect(scroll).toHaveBeenCalledTimes(2);
  });

  it('reports the passage that reaches the reading line, and the link pointed at', async () => {
    const { container, onactive, onhover } = setup();
    const io = (
      globalThis as unknown as {
        FakeIntersectionObserver: {
          instances: { observed: Element[]; report(el: Element, on: boolean): void }[];
        };
      }
    ).FakeIntersectionObserver.instances.at(-1)!;
    const [p1, p2] = container.querySelectorAll('[data-passage]');
    expect(io.observed).toHaveLength(2);
    // Where the reader starts is not news; the next passage to reach the line is.
    io.report(p1!, true);
    expect(onactive).not.toHaveBeenCalled();
    // The layout moving a passage onto the line is not the reader's doing; a scroll is.
    io.report(p1!, false);
    io.report(p2!, true);
    expect(onactive).not.toHaveBeenCalled();
    await fireEvent.scroll(container);
    expect(onactive).toHaveBeenCalledWith('p-2');
    await fireEvent.mouseEnter(screen.getByRole('button', { name: 'Smolny' }));
    expect(onhover).toHaveBeenLastCalledWith('site:smolny');
    await fireEvent.mouseLeave(screen.getByRole('button', { name: 'Smolny' }));
    expect(onhover).toHaveBeenLastCalledWith(null);
  });

  it('shows markup in the essay as text and never runs it', () => {
    const { container } = setup();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned = true">');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});

describe('EssayView: a long essay', () => {
  const long = parseEssay(
    Array.from({ length: 500 }, (_, i) => `Passage ${i + 1} on the Neva.`).join('\n\n'),
  );
  const io = () =>
    (
      globalThis as unknown as {
        FakeIntersectionObserver: { instances: { observed: Element[] }[] };
      }
    ).FakeIntersectionObserver.instances.at(-1)!;

  it('draws the first passages at once and the rest in turns of the event loop, each watched', async () => {
    const { container } = setup({ essay: long });
    const drawn = () => container.querySelectorAll('[data-passage]').length;
    expect(drawn()).toBe(64);
    expect(container.querySelector('article')!.classList.contains('long')).toBe(true);
    await vi.waitFor(() => expect(drawn()).toBe(500), { timeout: 5000 });
    expect(new Set(io().observed).size).toBe(500);
    expect(container.querySelector('[data-passage="p-500"]')!.textContent).toContain('Passage 500');
  });

  it('keeps what is drawn when the same essay comes in a new version (a link decided)', async () => {
    const { container, rerender } = setup({ essay: long });
    const drawn = () => container.querySelectorAll('[data-passage]').length;
    await vi.waitFor(() => expect(drawn()).toBe(500), { timeout: 5000 });
    const first = container.querySelector('[data-passage="p-2"]');
    await rerender({ essay: { ...long, passages: [...long.passages] } });
    expect(drawn()).toBe(500);
    expect(container.querySelector('[data-passage="p-2"]')).toBe(first);
  });

  it('draws a passage asked for before its turn, and scrolls to it', async () => {
    const scroll = vi.mocked(Element.prototype.scrollIntoView);
    scroll.mockClear();
    setup({ essay: long, scrollRequest: { passageId: 'p-400', serial: 1 } });
    await vi.waitFor(() => expect(scroll).toHaveBeenCalledTimes(1));
    expect((scroll.mock.contexts[0] as HTMLElement).dataset.passage).toBe('p-400');
  });

  it('leaves a short essay as it was', () => {
    const { container } = setup();
    expect(container.querySelector('article')!.classList.contains('long')).toBe(false);
  });
});
