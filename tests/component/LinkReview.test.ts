import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import LinkReview from '../../src/components/LinkReview.svelte';
import type { LinkDecision } from '../../src/lib/story/links';

const decisions: LinkDecision[] = Array.from({ length: 120 }, (_, i) => ({
  id: `${i}:0-6`,
  passage: i,
  start: 0,
  end: 6,
  text: `Smolny ${i}`,
  ref: 'site:smolny',
  confidence: 0.8,
  status: i < 110 ? 'proposed' : 'accepted',
  by: 'linker',
}));

const groups = [
  {
    label: 'Petrograd sites',
    items: [
      { ref: 'site:smolny', name: 'Smolny Institute' },
      { ref: 'site:winter-palace', name: 'Winter Palace' },
    ],
  },
];

function show() {
  return render(LinkReview, {
    decisions,
    counts: { proposed: 110, accepted: 10, rejected: 0 },
    groups,
    nameOf: (ref: string) => (ref === 'site:smolny' ? 'Smolny Institute' : ref),
    readSelection: () => 'nothing selected',
    ondecide: () => {},
    onchange: () => {},
    onacceptall: () => {},
    onhand: () => {},
    onshow: () => {},
  });
}

describe('LinkReview', () => {
  it('draws the decisions fifty at a time, so a long essay does not hold the page', async () => {
    const { container } = show();
    const rows = () => container.querySelectorAll('li[data-decision]').length;
    expect(rows()).toBe(50);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (60 not shown)' }));
    expect(rows()).toBe(100);
    await fireEvent.click(screen.getByRole('button', { name: 'Show 10 more (10 not shown)' }));
    expect(rows()).toBe(110);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('starts again at the first fifty when the filter changes', async () => {
    const { container } = show();
    await fireEvent.click(screen.getByRole('button', { name: /^Show 50 more/ }));
    const filter = screen.getByLabelText('Show') as HTMLSelectElement;
    filter.value = 'all';
    await fireEvent.change(filter);
    expect(container.querySelectorAll('li[data-decision]').length).toBe(50);
    expect(
      screen
        .getAllByRole('button', { name: /^Show \d+ more/ })
        .map((b) => b.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Show 50 more (70 not shown)']);
  });
});
