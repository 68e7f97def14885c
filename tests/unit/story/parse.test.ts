import { describe, expect, it } from 'vitest';
import { EssayError, parseEssay } from '../../../src/lib/story/parse';
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
