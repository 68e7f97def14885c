import { describe, expect, it } from 'vitest';
import { csvField, distinctAnswers, resultsCsv, tally } from '../../../src/lib/questions/results';
import type { AnswerMessage } from '../../../src/lib/questions/types';

const a = (answerId: string, questionId: string, value: AnswerMessage['value']): AnswerMessage => ({
  answerId,
  questionId,
  value,
});

describe('tally', () => {
  it('counts each answerId once and ignores other questions', () => {
    const answers = [
      a('aaaaaaaa', 'q', { kind: 'choose', option: 1 }),
      a('aaaaaaaa', 'q', { kind: 'choose', option: 1 }),
      a('bbbbbbbb', 'q', { kind: 'choose', option: 0 }),
      a('cccccccc', 'other', { kind: 'choose', option: 0 }),
    ];
    expect(distinctAnswers(answers)).toHaveLength(3);
    expect(tally({ id: 'q', options: ['x', 'y', 'z'] }, answers)).toEqual({
      questionId: 'q',
      count: 2,
      points: [],
      bars: [1, 1, 0],
      moments: [],
    });
  });
  it('gathers taps and moments and drops values that are not finite', () => {
    const t = tally({ id: 'q' }, [
      a('aaaaaaaa', 'q', { kind: 'place', lng: 30.3, lat: 59.9 }),
      a('bbbbbbbb', 'q', { kind: 'place', lng: NaN, lat: 59.9 }),
      a('cccccccc', 'q', { kind: 'when', t: 90 }),
      a('dddddddd', 'q', { kind: 'when', t: Infinity }),
      a('eeeeeeee', 'q', { kind: 'choose', option: 99 }),
    ]);
    expect(t.points).toEqual([[30.3, 59.9]]);
    expect(t.moments).toEqual([90]);
    expect(t.bars).toEqual([]);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(NaN)).toBe('');
  });
  it('writes one row per distinct answer with CRLF', () => {
    const csv = resultsCsv(
      [{ id: 'q', kind: 'place', prompt: 'Where, exactly?' }],
      [
        a('aaaaaaaa', 'q', { kind: 'place', lng: 30.3, lat: 59.9 }),
        a('aaaaaaaa', 'q', { kind: 'place', lng: 30.3, lat: 59.9 }),
      ],
    );
    expect(csv).toBe(
      'question,prompt,answer_id,kind,lng,lat,option,minutes\r\n' +
        'q,"Where, exactly?",aaaaaaaa,place,30.3,59.9,,\r\n',
    );
  });
});
