import { describe, expect, it } from 'vitest';
import { readDuration, readQuestion } from '../../../src/lib/story/question-block';
import { parseEssay } from '../../../src/lib/story/parse';
import { unknownRefs } from '../../../src/lib/story/essay';
import { essayToMarkdown } from '../../../src/lib/story/serialize';
import { parseMoment } from '../../../src/lib/story/map-state';

const ctx = {
  line: 7,
  map: 'petrograd',
  mapIds: ['petrograd', 'brest-litovsk'],
  taken: new Set<string>(),
};

describe('readQuestion', () => {
  it('reads a place question with a default tolerance and id', () => {
    expect(readQuestion({ kind: 'place', prompt: 'Where?', answer: 'site:smolny' }, ctx)).toEqual({
      question: {
        id: 'q-7',
        kind: 'place',
        prompt: 'Where?',
        map: 'petrograd',
        line: 7,
        answer: 'site:smolny',
        toleranceM: 300,
        source: 'id: q-7',
      },
      warnings: [],
    });
  });
  it('reads a choose question', () => {
    const { question } = readQuestion(
      { id: 'who', kind: 'choose', prompt: 'Who?', options: ['A', 'B'], answer: 1 },
      ctx,
    );
    expect(question).toMatchObject({ kind: 'choose', options: ['A', 'B'], answer: 1 });
  });
  it('reads a when question in either calendar', () => {
    const julian = readQuestion(
      { kind: 'when', prompt: 'When?', answer: '1917-10-25 10:00 julian', tolerance: '2h' },
      ctx,
    ).question;
    const gregorian = readQuestion(
      { kind: 'when', prompt: 'When?', answer: '1917-11-07 10:00 gregorian', tolerance: '2h' },
      ctx,
    ).question;
    expect(julian).toMatchObject({
      answer: parseMoment('1917-10-25 10:00 julian'),
      toleranceMin: 120,
    });
    expect(gregorian).toMatchObject({ answer: julian && 'answer' in julian ? julian.answer : 0 });
  });
  it('reports what is wrong with the line and leaves the question out', () => {
    const bad = (v: unknown) => readQuestion(v, ctx);
    expect(bad('text').warnings[0]).toMatch(/^Line 7: the question block is not/);
    expect(bad({ kind: 'guess', prompt: 'x' }).warnings[0]).toMatch(
      /kind should be place, choose or when/,
    );
    expect(bad({ kind: 'place', prompt: 'x', answer: 'smolny' }).warnings[0]).toMatch(
      /site:smolny/,
    );
    expect(bad({ kind: 'choose', prompt: 'x', options: ['a'], answer: 0 }).question).toBeNull();
    expect(
      bad({ kind: 'choose', prompt: 'x', options: ['a', 'b'], answer: 2 }).warnings[0],
    ).toMatch(/0 to 1/);
    expect(bad({ kind: 'when', prompt: 'x', answer: '1917-10-25' }).warnings[0]).toMatch(/julian/);
    expect(bad({ kind: 'place', answer: 'site:smolny' }).warnings[0]).toMatch(/no prompt/);
    expect(bad({ id: 'Bad Id', kind: 'place', prompt: 'x' }).warnings[0]).toMatch(/a–z/);
    expect(
      readQuestion(
        { id: 'x', kind: 'place', prompt: 'x', answer: 'site:a' },
        { ...ctx, taken: new Set(['x']) },
      ).warnings[0],
    ).toMatch(/earlier question/);
    expect(
      bad({ kind: 'place', prompt: 'x', answer: 'site:a', colour: 'red' }).warnings[0],
    ).toMatch(/“colour” is not a question setting/);
  });
  it('reads tolerances', () => {
    expect(readDuration('30m')).toBe(30);
    expect(readDuration('1.5h')).toBe(90);
    expect(readDuration('1d')).toBe(1440);
    expect(readDuration('soon')).toBeNull();
  });
});

describe('the question block in an essay', () => {
  const md = [
    'First paragraph.',
    '',
    '```map',
    'map: brest-litovsk',
    '```',
    '',
    '```question',
    'kind: place',
    'prompt: Where?',
    'answer: place:nowhere',
    '```',
    '',
    '```question',
    'kind: [broken',
    '```',
  ].join('\n');
  it('attaches questions to the passage above, on the map it shows, and reports unknown refs', () => {
    const essay = parseEssay(md);
    const q = essay.passages[0]!.questions!;
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ id: 'q-7', map: 'brest-litovsk', line: 7 });
    expect(essay.warnings[0]).toMatch(/^Line 13: the question block could not be read/);
    expect(unknownRefs(essay, new Map())).toEqual([{ ref: 'place:nowhere', line: 7 }]);
    expect(essay.passages).toHaveLength(1);
  });
  it('survives a round trip through the Markdown export with its id', () => {
    const again = parseEssay(essayToMarkdown(parseEssay(md)));
    expect(again.passages[0]!.questions![0]).toMatchObject({ id: 'q-7', answer: 'place:nowhere' });
  });
});
