import { describe, expect, it } from 'vitest';
import {
  checkEssaySize,
  decodeEssayFile,
  ImportError,
  isFurniture,
  MAX_ESSAY_BYTES,
  paragraphsOf,
  plainToEssay,
  utf8Size,
} from '../../../src/lib/story/plain';
import { readEssay } from '../../../src/lib/story/import';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeEssayFile', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(decodeEssayFile(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Смольный')]), 'a.txt')).toBe(
      'Смольный',
    );
  });
  it('refuses binary, other encodings and files that are too large, saying why', () => {
    expect(() => decodeEssayFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'a.png')).toThrow(
      /not a text file/,
    );
    expect(() => decodeEssayFile(new Uint8Array([0x53, 0x6d, 0xf3, 0x6c]), 'a.txt')).toThrow(
      /not UTF-8/,
    );
    expect(() => decodeEssayFile(new Uint8Array(MAX_ESSAY_BYTES + 1).fill(65), 'big.txt')).toThrow(
      ImportError,
    );
  });
});

describe('decodeEssayFile: a file too large', () => {
  const refusal = (size: number) => {
    try {
      decodeEssayFile(new Uint8Array(size).fill(65), 'big.txt');
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return (e as Error).message;
    }
    throw new Error(`a file of ${size} bytes was read`);
  };

  it('gives the size in bytes and never rounds it down to the limit', () => {
    expect(MAX_ESSAY_BYTES).toBe(1_000_000);
    expect(refusal(1_048_576)).toBe(
      '“big.txt” is 1,048,576 bytes (about 1.05 MB); an essay file may be at most 1,000,000 bytes (1 MB).',
    );
    expect(refusal(MAX_ESSAY_BYTES + 1)).toBe(
      '“big.txt” is 1,000,001 bytes (about 1.01 MB); an essay file may be at most 1,000,000 bytes (1 MB).',
    );
    expect(refusal(12_345_678)).toContain('is 12,345,678 bytes (about 12.35 MB);');
  });

  it('refuses pasted text over the same limit, in words for pasting', () => {
    expect(() => checkEssaySize(MAX_ESSAY_BYTES, 'Pasted essay', 'paste')).not.toThrow();
    expect(() => checkEssaySize(1_048_576, 'Pasted essay', 'paste')).toThrow(
      new ImportError(
        '“Pasted essay” is 1,048,576 bytes (about 1.05 MB) of text; a pasted essay may be at most 1,000,000 bytes (1 MB). Paste a shorter part of it.',
      ),
    );
  });

  it('reads a file of exactly the limit', () => {
    expect(decodeEssayFile(new Uint8Array(MAX_ESSAY_BYTES).fill(65), 'a.txt')).toHaveLength(
      MAX_ESSAY_BYTES,
    );
  });
});

describe('decodeEssayFile: UTF-16', () => {
  const text = 'Смольный, 25 October 1917.\r\nThe “Aurora” fires.';
  const units = (s: string) => [...s].map((c) => c.charCodeAt(0));
  const le = (s: number[]) => s.flatMap((u) => [u & 0xff, u >> 8]);
  const be = (s: number[]) => s.flatMap((u) => [u >> 8, u & 0xff]);
  const english = 'The Winter Palace falls.\n';
  const cyrillic = 'Ленин пришёл в Смольный ночью.\n';

  it.each<[string, number[]]>([
    ['little-endian with a byte-order mark', [0xff, 0xfe, ...le(units(text))]],
    ['big-endian with a byte-order mark', [0xfe, 0xff, ...be(units(text))]],
  ])('reads UTF-16 %s', (_, bytes) => {
    expect(decodeEssayFile(new Uint8Array(bytes), 'a.txt')).toBe(text);
  });

  it.each<[string, number[], string]>([
    ['little-endian', le(units(english)), english],
    ['big-endian', be(units(english)), english],
    ['Cyrillic little-endian', le(units(cyrillic)), cyrillic],
    ['Cyrillic big-endian', be(units(cyrillic)), cyrillic],
  ])(
    'reads %s UTF-16 without a byte-order mark (zeros on one side of each pair)',
    (_, bytes, t) => {
      expect(decodeEssayFile(new Uint8Array(bytes), 'a.txt')).toBe(t);
    },
  );

  it('reads a UTF-16 Markdown essay through to its passages', () => {
    const md = '# October\n\nThe [Smolny](site:smolny) was the headquarters.\n';
    const bytes = [0xff, 0xfe, ...le(units(md))];
    const essay = readEssay(decodeEssayFile(new Uint8Array(bytes), 'a.md'), 'a.md');
    expect(essay.title).toBe('October');
    expect(essay.passages.map((p) => p.refs)).toEqual([['site:smolny']]);
  });

  it('says a damaged UTF-16 file is damaged and how to save it again', () => {
    // An odd number of bytes after the mark, and a lone half of a surrogate pair.
    for (const bytes of [
      [0xff, 0xfe, 0x41, 0x00, 0x42],
      [0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00],
    ])
      expect(() => decodeEssayFile(new Uint8Array(bytes), 'a.txt')).toThrow(
        /looks like UTF-16 text but is damaged.*save it again as UTF-8/,
      );
  });

  it('still refuses binaries, including those that begin like a UTF-16 mark', () => {
    for (const bytes of [
      [0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2],
      [0x89, 0x50, 0x4e, 0x47, 0, 1],
      [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00],
      [0xfe, 0xff, 0x00, 0x01, 0x00, 0x41],
      [0x41, 0x00, 0x01, 0x00, 0x42, 0x00],
      [0, 0],
      // UTF-8 with a stray zero byte, which would read as Chinese if taken for UTF-16.
      [...new TextEncoder().encode('Hello'), 0],
      // Zeros on one side only, as in UTF-16, but then half of a pair without the other half.
      [...le(units('The Winter Palace')), 0x12, 0xd8, 0x41, 0x00],
    ])
      expect(() => decodeEssayFile(new Uint8Array(bytes), 'a.bin')).toThrow(/not a text file/);
  });
});

