import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import EssayView from '../../src/components/EssayView.svelte';
import { parseEssay } from '../../src/lib/story/parse';
import type { IndexedFeature } from '../../src/lib/geo/load';

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
  const result = render(EssayView, {
    essay,
    features,
    activePassageId: null,
    selection: null,
    mentioning: [],
    reducedMotion: true,
    onselect,
    ...overrides,
  });
  return { ...result, onselect };
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

  it('scrolls the active passage into view when the selection came from the map', () => {
    const scroll = vi.mocked(Element.prototype.scrollIntoView);
    scroll.mockClear();
    setup({
      activePassageId: 'p-2',
      selection: { ref: 'site:smolny', origin: 'map', serial: 1 },
      mentioning: essay.passages,
    });
    expect(scroll).toHaveBeenCalledTimes(1);
    expect((scroll.mock.contexts[0] as HTMLElement).dataset.passage).toBe('p-2');
    scroll.mockClear();
    setup({
      activePassageId: 'p-2',
      selection: { ref: 'site:smolny', origin: 'essay', serial: 2 },
      mentioning: essay.passages,
    });
    expect(scroll).not.toHaveBeenCalled();
  });

  it('shows markup in the essay as text and never runs it', () => {
    const { container } = setup();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__pwned = true">');
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});
