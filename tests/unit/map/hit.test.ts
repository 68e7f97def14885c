import { describe, expect, it } from 'vitest';
import {
  MOUSE_REACH_PX,
  TOUCH_REACH_PX,
  pickHits,
  reachBox,
  reachFor,
} from '../../../src/lib/map/hit';

describe('reachFor', () => {
  it('reaches further for a finger or a pen than for a mouse', () => {
    expect(reachFor('touch')).toBe(TOUCH_REACH_PX);
    expect(reachFor('pen')).toBe(TOUCH_REACH_PX);
    expect(reachFor('mouse')).toBe(MOUSE_REACH_PX);
    expect(reachFor(undefined)).toBe(MOUSE_REACH_PX);
    expect(TOUCH_REACH_PX).toBeGreaterThanOrEqual(22);
    expect(MOUSE_REACH_PX).toBeLessThan(TOUCH_REACH_PX);
  });
});

describe('reachBox', () => {
  it('is the square of the reach around the point', () => {
    expect(reachBox({ x: 100, y: 50 }, 22)).toEqual([
      [78, 28],
      [122, 72],
    ]);
  });
});

describe('pickHits', () => {
  const p = { x: 100, y: 100 };

  it('puts the nearest marker first, and markers before the area or label under the point', () => {
    const hits = [
      { item: 'territory', at: null },
      { item: 'far', at: { x: 115, y: 100 } },
      { item: 'near', at: { x: 96, y: 103 } },
      { item: 'label', at: null },
    ];
    expect(pickHits(hits, p)).toEqual(['near', 'far', 'territory', 'label']);
  });

  it('does not change the hits it is given', () => {
    const hits = [
      { item: 'b', at: { x: 130, y: 100 } },
      { item: 'a', at: { x: 101, y: 100 } },
    ];
    expect(pickHits(hits, p)).toEqual(['a', 'b']);
    expect(hits.map((h) => h.item)).toEqual(['b', 'a']);
    expect(pickHits([], p)).toEqual([]);
  });
});
