/** Reads an essay a reader brings: Markdown in the project's format, or plain text. */
import type { Essay } from './essay';
import { parseEssay } from './parse';
import { looksLikeMarkdown, plainToEssay, stripFurniture } from './plain';

/**
 * Reads essay text by its file name (`.md` as Markdown, `.txt` as plain text) or, for pasted text
 * without a name, by what it looks like. Page furniture is removed either way.
 */
export function readEssay(text: string, fileName: string): Essay {
  const body = text.replace(/^\uFEFF/, '');
  const markdown = /\.(md|markdown)$/i.test(fileName)
    ? true
    : /\.txt$/i.test(fileName)
      ? false
      : looksLikeMarkdown(body);
  if (!markdown) return plainToEssay(body, fileName);
  const { text: clean, removed } = stripFurniture(body);
  const essay = parseEssay(clean);
  if (essay.title === 'Untitled essay')
    essay.title = fileName.replace(/\.[^.]+$/, '') || essay.title;
  if (removed)
    essay.warnings.push(`${removed} line${removed === 1 ? '' : 's'} of page furniture left out.`);
  return essay;
}

/** The line of the source file on which offset `at` of a passage's text stands. */
export function lineAt(essay: Essay, passage: number, at: number): number {
  const p = essay.passages[passage];
  if (!p) return 0;
  const before = p.inlines
    .map((i) => i.text)
    .join('')
    .slice(0, at);
  return p.line + (before.match(/\n/g)?.length ?? 0);
}
