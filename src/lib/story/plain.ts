/**
 * Bringing an essay in: reading the file's bytes safely, cleaning the page furniture that essay sites
 * paste into copied text, and turning plain paragraphs into the essay model.
 */
import type { Essay, Passage } from './essay';

/** The largest essay file read, in bytes (a long essay is some 100 KB). */
export const MAX_ESSAY_BYTES = 1_000_000;

/** An essay file that cannot be read, with what to do about it. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A whole number with thousands separated by commas, the same in every browser's language. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A size in megabytes to two places, rounded up: a file only just over the limit must not read as
 * the limit itself.
 */
const megabytesUp = (bytes: number): string => (Math.ceil(bytes / 1e4) / 100).toFixed(2);

/**
 * Decodes an essay file: UTF-8 text only (a byte-order mark is dropped), never a binary or a file
 * larger than `MAX_ESSAY_BYTES`.
 */
export function decodeEssayFile(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > MAX_ESSAY_BYTES)
    throw new ImportError(
      `“${fileName}” is ${grouped(bytes.length)} bytes (about ${megabytesUp(bytes.length)} MB); an essay file may be at most ${grouped(MAX_ESSAY_BYTES)} bytes (${MAX_ESSAY_BYTES / 1e6} MB).`,
    );
  if (bytes.includes(0))
    throw new ImportError(
      `“${fileName}” is not a text file (it holds binary data). Save the essay as plain text (.txt) or Markdown (.md).`,
    );
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
