import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { SHEET_MEDIA, sheetsShown } from '../../../src/lib/layout';

/** The components whose CSS turns panels and the card into sheets, and so must repeat the query. */
const SHEET_CSS = [
  'src/components/MapPanel.svelte',
  'src/components/FeatureCard.svelte',
  'src/components/SheetHandle.svelte',
  'src/components/MapToolbar.svelte',
];

describe('SHEET_MEDIA', () => {
  it('is the query each sheet’s CSS repeats', () => {
    for (const file of SHEET_CSS)
      expect(readFileSync(file, 'utf8'), file).toContain(`@media ${SHEET_MEDIA} {`);
  });
});

describe('sheetsShown', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the window whether the sheet query matches', () => {
    const asked: string[] = [];
    vi.stubGlobal('matchMedia', (q: string) => (asked.push(q), { matches: true }));
    expect(sheetsShown()).toBe(true);
    vi.stubGlobal('matchMedia', (q: string) => (asked.push(q), { matches: false }));
    expect(sheetsShown()).toBe(false);
    expect(asked).toEqual([SHEET_MEDIA, SHEET_MEDIA]);
  });

  it('is false where there is no window (Node, jsdom)', () => {
    expect(sheetsShown()).toBe(false);
  });
});
