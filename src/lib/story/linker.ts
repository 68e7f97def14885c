/**
 * The auto-linker: finds the places an essay speaks of and proposes a link for each, with a
 * confidence. It reads plain text; offsets are in UTF-16 code units of that text.
 */
import { foldToken, tokenize, cyrillicStem, type Gazetteer, type Term } from './gazetteer';
import { runSpans, type Essay } from './essay';

/** A proposed link: the span `[start, end)` of a text that names feature `ref`. */
export interface Proposal {
  start: number;
  end: number;
  text: string;
  ref: string;
  confidence: number;
}

export interface LinkOptions {
  /** Proposals below this confidence are dropped (default 0.5). */
  minConfidence?: number;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** What may stand between the words of one name: spaces, a hyphen, an apostrophe, a comma, a dot. */
const GAP = /^[ \t\u00a0\-‐‑–.,'’&]{1,3}$|^\s?\n\s?$/;

/**
 * Russian case endings (й written и, as `plain` folds it), and the forms of nouns in -ец that lose
 * the е (дворец, дворца): what may follow a stem in an inflected name.
 */
const ENDING =
  /^(|а|я|ы|и|е|у|ю|о|ь|ои|еи|ом|ем|ам|ям|ах|ях|ами|ями|ого|его|ому|ему|ую|юю|ая|яя|ое|ее|ые|ие|ыи|ии|ых|их|ым|им|ыми|ими|ью|ия|ию|иеи|иям|иях|ец|ца|цу|це|цом|цы|цов)$/;

type Word = { word: string; start: number; end: number; folded: string; cyr: boolean };

function plainCyr(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function tokenMatches(
  textWord: Word,
  termToken: string,
  cyrillic: boolean,
): 'exact' | 'inflected' | null {
  if (textWord.folded === termToken) return 'exact';
  if (!cyrillic || !textWord.cyr) return null;
  const stem = cyrillicStem(termToken);
  const w = plainCyr(textWord.word);
  if (termToken.length <= 3) return null;
  return w.startsWith(stem) && ENDING.test(w.slice(stem.length)) ? 'inflected' : null;
}

/** How sure a match makes us: the term's confidence, less for lower case, folding and inflection. */
function score(term: Term, text: string, words: Word[], inflected: boolean): number {
  let c = term.confidence;
  if (term.capitalised && !/^\p{Lu}/u.test(text)) c = term.lowerConfidence ?? c - 0.3;
  // A spelling that only matched once folded (Smolnyi for Smolny) is a little less sure.
  const exact = words.every(
    (w, i) => plainCyr(w.word) === plainCyr(tokenize(term.text)[i]?.word ?? ''),
  );
  if (!exact) c -= 0.05;
  if (inflected) c -= 0.05;
  // Short one-word names (Riga, Neva, Kars) are likelier to be something else.
  if (term.tokens.length === 1 && text.length <= 4 && !/^\p{Lu}+$/u.test(text)) c -= 0.05;
  return Math.max(0, Math.min(1, Math.round(c * 100) / 100));
}

/**
 * Proposes links in `text`: every name of the gazetteer found there, the longest and surest where
 * names overlap (Finland Station over Finland), each span once.
 * @example linkText('Lenin reached the Smolnyi.', g) // [{ start: 18, end: 25, ref: 'site:smolny', … }]
 */
export function linkText(
  text: string,
  gazetteer: Gazetteer,
  options: LinkOptions = {},
): Proposal[] {
  const min = options.minConfidence ?? 0.5;
  const words: Word[] = tokenize(text).map((w) => {
    const cyr = CYRILLIC.test(w.word);
    return { ...w, folded: foldToken(w.word), cyr };
  });
  const found: (Proposal & { words: number })[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const keys = new Set<string>([w.folded]);
    if (w.cyr) {
      const p = plainCyr(w.word);
      for (let n = p.length; n >= Math.max(2, p.length - 3); n--) keys.add(p.slice(0, n));
    }
    const candidates = new Set<Term>();
    for (const k of keys) for (const t of gazetteer.index.get(k) ?? []) candidates.add(t);
    for (const term of candidates) {
      let inflected = false;
      let ok = true;
      for (let j = 0; j < term.tokens.length; j++) {
        const tw = words[i + j];
        if (!tw) {
          ok = false;
          break;
        }
        if (j > 0 && !GAP.test(text.slice(words[i + j - 1]!.end, tw.start))) {
          ok = false;
          break;
        }
        const m = tokenMatches(tw, term.tokens[j]!, term.cyrillic);
        if (!m) {
          ok = false;
          break;
        }
        if (m === 'inflected') inflected = true;
      }
      if (!ok) continue;
      const last = words[i + term.tokens.length - 1]!;
      const span = text.slice(w.start, last.end);
      const confidence = score(term, span, words.slice(i, i + term.tokens.length), inflected);
      if (confidence < min) continue;
      found.push({
        start: w.start,
        end: last.end,
        text: span,
        ref: term.ref,
        confidence,
        words: term.tokens.length,
      });
    }
  }
  // Longest names first, then the surest; a span already taken is not proposed again.
  found.sort(
    (a, b) =>
      b.words - a.words ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.start - b.start,
  );
  const taken: Proposal[] = [];
  for (const f of found) {
    if (taken.some((t) => f.start < t.end && t.start < f.end)) continue;
    taken.push({ start: f.start, end: f.end, text: f.text, ref: f.ref, confidence: f.confidence });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** A proposal in one passage of an essay. */
export interface PassageProposal extends Proposal {
  /** The passage's index. */
  passage: number;
}

/** The spans of a passage's text that already link to a feature. */
export function linkedSpans(
  essay: Essay,
  passage: number,
): { start: number; end: number; ref: string }[] {
  return runSpans(essay.passages[passage]?.inlines ?? []).flatMap(({ run, start, end }) =>
    run.kind === 'feature' ? [{ start, end, ref: run.ref }] : [],
  );
}

/** Proposes links in every passage of an essay, leaving alone the spans already linked. */
export function linkEssay(
  essay: Essay,
  gazetteer: Gazetteer,
  options: LinkOptions = {},
): PassageProposal[] {
  return essay.passages.flatMap((p) => {
    const text = p.inlines.map((i) => i.text).join('');
    const linked = linkedSpans(essay, p.index);
    return linkText(text, gazetteer, options)
      .filter((pr) => !linked.some((l) => pr.start < l.end && l.start < pr.end))
      .map((pr) => ({ ...pr, passage: p.index }));
  });
}
