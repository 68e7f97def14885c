import { describe, expect, it } from 'vitest';
import { unmark, wordAt } from '../../../scripts/essay/evaluate';

describe('wordAt', () => {
  it('places a mark on the whole word, not inside a longer one', () => {
    // “an Estonian committee had proclaimed Estonia independent”: the mark is the second.
    const text = 'an Estonian committee had proclaimed Estonia independent';
    expect(wordAt(text, 'Estonia', 0)).toBe(text.lastIndexOf('Estonia'));
    expect(wordAt('the Smolny’s lines', 'Smolny', 0)).toBe(4);
    expect(wordAt('у Зимнего дворца', 'Зимнего', 0)).toBe(2);
    expect(wordAt('Estonian', 'Estonia', 0)).toBe(-1);
  });
  it('starts from where the last mark ended', () => {
    expect(wordAt('Riga and Riga', 'Riga', 1)).toBe(9);
  });
});

describe('unmark', () => {
  it('takes the marks out and keeps them in order', () => {
    expect(unmark('[Riga](place:riga) and [Reval](place:reval)')).toEqual({
      text: 'Riga and Reval',
      expected: [
        { text: 'Riga', ref: 'place:riga' },
        { text: 'Reval', ref: 'place:reval' },
      ],
    });
  });
});
