/**
 * The words a reader selected in a passage, as offsets into the passage's text, so that a link made by
 * hand lands on the same words whatever markup the page wrapped them in.
 */
import { overlapsLink, passageText, type Passage } from './essay';

/** A span of a passage the reader selected. */
export interface TextSpan {
  passage: number;
  start: number;
  end: number;
  text: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The span a selection covers, from the text the page had before it (`before`) and the selected text
 * (`raw`, with the spaces the reader caught at either end); a sentence for the reader when the words
 * cannot be linked.
 * @example selectionSpan(p, 25, 'Smolny ') // { passage: 0, start: 25, end: 31, text: 'Smolny' }
 */
export function selectionSpan(passage: Passage, before: number, raw: string): TextSpan | string {
  const text = raw.trim();
  if (!text) return 'The selection holds no words.';
  const full = passageText(passage);
  let start = before + (raw.length - raw.trimStart().length);
  if (full.slice(start, start + text.length) !== text) {
    // The page's text can differ from the passage's by a space; take the nearest occurrence.
    const all = [...full.matchAll(new RegExp(escapeRegExp(text), 'g'))];
    const near = all.sort((a, b) => Math.abs(a.index - start) - Math.abs(b.index - start))[0];
    if (!near) return 'The selected words could not be found in the passage.';
    start = near.index;
  }
  if (overlapsLink(passage.inlines, start, start + text.length))
    return 'Part of the selection is already a link.';
  return { passage: passage.index, start, end: start + text.length, text };
}
