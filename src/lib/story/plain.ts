/**
 * Bringing an essay in: reading the file's bytes safely, cleaning the page furniture that essay sites
 * paste into copied text, and turning plain paragraphs into the essay model.
 */
import type { Essay, Passage } from './essay';

/**
 * The largest essay read, a file or pasted text, in bytes (a long essay is some 100 KB). Chosen by
 * measure (`BENCH_ONLY=import npm run bench`, headless Chromium on this project's two-core machine,
 * shared with other work): read and linked in a worker, a megabyte of realistic prose opens in
 * 1.0–2.1 s and a megabyte dense with place names in 1.4–2.0 s (the upper ends with the machine
 * busy), against the 5 s the e2e test allows (tests/e2e/import-long.spec.ts). A school laptop 2.4 to
 * 5 times slower still opens it within 5 s; a larger limit would leave no such head-room, as the
 * time grows with the size.
 */
export const MAX_ESSAY_BYTES = 1_000_000;

/** An essay file that cannot be read, with what to do about it. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A whole number with thousands separated by commas, as the app's other figures are written. */
const grouped = (n: number): string => n.toLocaleString('en-GB');

/**
 * A size in megabytes to two places, rounded up: a file only just over the limit must not read as
 * the limit itself.
 */
const megabytesUp = (bytes: number): string => (Math.ceil(bytes / 1e4) / 100).toFixed(2);

/**
 * How the text of a file without a byte-order mark is laid out in UTF-16, if it plainly is. Each
 * character takes two bytes, and the high one is zero for every Latin letter, digit, space and
 * stop, so text has zeros on one side of each pair (often every other byte, and in Cyrillic at least
 * between the words) and none on the other. A binary has zeros anywhere.
 */
function utf16Layout(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2) return null;
  // The first few thousand characters tell; reading the rest would only cost time.
  const n = Math.min(bytes.length, 8192);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) zeroOdd++;
    else zeroEven++;
  }
  // A few zeros in a short file are as likely a stray byte in UTF-8 as text: ask for more.
  const units = n / 2;
  const enough = Math.max(Math.min(4, units), units / 16);
  if (zeroEven === 0 && zeroOdd >= enough) return 'utf-16le';
  if (zeroOdd === 0 && zeroEven >= enough) return 'utf-16be';
  return null;
}

/** Control characters that text never holds (tab, line feed, form feed and carriage return aside). */
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f]/;

const notText = (fileName: string): ImportError =>
  new ImportError(
    `“${fileName}” is not a text file (it holds binary data). Save the essay as plain text (.txt) or Markdown (.md).`,
  );

/** Decodes UTF-16 text, or returns null when the bytes are not whole, valid UTF-16 characters. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Refuses an essay larger than `MAX_ESSAY_BYTES`, a file or pasted text alike, before any of it is
 * read.
 */
export function checkEssaySize(bytes: number, name: string, from: 'file' | 'paste'): void {
  if (bytes <= MAX_ESSAY_BYTES) return;
  const limit = `${grouped(MAX_ESSAY_BYTES)} bytes (${MAX_ESSAY_BYTES / 1e6} MB)`;
  throw new ImportError(
    from === 'file'
      ? `“${name}” is ${grouped(bytes)} bytes (about ${megabytesUp(bytes)} MB); an essay file may be at most ${limit}.`
      : `“${name}” is ${grouped(bytes)} bytes (about ${megabytesUp(bytes)} MB) of text; a pasted essay may be at most ${limit}. Paste a shorter part of it.`,
  );
}

/** The size of a text saved as UTF-8, in bytes, counted without encoding it. */
export function utf8Size(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Decodes an essay file: UTF-8 text (a byte-order mark is dropped), or UTF-16 text as Windows
 * editors save it (“Unicode”), with or without a byte-order mark; never a binary or a file larger
 * than `MAX_ESSAY_BYTES`.
 */
export function decodeEssayFile(bytes: Uint8Array, fileName: string): string {
  checkEssaySize(bytes.length, fileName, 'file');
  const bom =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  const utf16 = bom ?? (bytes.includes(0) ? utf16Layout(bytes) : null);
  if (utf16) {
    const text = decodeUtf16(bytes, utf16);
    if (text === null) {
      if (!bom) throw notText(fileName);
      throw new ImportError(
        `“${fileName}” looks like UTF-16 text but is damaged. Open it in a text editor and save it again as UTF-8 (most editors offer this under “Save as”).`,
      );
    }
    // A binary file can start with the same two bytes as a UTF-16 mark; its decoded text gives it away.
    if (NOT_TEXT.test(text)) throw notText(fileName);
    return text;
  }
  if (bytes.includes(0)) throw notText(fileName);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError(
      `“${fileName}” is not UTF-8 text. Save it again as UTF-8 (most editors offer this under “Save as”).`,
    );
  }
}