describe('page furniture', () => {
  it('recognises word counts, show-more gaps and page numbers, and nothing else', () => {
    for (const line of [
      '1768 Words 8 Pages',
      '1,768 Words | 8 Pages',
      '…show more content…',
      '...Show More...',
      'Page 2 of 5',
      'Continue Reading',
      '- 3 -',
    ])
      expect(isFurniture(line), line).toBe(true);
    for (const line of ['Lenin spoke for 8 pages of notes.', 'In 1917 words failed him.', ''])
      expect(isFurniture(line), line).toBe(false);
  });
});

describe('paragraphsOf', () => {
  it('joins hard-wrapped lines and splits at blank lines', () => {
    const text =
      'The garrison of the fortress voted to follow the\ncommittee, and its guns came with it.\n\nNext paragraph here.';
    expect(paragraphsOf(text)).toEqual([
      'The garrison of the fortress voted to follow the committee, and its guns came with it.',
      'Next paragraph here.',
    ]);
  });
  it('splits one-paragraph-per-line text', () => {
    const a =
      'A long first paragraph that runs on and on about the Smolny and what happened there in October. '
        .repeat(2)
        .trim();
    expect(paragraphsOf(`${a}\nShort second one.\n${a}`)).toHaveLength(3);
  });
});

describe('plainToEssay', () => {
  it('takes a short first line as the title, removes furniture and reports it', () => {
    const e = plainToEssay(
      'How Lenin Won\n\n1768 Words 8 Pages\n\nFirst paragraph.\n…show more content…\nSecond paragraph.',
      'x.txt',
    );
    expect(e.title).toBe('How Lenin Won');
    expect(e.passages.map((p) => p.inlines[0]!.text)).toEqual([
      'First paragraph.',
      'Second paragraph.',
    ]);
    expect(e.warnings[0]).toMatch(/2 lines of page furniture/);
  });
  it('keeps Markdown characters as the text they are', () => {
    const e = readEssay(
      'Title\n\n*Not emphasis* and [not a link](site:smolny) and <b>no tag</b>.',
      'a.txt',
    );
    expect(e.passages[0]!.inlines).toEqual([
      {
        kind: 'text',
        text: '*Not emphasis* and [not a link](site:smolny) and <b>no tag</b>.',
        marks: [],
      },
    ]);
  });
  it('says so when there is nothing to read', () => {
    expect(() => plainToEssay('\n\n1768 Words 8 Pages\n', 'empty.txt')).toThrow(/no paragraphs/);
  });
});

describe('utf8Size', () => {
  it('counts the bytes of the text as UTF-8, as a file of it would take', () => {
    for (const t of [
      '',
      'Smolny',
      'Смольный дворец',
      'café – “quoted” …',
      '𝔄 emoji 🙂 and ½',
      '\ud800 lone',
    ])
      expect(utf8Size(t)).toBe(Buffer.byteLength(t, 'utf8'));
  });
});
