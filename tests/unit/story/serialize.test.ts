import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/lib/story/parse';
import { essayToMarkdown } from '../../../src/lib/story/serialize';
import type { Essay } from '../../../src/lib/story/essay';

/** The essay without source line numbers, which change when it is written out again. */
const shape = (e: Essay) => ({
  ...e,
  warnings: [],
  passages: e.passages.map(({ line: _, questions, ...p }) => ({
    ...p,
    questions: questions?.map(({ line: _l, ...q }) => q),
  })),
});

describe('essayToMarkdown', () => {
  it('writes the default essay so that it reads back the same', () => {
    const essay = parseEssay(readFileSync('public/essays/default.md', 'utf8'));
    expect(shape(parseEssay(essayToMarkdown(essay)))).toEqual(shape(essay));
  });

  it('keeps map and notes blocks with their passage', () => {
    const essay = parseEssay(
      'Para [A](site:smolny).\n\n```map\nmap: petrograd\n```\n\n```notes\nAsk why.\n```\n',
    );
    const back = parseEssay(essayToMarkdown(essay));
    expect(back.passages[0]!.stateSource).toBe('map: petrograd');
    expect(back.passages[0]!.notes).toBe('Ask why.');
  });

  it('escapes any text so that it stays text (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '*',
        '_',
        '[',
        ']',
        '(',
        ')',
        '<',
        '>',
        '#',
        '`',
        '\\',
        '!',
        '-',
        '1',
        '.',
        'Я',
        ':',
        '|',
        '~',
      ),
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, text, (before, linked) => {
        fc.pre(before.trim() !== '' && linked.trim() !== '');
        const essay: Essay = {
          title: 'T',
          author: 'A',
          language: 'en',
          warnings: [],
          passages: [
            {
              id: 'p-1',
              index: 0,
              section: null,
              quote: false,
              line: 1,
              refs: ['site:smolny'],
              inlines: [
                { kind: 'text', text: before, marks: [] },
                { kind: 'feature', text: linked, ref: 'site:smolny', marks: [] },
              ],
            },
          ],
        };
        const back = parseEssay(essayToMarkdown(essay));
        const p = back.passages[0]!;
        expect(p.inlines.map((i) => i.text).join('')).toBe(
          essay.passages[0]!.inlines.map((i) => i.text).join(''),
        );
        expect(p.refs).toEqual(['site:smolny']);
      }),
      { numRuns: 300 },
    );
  });
});
