import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/lib/story/parse';
import { slideAfter, slideCommand, slidesOf } from '../../../src/lib/story/slides';

describe('slidesOf', () => {
  it('makes every passage of the story a slide, and leaves the sources out', () => {
    const essay = parseEssay(readFileSync('public/essays/default.md', 'utf8'));
    const slides = slidesOf(essay);
    expect(slides.length).toBeGreaterThanOrEqual(40);
    expect(slides.some((p) => p.section === 'Sources')).toBe(false);
    expect(slides[0]!.id).toBe('p-1');
  });
});

describe('slideCommand and slideAfter', () => {
  const go = (keys: { key: string; shiftKey?: boolean }[], from = 5, count = 40) => {
    let typed = '';
    let at = from;
    for (const k of keys) {
      const c = slideCommand(k, typed);
      if (!c) continue;
      typed = c.kind === 'digit' ? c.typed : '';
      at = slideAfter(c, at, count);
    }
    return at;
  };
  it('moves with the keys a clicker sends', () => {
    expect(go([{ key: 'PageDown' }])).toBe(6);
    expect(go([{ key: 'PageUp' }])).toBe(4);
    expect(go([{ key: ' ' }])).toBe(6);
    expect(go([{ key: ' ', shiftKey: true }])).toBe(4);
    expect(go([{ key: 'ArrowRight' }, { key: 'ArrowRight' }, { key: 'ArrowLeft' }])).toBe(6);
  });
  it('jumps to a typed number, to the ends, and never leaves the deck', () => {
    expect(go([{ key: '1' }, { key: '2' }, { key: 'Enter' }])).toBe(11);
    expect(go([{ key: '9' }, { key: '9' }, { key: 'Enter' }])).toBe(39);
    expect(go([{ key: 'Home' }])).toBe(0);
    expect(go([{ key: 'End' }])).toBe(39);
    expect(go([{ key: 'ArrowLeft' }], 0)).toBe(0);
    expect(go([{ key: 'ArrowRight' }], 39)).toBe(39);
    expect(slideCommand({ key: 'Escape' }, '')).toEqual({ kind: 'leave' });
    expect(slideCommand({ key: 'x' }, '')).toBeNull();
  });
});
