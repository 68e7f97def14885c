import { describe, expect, it } from 'vitest';
import { EssayError, MAX_NESTING, parseEssay } from '../../../src/lib/story/parse';
import { passagesMentioning, passageText } from '../../../src/lib/story/essay';

const essay = `---
title: A test essay
author: Test Author
language: en
---

# Ignored when the front matter has a title

## October

The committee sat in the [Smolny Institute](site:smolny), far from the
[Winter Palace](site:winter-palace).

> Quoted *words* about the [Smolny](site:smolny).

## Later

A [web page](https://example.org) and a [bad link](javascript:alert(1)) and **bold** text.
`;

describe('parseEssay', () => {
  it('reads the front matter, sections and passages', () => {
    const e = parseEssay(essay);
    expect(e.title).toBe('A test essay');
    expect(e.author).toBe('Test Author');
    expect(e.passages.map((p) => [p.id, p.section, p.quote])).toEqual([
      ['p-1', 'October', false],
      ['p-2', 'October', true],
      ['p-3', 'Later', false],
    ]);
  });

  it('turns feature links into references, in order, without repeats', () => {
    const e = parseEssay(essay);
    expect(e.passages[0]!.refs).toEqual(['site:smolny', 'site:winter-palace']);
    expect(e.passages[0]!.inlines.filter((i) => i.kind === 'feature').map((i) => i.text)).toEqual([
      'Smolny Institute',
      'Winter Palace',
    ]);
    expect(passagesMentioning(e, 'site:smolny').map((p) => p.id)).toEqual(['p-1', 'p-2']);
  });

  it('keeps web links, and turns other link targets into plain text with a warning', () => {
    const p = parseEssay(essay).passages[2]!;
    expect(p.inlines.find((i) => i.kind === 'web')).toMatchObject({
      href: 'https://example.org',
      text: 'web page',
    });
    expect(p.inlines.some((i) => i.kind !== 'text' && i.text === 'bad link')).toBe(false);
    expect(passageText(p)).toContain('bad link');
    expect(parseEssay(essay).warnings).toEqual([expect.stringContaining('javascript:alert(1)')]);
  });

  it('keeps emphasis as marks', () => {
    const p = parseEssay(essay).passages[1]!;
    expect(p.inlines.find((i) => i.text === 'words')?.marks).toEqual(['em']);
  });

  it('shows raw HTML as inert text', () => {
    const e = parseEssay(
      'Before <img src=x onerror="alert(1)"> after.\n\n<script>alert(1)</script>\n',
    );
    expect(passageText(e.passages[0]!)).toBe('Before <img src=x onerror="alert(1)"> after.');
    expect(passageText(e.passages[1]!)).toBe('<script>alert(1)</script>');
    expect(e.passages.flatMap((p) => p.inlines).every((i) => i.kind === 'text')).toBe(true);
  });

  it('uses a level-one heading as title when there is no front matter', () => {
    const e = parseEssay('# My essay\n\nOne paragraph.\n');
    expect(e).toMatchObject({
      title: 'My essay',
      author: 'Unknown author',
      language: 'en',
      warnings: [],
    });
  });

  it('reports broken front matter and reads the rest', () => {
    const e = parseEssay('---\ntitle: [unclosed\n---\n\nText.\n');
    expect(e.warnings[0]).toMatch(/front matter could not be read/);
    expect(e.passages).toHaveLength(1);
  });

  it('refuses an essay with no paragraphs', () => {
    expect(() => parseEssay('')).toThrow(EssayError);
    expect(() => parseEssay('# Only a title\n')).toThrow(/no paragraphs/);
  });
});

describe('parseEssay: nesting', () => {
  /** The error parsing `text` throws, and how long it took to throw it. */
  const refusal = (text: string) => {
    const start = performance.now();
    try {
      parseEssay(text);
    } catch (e) {
      return { error: e, ms: performance.now() - start };
    }
    throw new Error('the essay was read');
  };
  /** A list nested by indentation alone, one item a line, `levels` deep. */
  const indentedList = (levels: number) =>
    Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- Item ${i + 1}`).join('\n');

  it.each<[string, string, number]>([
    ['5,000 “>” marks', `${'>'.repeat(5000)} Too deep.`, 5000],
    ['5,000 spaced “>” marks', `${'> '.repeat(5000)}Too deep.`, 5000],
    ['5,000 list markers', `${'- '.repeat(5000)}Too deep.`, 5000],
    ['5,000 numbered list markers', `${'1. '.repeat(5000)}Too deep.`, 5000],
    ['quotes and lists, 5,000 in all', `${'> - '.repeat(2500)}Too deep.`, 5000],
  ])('refuses %s on one line at once, saying where', (_, deep, depth) => {
    const { error, ms } = refusal(`# Title\n\nA paragraph.\n\n${deep}\n\nMore.\n`);
    expect(error).toBeInstanceOf(EssayError);
    expect((error as Error).message).toBe(
      `Line 5: block quotes and lists are nested ${depth} levels deep there, and an essay may nest them at most 50 levels deep. Remove the extra “>” marks or list indentation on that line and the lines around it.`,
    );
    // The check is one pass over the text; the parser itself would take hours or overflow the stack.
    expect(ms).toBeLessThan(1000);
  });

  it('refuses quotes nested one more level a line, at the first line too deep', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} Level ${i + 1}`);
    const { error, ms } = refusal(`Start.\n\n${lines.join('\n')}\n`);
    expect((error as Error).message).toMatch(/^Line 53: .* nested 51 levels deep/);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses a list nested by indentation alone, counting its levels', () => {
    expect(MAX_NESTING).toBe(50);
    const { error } = refusal(`Start.\n\n${indentedList(60)}\n`);
    expect(error).toBeInstanceOf(EssayError);
    expect((error as Error).message).toMatch(/^Line 53: .* nested 51 levels deep/);
  });

  it('reads nesting up to the limit as before', () => {
    const quoted = parseEssay(`${'>'.repeat(MAX_NESTING)} Deep but allowed.\n`);
    expect(quoted.passages.map((p) => [passageText(p), p.quote])).toEqual([
      ['Deep but allowed.', true],
    ]);
    const listed = parseEssay(`${indentedList(MAX_NESTING)}\n`);
    expect(listed.passages.map(passageText)).toEqual(
      Array.from({ length: MAX_NESTING }, (_, i) => `Item ${i + 1}`),
    );
  });

  it('does not count list items that have ended, nor “>” and dashes inside a line', () => {
    const flat = Array.from(
      { length: 200 },
      (_, i) =>
        `- Item ${i}\n  - Under it\n    - Further > under - it\n\nA paragraph > that - goes on.\n`,
    ).join('\n');
    expect(parseEssay(flat).passages).toHaveLength(800);
  });
});
