import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../src/lib/questions/answer';

describe('readAnswer', () => {
  it('accepts the three kinds, keeping only their checked parts', () => {
    expect(
      readAnswer({
        answerId: 'abcd-1234',
        questionId: 'q1',
        value: { kind: 'place', lng: 30.3, lat: 59.9, x: 1 },
        y: 2,
      }),
    ).toEqual({
      answerId: 'abcd-1234',
      questionId: 'q1',
      value: { kind: 'place', lng: 30.3, lat: 59.9 },
    });
    expect(
      readAnswer({ answerId: 'abcdefgh', questionId: 'q', value: { kind: 'choose', option: 9 } })
        ?.value,
    ).toEqual({
      kind: 'choose',
      option: 9,
    });
    expect(
      readAnswer({ answerId: 'abcdefgh', questionId: 'q', value: { kind: 'when', t: -5 } })?.value,
    ).toEqual({
      kind: 'when',
      t: -5,
    });
  });

  it('refuses hostile and malformed answers', () => {
    const ok = { answerId: 'abcdefgh', questionId: 'q' };
    const bad: unknown[] = [
      null,
      'answer',
      { ...ok, value: { kind: 'choose', option: 10 } },
      { ...ok, value: { kind: 'choose', option: 1.5 } },
      { ...ok, value: { kind: 'choose', option: '1' } },
      { ...ok, value: { kind: 'place', lng: NaN, lat: 0 } },
      { ...ok, value: { kind: 'place', lng: 200, lat: 0 } },
      { ...ok, value: { kind: 'when', t: Infinity } },
      { ...ok, value: { kind: 'view', view: '?map=brest-litovsk' } },
      { ...ok, value: null },
      { ...ok, answerId: 'short', value: { kind: 'when', t: 1 } },
      { ...ok, answerId: 'a'.repeat(41), value: { kind: 'when', t: 1 } },
      { ...ok, questionId: 'Q<1>', value: { kind: 'when', t: 1 } },
    ];
    for (const m of bad) expect(readAnswer(m)).toBeNull();
  });
});
