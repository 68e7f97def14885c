import { describe, expect, it } from 'vitest';
import { classifySwipe, dismissesSheet } from '../../../src/lib/gesture';

const at = (x: number, y: number, t: number) => ({ x, y, t });

describe('classifySwipe', () => {
  // [why, start, end, expected]
  const cases: [string, [number, number, number], [number, number, number], string][] = [
    ['a finger right to left is a swipe left', [300, 400, 0], [180, 420, 200], 'swipe-left'],
    ['a finger left to right is a swipe right', [180, 400, 0], [300, 380, 200], 'swipe-right'],
    ['a tap is none', [300, 400, 0], [300, 400, 80], 'none'],
    ['49 px is a wobble', [300, 400, 0], [251, 400, 100], 'none'],
    ['50 px is a swipe', [300, 400, 0], [250, 400, 100], 'swipe-left'],
    ['steeper than 30° is a scroll', [300, 400, 0], [200, 460, 200], 'none'],
    ['just under 30° is a swipe', [300, 400, 0], [200, 457, 200], 'swipe-left'],
    ['upright is a scroll', [300, 400, 0], [290, 200, 200], 'none'],
    ['slower than 700 ms is a drag', [300, 400, 0], [100, 400, 701], 'none'],
    ['700 ms is a swipe', [300, 400, 0], [100, 400, 700], 'swipe-left'],
    ['time running backwards is none', [300, 400, 500], [100, 400, 400], 'none'],
  ];
  it.each(cases)('%s', (_, [x0, y0, t0], [x1, y1, t1], expected) => {
    expect(classifySwipe(at(x0, y0, t0), at(x1, y1, t1))).toBe(expected);
  });

  it('takes a shorter minimum distance when asked', () => {
    expect(classifySwipe(at(300, 400, 0), at(251, 400, 100), { minDistance: 40 })).toBe(
      'swipe-left',
    );
  });
});

describe('dismissesSheet', () => {
  it('closes a sheet dragged down a third of its height, not less', () => {
    expect(dismissesSheet(at(0, 100, 0), at(0, 200, 1000), 300)).toBe(true);
    expect(dismissesSheet(at(0, 100, 0), at(0, 199, 1000), 300)).toBe(false);
  });

  it('asks at least 60 px of a small sheet', () => {
    expect(dismissesSheet(at(0, 100, 0), at(0, 150, 1000), 90)).toBe(false);
    expect(dismissesSheet(at(0, 100, 0), at(0, 160, 1000), 90)).toBe(true);
  });

  it('closes on a fast flick down, never on a drag up', () => {
    expect(dismissesSheet(at(0, 100, 0), at(0, 140, 60), 600)).toBe(true);
    expect(dismissesSheet(at(0, 100, 0), at(0, 125, 10), 600)).toBe(false);
    expect(dismissesSheet(at(0, 100, 0), at(0, 140, 200), 600)).toBe(false);
    expect(dismissesSheet(at(0, 300, 0), at(0, 100, 50), 300)).toBe(false);
  });
});
