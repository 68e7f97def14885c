/**
 * Measures the auto-linker against essays marked by hand (tests/fixtures/essays): the marks are
 * taken out, the bare text goes through the same import and linker as a reader's file, and the
 * proposals are compared with the marks.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readEssay } from '../../src/lib/story/import';
import { linkEssay, type PassageProposal } from '../../src/lib/story/linker';
import type { Gazetteer } from '../../src/lib/story/gazetteer';

const MARK = /\[([^\]\n]+)\]\(([a-z]+:[a-z0-9-]+)\)/g;

export interface Expected {
  text: string;
  ref: string;
}

/** The bare text of a marked essay and its marks in order. */
export function unmark(marked: string): { text: string; expected: Expected[] } {
  const expected: Expected[] = [];
  const text = marked.replace(MARK, (_, t: string, ref: string) => {
    expected.push({ text: t, ref });
    return t;
  });
  return { text, expected };
}

export interface Score {
  file: string;
  expected: number;
  proposed: number;
  truePositives: number;
  precision: number;
  recall: number;
  misses: Expected[];
  wrong: PassageProposal[];
}

/** Where `word` first stands as a whole word in `text` from `from` (“Estonia”, not in “Estonian”), or -1. */
export function wordAt(text: string, word: string, from: number): number {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + word.length] ?? '';
    if (!letter.test(before) && !letter.test(after)) return at;
  }
  return -1;
}

/** Scores the linker on one marked essay. A proposal is right when it names the marked feature on an overlapping span. */
export function scoreFile(path: string, gazetteer: Gazetteer): Score {
  const { text, expected } = unmark(readFileSync(path, 'utf8'));
  const essay = readEssay(text, basename(path));
  const texts = essay.passages.map((p) => p.inlines.map((i) => i.text).join(''));
  // Place each mark in the passages, in order, by its text.
  const placed: (Expected & { passage: number; start: number; end: number })[] = [];
  const misses: Expected[] = [];
  let passage = 0;
  let from = 0;
  for (const e of expected) {
    let found = false;
    for (let p = passage; p < texts.length && !found; p++) {
      const at = wordAt(texts[p]!, e.text, p === passage ? from : 0);
      if (at >= 0) {
        placed.push({ ...e, passage: p, start: at, end: at + e.text.length });
        passage = p;
        from = at + e.text.length;
        found = true;
      }
    }
    if (!found) misses.push(e);
  }
  const proposals = linkEssay(essay, gazetteer);
  const hit = new Set<number>();
  const wrong: PassageProposal[] = [];
  let truePositives = 0;
  for (const pr of proposals) {
    const i = placed.findIndex(
      (e, k) =>
        !hit.has(k) &&
        e.passage === pr.passage &&
        e.ref === pr.ref &&
        pr.start < e.end &&
        e.start < pr.end,
    );
    if (i >= 0) {
      hit.add(i);
      truePositives++;
    } else wrong.push(pr);
  }
  placed.forEach((e, k) => {
    if (!hit.has(k)) misses.push(e);
  });
  return {
    file: basename(path),
    expected: expected.length,
    proposed: proposals.length,
    truePositives,
    precision: proposals.length ? truePositives / proposals.length : 1,
    recall: expected.length ? truePositives / expected.length : 1,
    misses,
    wrong,
  };
}
