import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import LinkReview from '../../src/components/LinkReview.svelte';
import { repoint, type LinkDecision } from '../../src/lib/story/links';

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

/** The panel's props: these decisions, with callbacks that do nothing unless given. */
const props = (shown: LinkDecision[], extra: Record<string, unknown> = {}) => ({
  decisions: shown,
  counts: {
    proposed: shown.filter((d) => d.status === 'proposed').length,
    accepted: 0,
    rejected: 0,
  },
  groups,
  nameOf: (ref: string) => (ref === 'site:smolny' ? 'Smolny Institute' : 'Winter Palace'),
  readSelection: () => 'nothing selected',
  ondecide: () => {},
  onchange: () => {},
  onacceptall: () => {},
  onhand: () => {},
  onshow: () => {},
  ...extra,
});

function show() {
  return render(LinkReview, props(decisions));
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

  describe('fixing many at once (issue 16)', () => {
    const many: LinkDecision[] = [
      ...Array.from({ length: 14 }, (_, i) => ({
        id: `${i}:0-6`,
        passage: i,
        start: 0,
        end: 6,
        text: 'Smolny',
        ref: 'site:smolny',
        confidence: 0.85,
        status: 'proposed' as const,
        by: 'linker' as const,
        why: 'the name “Smolny”',
      })),
      {
        id: '20:4-10',
        passage: 20,
        start: 4,
        end: 10,
        text: 'Palace',
        ref: 'site:winter-palace',
        confidence: 0.6,
        status: 'proposed',
        by: 'linker',
        why: 'short for “Winter Palace”, named earlier',
      },
    ];
    it('accepts all fourteen identical proposals with one button', async () => {
      const accepted: string[][] = [];
      render(LinkReview, props(many, { onacceptgroup: (ids: string[]) => accepted.push(ids) }));
      const button = screen.getByRole('button', {
        name: 'Accept all 14 “Smolny” as Smolny Institute',
      });
      expect(button.textContent?.trim()).toBe('Accept all 14 “Smolny”');
      // A name proposed once has no group.
      expect(screen.queryByRole('button', { name: /^Accept all 1 / })).toBeNull();
      await fireEvent.click(button);
      expect(accepted).toEqual([many.slice(0, 14).map((d) => d.id)]);
    });

    it('says on each proposal why it was made', () => {
      const { container } = render(LinkReview, props(many));
      const row = container.querySelector('li[data-decision="20:4-10"]') as HTMLElement;
      expect(within(row).getByText('short for “Winter Palace”, named earlier')).toBeTruthy();
    });

    it('learns from a re-point: the others of the same text follow, still to review', async () => {
      const nevsky: LinkDecision[] = [0, 3].map((passage) => ({
        id: `${passage}:0-10`,
        passage,
        start: 0,
        end: 10,
        text: 'the Nevsky',
        ref: 'site:smolny',
        confidence: 0.6,
        status: 'proposed',
        by: 'linker',
      }));
      let current = nevsky;
      const view = render(
        LinkReview,
        props(current, {
          onchange: (id: string, ref: string) => (current = repoint(current, id, ref)),
        }),
      );
      const first = view.container.querySelector('li[data-decision="0:0-10"]') as HTMLElement;
      const chooser = within(first).getByLabelText('Link “the Nevsky” to another feature');
      await fireEvent.change(chooser, { target: { value: 'site:winter-palace' } });
      await view.rerender(props(current));
      const second = view.container.querySelector('li[data-decision="3:0-10"]') as HTMLElement;
      expect(within(second).getByText('→ Winter Palace')).toBeTruthy();
      expect(within(second).getByText('as you re-pointed “the Nevsky” in passage 1')).toBeTruthy();
      expect(within(second).getByRole('button', { name: /^Accept/ })).toBeTruthy();
    });
  });
});
