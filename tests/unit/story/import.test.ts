import { describe, expect, it } from 'vitest';
import { lineAt, readEssay } from '../../../src/lib/story/import';
import { passageText } from '../../../src/lib/story/essay';
import { EssayError } from '../../../src/lib/story/parse';

// Reads as Markdown only if parsed as such: the emphasis and the link become marks and a reference.
const markdownish = 'Lenin waited at the *Smolny*, see [the Smolny](site:smolny).';
const wrapped = `---
title: Wrapped
---

The committee sat
in the [Smolny](site:smolny)
until morning.
`;

describe('readEssay: which reader', () => {
  it.each(['essay.md', 'ESSAY.MD', 'essay.markdown', 'Essay.Markdown'])(
    'reads %s as Markdown',
    (name) => {
      const e = readEssay(markdownish, name);
      expect(e.passages[0]!.refs).toEqual(['site:smolny']);
      expect(passageText(e.passages[0]!)).toBe('Lenin waited at the Smolny, see the Smolny.');
    },
  );

  it.each(['essay.txt', 'ESSAY.TXT'])('reads %s as plain text, Markdown and all', (name) => {
    const e = readEssay(`Title\n\n${markdownish}`, name);
    expect(e.passages[0]!.refs).toEqual([]);
    expect(passageText(e.passages[0]!)).toBe(markdownish);
  });

  it('goes by what pasted text looks like when the name has no known extension', () => {
    expect(readEssay(markdownish, 'Pasted text').passages[0]!.refs).toEqual(['site:smolny']);
    const plain = readEssay('A title\n\nThe *stars* are plain here.', 'Pasted text');
    expect(plain.title).toBe('A title');
    expect(passageText(plain.passages[0]!)).toBe('The *stars* are plain here.');
  });

  it('drops a byte-order mark before deciding, so front matter is still seen', () => {
    const e = readEssay('\uFEFF---\ntitle: With a mark\n---\n\nText.', 'Pasted text');
    expect(e.title).toBe('With a mark');
    expect(e.passages.map(passageText)).toEqual(['Text.']);
  });
});

describe('readEssay: Markdown', () => {
  it('takes the title from the front matter or heading before the file name', () => {
    expect(readEssay(wrapped, 'file.md').title).toBe('Wrapped');
    expect(readEssay('# Heading title\n\nText.', 'file.md').title).toBe('Heading title');
  });

  it('names an untitled essay after its file, without the extension', () => {
    expect(readEssay('Text.', 'october.notes.md').title).toBe('october.notes');
  });

  it('keeps the default title when there is no file name to use', () => {
    expect(readEssay('Text with [a link](site:smolny).', '').title).toBe('Untitled essay');
  });

  it('leaves page furniture out, splits the paragraph there and warns once', () => {
    const e = readEssay('First half of a thought\n…show more content…\nsecond half.', 'a.md');
    expect(e.passages.map(passageText)).toEqual(['First half of a thought', 'second half.']);
    expect(e.warnings).toEqual(['1 line of page furniture left out.']);
  });

  it('counts several furniture lines in the plural', () => {
    const e = readEssay('1,768 Words | 8 Pages\n\nText.\n\nPage 2 of 5', 'a.md');
    expect(e.passages.map(passageText)).toEqual(['Text.']);
    expect(e.warnings).toEqual(['2 lines of page furniture left out.']);
  });

  it('adds no warning when nothing was removed', () => {
    expect(readEssay(wrapped, 'a.md').warnings).toEqual([]);
  });

  it('refuses a file nested 5,000 levels deep at once, naming the line of the file', () => {
    // Front matter, a blank line and furniture all count: the line is the one the reader's editor shows.
    const text = `---\ntitle: Deep\n---\n\r\n1,768 Words | 8 Pages\r\n\r\n${'>'.repeat(5000)} Deep.\r\n`;
    const start = performance.now();
    expect(() => readEssay(text, 'deep.md')).toThrow(EssayError);
    expect(() => readEssay(text, 'deep.md')).toThrow(
      /^Line 7: block quotes and lists are nested 5000 levels deep there/,
    );
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('reads the same deep text as plain paragraphs from a .txt file, where “>” is only a character', () => {
    const e = readEssay(`Deep\n\n${'>'.repeat(5000)} Deep.\n`, 'deep.txt');
    expect(e.passages.map(passageText)).toEqual([`${'>'.repeat(5000)} Deep.`]);
  });
});

describe('lineAt', () => {
  const essay = readEssay(wrapped, 'a.md');
  const text = passageText(essay.passages[0]!);

  it('gives the line a passage starts on for its first character', () => {
    expect(essay.passages[0]!.line).toBe(5);
    expect(lineAt(essay, 0, 0)).toBe(5);
  });

  it('counts the line breaks before the offset', () => {
    expect(lineAt(essay, 0, text.indexOf('Smolny'))).toBe(6);
    expect(lineAt(essay, 0, text.indexOf('until'))).toBe(7);
    // The break itself still belongs to the line it ends.
    expect(lineAt(essay, 0, text.indexOf('\n'))).toBe(5);
  });

  it('stops at the last line for an offset past the end', () => {
    expect(lineAt(essay, 0, text.length + 50)).toBe(7);
  });

  it('is 0 for a passage the essay does not have', () => {
    expect(lineAt(essay, 1, 0)).toBe(0);
    expect(lineAt(essay, -1, 0)).toBe(0);
  });
});
