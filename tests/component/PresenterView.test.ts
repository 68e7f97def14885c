import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import PresenterView from '../../src/components/PresenterView.svelte';
import { paperTheme } from '../../src/lib/map/theme';
import { PRESENTER_CHANNEL, type PresenterMessage } from '../../src/lib/presenter-channel';

/**
 * A stand-in for BroadcastChannel: the test delivers messages itself, at once, as if another page of
 * the origin had posted them, and sees what the view posts back.
 */
class FakeChannel {
  static last: FakeChannel | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  sent: unknown[] = [];
  closed = false;
  constructor(readonly name: string) {
    FakeChannel.last = this;
  }
  postMessage(m: unknown) {
    this.sent.push(m);
  }
  close() {
    this.closed = true;
  }
  deliver(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
    flushSync();
  }
}

const state: PresenterMessage = {
  type: 'state',
  index: 2,
  total: 10,
  current: { section: 'October', text: 'The Winter Palace falls.', notes: 'Ask who held it.' },
  next: { section: null, text: 'The ministers are arrested.', notes: null },
  startedAt: Date.now(),
};

function open(): FakeChannel {
  render(PresenterView, { theme: paperTheme });
  const channel = FakeChannel.last!;
  expect(channel.name).toBe(PRESENTER_CHANNEL);
  expect(channel.sent).toEqual([{ type: 'hello' }]);
  return channel;
}

const count = () => screen.getByText(/^Slide/).textContent;

describe('PresenterView', () => {
  beforeEach(() => vi.stubGlobal('BroadcastChannel', FakeChannel));
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeChannel.last = null;
  });

  it('shows the state the presenting window sends', () => {
    const channel = open();
    channel.deliver(state);
    expect(count()).toBe('Slide 3 of 10');
    expect(screen.getByRole('region', { name: 'Notes' }).textContent).toContain('Ask who held it.');
    expect(screen.getByRole('region', { name: 'Next' }).textContent).toContain(
      'The ministers are arrested.',
    );
  });

  it('ignores forged states and keeps showing the last good one', () => {
    const channel = open();
    channel.deliver(state);
    for (const forged of [
      { ...state, current: { ...state.current, notes: 5 } },
      { ...state, index: 1e9, total: -1, startedAt: Number.NaN },
      { ...state, next: { text: 7 } },
      { ...state, index: 10 },
    ])
      channel.deliver(forged);
    expect(count()).toBe('Slide 3 of 10');
    expect(screen.getByRole('region', { name: 'Notes' }).textContent).toContain('Ask who held it.');
    expect(screen.getByText(/^Elapsed/).textContent).toMatch(/^Elapsed \d+:\d{2}$/);
  });

  it('waits, rather than showing a deck, when the first state is forged', () => {
    const channel = open();
    channel.deliver({ ...state, index: 1e9, total: -1, startedAt: Number.NaN });
    expect(screen.queryByText(/^Slide/)).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Waiting for the presentation/);
  });
});