/** Lines that essay sites and PDF copies add to a text, which are not part of the essay. */
const FURNITURE: readonly RegExp[] = [
  /^\d[\d,.]*\s+words?\s*[|·•,-]?\s*(\d+\s+pages?)?$/i,
  /^\d+\s+pages?\s*[|·•,-]?\s*(\d[\d,.]*\s+words?)?$/i,
  /^(\.{3}|…)?\s*show (more|less)( content)?\s*(\.{3}|…)?$/i,
  /^page\s+\d+(\s+of\s+\d+)?$/i,
  /^(continue reading|read more|open document|read full essay|sign up to view the full (essay|document)\.?)$/i,
  /^-?\s*\d+\s*-?$/,
];

/** Whether a line is page furniture rather than essay. */
export function isFurniture(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 80 && FURNITURE.some((re) => re.test(t));
}

/**
 * Removes page furniture from a text; a furniture line inside a paragraph splits it there, as the
 * text around a "…show more content…" gap comes from two places.
 */
export function stripFurniture(text: string): { text: string; removed: number } {
  let removed = 0;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = lines.map((line) => {
    if (!isFurniture(line)) return line;
    removed++;
    return '';
  });
  return { text: out.join('\n'), removed };
}

const SENTENCE_END = /[.!?:"”’»)\]]$/;

/**
 * Splits plain text into paragraphs. Blank lines always separate them. Inside a block, a line that
 * ends a sentence and is clearly shorter than the block's longest line ends a paragraph (hard-wrapped
 * text joins back together; one-paragraph-per-line text stays apart).
 */
export function paragraphsOf(text: string): string[] {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((b) => b.length);
  const out: string[] = [];
  for (const lines of blocks) {
    const longest = Math.max(...lines.map((l) => l.length));
    const unwrapped = longest > 160;
    let current: string[] = [];
    lines.forEach((line, i) => {
      current.push(line);
      const next = lines[i + 1];
      const ends =
        next === undefined ||
        (SENTENCE_END.test(line) &&
          (unwrapped || line.length < longest * 0.8) &&
          /^\P{Ll}/u.test(next));
      if (ends) {
        out.push(current.join(' ').replace(/\s+/g, ' '));
        current = [];
      }
    });
  }
  return out;
}

/**
 * Reads a plain-text essay into the model: furniture removed, one passage per paragraph, a short
 * first line without a final full stop taken as the title.
 */
export function plainToEssay(text: string, fileName: string): Essay {
  const { text: clean, removed } = stripFurniture(text.replace(/^\uFEFF/, ''));
  let paragraphs = paragraphsOf(clean);
  let title = fileName.replace(/\.[^.]+$/, '') || 'Untitled essay';
  const first = paragraphs[0];
  if (first && paragraphs.length > 1 && first.length <= 100 && !/[.!?]$/.test(first)) {
    title = first;
    paragraphs = paragraphs.slice(1);
  }
  if (!paragraphs.length) throw new ImportError(`“${fileName}” has no paragraphs to show.`);
  const lineOf = lineFinder(text);
  const passages: Passage[] = paragraphs.map((p, index) => ({
    id: `p-${index + 1}`,
    index,
    section: null,
    quote: false,
    inlines: [{ kind: 'text', text: p, marks: [] }],
    refs: [],
    line: lineOf(p),
  }));
  return {
    title,
    author: 'Unknown author',
    language:
      /\p{Script=Cyrillic}/u.test(clean) && !/[a-z]{4}/i.test(clean.slice(0, 500)) ? 'ru' : 'en',
    passages,
    warnings: removed
      ? [
          `${removed} line${removed === 1 ? '' : 's'} of page furniture (word counts, “show more” gaps, page numbers) left out.`,
        ]
      : [],
  };
}

/** Finds the line a paragraph starts on in the original text (by its first words). */
function lineFinder(text: string): (paragraph: string) => number {
  const normal = text.replace(/\r\n?/g, '\n');
  let from = 0;
  return (paragraph) => {
    const head = paragraph.split(' ').slice(0, 4).join(' ');
    const firstWord = head.split(' ')[0] ?? '';
    let at = normal.indexOf(head, from);
    if (at < 0) at = normal.indexOf(firstWord, from);
    if (at < 0) return 0;
    from = at + 1;
    return normal.slice(0, at).split('\n').length;
  };
}

/** Whether a text reads as Markdown (front matter, headings or links) rather than plain paragraphs. */
export function looksLikeMarkdown(text: string): boolean {
  return /^---\s*\n/.test(text) || /^#{1,6}\s/m.test(text) || /\]\([^)\s]+\)/.test(text);
}
