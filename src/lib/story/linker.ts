/**
 * The auto-linker: finds the places an essay speaks of and proposes a link for each, with a
 * confidence and the reason it was proposed. It reads plain text; offsets are in UTF-16 code units
 * of that text.
 *
 * It works in two steps. Each passage alone: every name of the gazetteer (spelled, inflected or
 * slipped as essays write them), names that share one head noun (“the Palace and Troitsky
 * bridges”), the towns of a ceded territory listed together, less what the context says is not the
 * place (a station's telegraph, a ballerina, “Brest, Belarus”). Then the essay in order: short
 * forms of a name named earlier (“the Fortress”, «Зимний») and the talks or treaty of an essay that
 * names Brest-Litovsk.
 */
import {
  SLIP_MIN,
  cyrillicStem,
  foldToken,
  plain,
  tokenize,
  type Gazetteer,
  type Term,
} from './gazetteer';
import {
  BODY_HEADS,
  BREST_TREATY_DAYS,
  HEAD_NOUNS,
  PERSON_CUES,
  TALKS_WORDS,
} from './gazetteer-data';
import { runSpans, type Essay } from './essay';

/** A proposed link: the span `[start, end)` of a text that names feature `ref`. */
export interface Proposal {
  start: number;
  end: number;
  text: string;
  ref: string;
  confidence: number;
  /** Why it was proposed, for a reader: the name or rule that matched. */
  why?: string;
}

export interface LinkOptions {
  /** Proposals below this confidence are dropped (default 0.5). */
  minConfidence?: number;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** What may stand between the words of one name: spaces, a hyphen, an apostrophe, a comma, a dot. */
const GAP = /^[ \t\u00a0\-‐‑–.,'’&]{1,3}$|^\s?\n\s?$/;
/** What may stand between the items of a list: a comma, “and”, “or” (the words are checked apart). */
const LIST_GAP = /^\s*,?\s*$/;
const CONJUNCTIONS = new Set(['and', 'or', 'и', 'или']);
const HEADS = new Set(HEAD_NOUNS.map((h) => foldToken(h)));
const CUES = new Set(PERSON_CUES.map((c) => foldToken(c)));
const BODIES = new Set(BODY_HEADS.map((b) => foldToken(b)));
/** Endings of a Russian adjective, transliterated or not: a modifier that can stand for its name. */
const ADJECTIVAL = /(sky|skoe|skaya|oe|ое|ый|ий|ой|ая|ые|ие|ыи|ии|ои)$/;

/** The case endings of a Russian adjective (й written и, as `plain` folds it). */
const RUSSIAN_ADJECTIVE = /(ыи|ии|ои|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ым|им|ыми|ими)$/;

/**
 * Russian case endings (й written и, as `plain` folds it), and the forms of nouns in -ец that lose
 * the е (дворец, дворца): what may follow a stem in an inflected name.
 */
const ENDING =
  /^(|а|я|ы|и|е|у|ю|о|ь|ои|еи|ом|ем|ов|ев|ам|ям|ах|ях|ами|ями|ого|его|ому|ему|ую|юю|ая|яя|ое|ее|ые|ие|ыи|ии|ых|их|ым|им|ыми|ими|ью|ия|ию|иеи|иям|иях|ец|ца|цу|це|цом|цы|цов)$/;

/** A word of the text: as written, its folded form, its plain form (for Cyrillic stems). */
type Word = {
  word: string;
  start: number;
  end: number;
  folded: string;
  plain: string;
  cyr: boolean;
};
type Match = 'exact' | 'inflected' | 'slip';

/** A proposal while the linker works: the words it spans and the term that made it. */
interface Found extends Proposal {
  /** Index of its first word and one past its last. */
  from: number;
  to: number;
  term?: Term;
}

/** Whether two words are at most one letter apart (one deleted, added or changed). */
function oneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, n: number) => x.slice(n);
  return (
    tail(a, i + 1) === tail(b, i + 1) ||
    tail(a, i + 1) === tail(b, i) ||
    tail(a, i) === tail(b, i + 1)
  );
}

function tokenMatches(
  textWord: Word,
  termToken: string,
  cyrillic: boolean,
  last: boolean,
  slips = false,
): Match | null {
  if (textWord.folded === termToken) return 'exact';
  if (!cyrillic || !textWord.cyr) {
    // A plural head noun: “the Palace and Troitsky bridges”.
    if (last && HEADS.has(termToken) && /^(s|es)$/.test(textWord.folded.slice(termToken.length)))
      return textWord.folded.startsWith(termToken) ? 'inflected' : null;
    if (!slips || textWord.cyr || termToken.length < SLIP_MIN || textWord.folded.length < SLIP_MIN)
      return null;
    return oneSlip(textWord.folded, termToken) ? 'slip' : null;
  }
  if (termToken.length <= 3) return null;
  const stem = cyrillicStem(termToken);
  const w = textWord.plain;
  return w.startsWith(stem) && ENDING.test(w.slice(stem.length)) ? 'inflected' : null;
}

/** How sure a match makes us: the term's confidence, less for lower case, folding and inflection. */
function score(term: Term, text: string, words: Word[], matches: Match[]): number {
  let c = term.confidence;
  if (term.capitalised && !/^\p{Lu}/u.test(text)) c = term.lowerConfidence ?? c - 0.3;
  // A spelling that only matched once folded (Smolnyi for Smolny) is a little less sure.
  const termWords = plainWords(term);
  const exact = words.every((w, i) => w.plain === termWords[i]);
  if (!exact) c -= 0.05;
  if (matches.includes('inflected')) c -= 0.05;
  if (matches.includes('slip')) c -= 0.15;
  // Short one-word names (Riga, Neva, Kars) are likelier to be something else.
  if (term.tokens.length === 1 && text.length <= 4 && !/^\p{Lu}+$/u.test(text)) c -= 0.05;
  return Math.max(0, Math.min(1, Math.round(c * 100) / 100));
}

const plainMemo = new WeakMap<Term, string[]>();
/** The plain forms of a term's words, as written in the data. */
function plainWords(term: Term): string[] {
  let p = plainMemo.get(term);
  if (!p) plainMemo.set(term, (p = tokenize(term.text).map((w) => plain(w.word))));
  return p;
}

/** Why a term matched, in words for the review panel. */
function whyOf(term: Term, text: string, matches: Match[]): string {
  if (term.derived)
    return `“${term.text}”, short for “${term.derived.from}”, stands for the building it sat in`;
  if (term.body && term.ref.startsWith('place:'))
    return `“${term.text}” stands for the town where it met`;
  if (term.body) return `“${term.text}” stands for the building it sat in`;
  if (term.near) return `“${term.text}”, in a sentence that names ${term.near.join(' or ')}`;
  if (matches.includes('slip')) return `“${term.text}”, with a slip in the spelling`;
  if (matches.includes('inflected')) return `“${term.text}”, in another form`;
  if (plain(text) !== plain(term.text)) return `“${term.text}”, spelled another way`;
  return `the name “${term.text}”`;
}

function wordsOf(text: string): Word[] {
  return tokenize(text).map((w) => {
    const cyr = CYRILLIC.test(w.word);
    return { ...w, folded: foldToken(w.word), plain: plain(w.word), cyr };
  });
}

/**
 * The terms whose first token may be this word: by its folded form and stems, and (given the word
 * after it) the terms whose second token that is, for a slip in the first.
 */
function candidates(w: Word, gazetteer: Gazetteer, next?: Word): Set<Term> {
  const keys = new Set<string>([w.folded]);
  if (w.cyr) {
    const p = w.plain;
    for (let n = p.length; n >= Math.max(2, p.length - 3); n--) keys.add(p.slice(0, n));
  }
  const out = new Set<Term>();
  for (const k of keys) for (const t of gazetteer.index.get(k) ?? []) out.add(t);
  if (next && !w.cyr && w.folded.length >= SLIP_MIN)
    for (const t of gazetteer.slips?.get(next.folded) ?? []) out.add(t);
  return out;
}

/** Matches `term` at word `i`, or null. At most one word may carry a slip, and not all of them. */
function matchAt(text: string, words: Word[], i: number, term: Term): Match[] | null {
  const matches: Match[] = [];
  for (let j = 0; j < term.tokens.length; j++) {
    const tw = words[i + j];
    if (!tw) return null;
    if (j > 0 && !GAP.test(text.slice(words[i + j - 1]!.end, tw.start))) return null;
    const m = tokenMatches(tw, term.tokens[j]!, term.cyrillic, j === term.tokens.length - 1, true);
    if (!m) return null;
    matches.push(m);
  }
  const slips = matches.filter((m) => m === 'slip').length;
  if (slips > 1 || (slips && term.tokens.length < 2)) return null;
  return matches;
}

function found(text: string, words: Word[], i: number, n: number, term: Term, m: Match[]): Found {
  const span = text.slice(words[i]!.start, words[i + n - 1]!.end);
  return {
    start: words[i]!.start,
    end: words[i + n - 1]!.end,
    text: span,
    ref: term.ref,
    confidence: score(term, span, words.slice(i, i + n), m),
    why: whyOf(term, span, m),
    from: i,
    to: i + n,
    term,
  };
}

/**
 * Names that share the head noun of a name found after them: in “the Nikolaevsky and Baltic
 * stations” (or «Николаевский и Балтийский вокзалы») the Baltic Station is found whole, and
 * “Nikolaevsky” is the Nikolaevsky Station if “Nikolaevsky station” is a name of it.
 */
function coordinated(text: string, words: Word[], f: Found, gazetteer: Gazetteer): Found[] {
  const term = f.term;
  if (!term || term.tokens.length < 2 || term.body) return [];
  const out: Found[] = [];
  for (let m = 1; m < term.tokens.length && !out.length; m++) {
    const tail = term.tokens.slice(m);
    const head = text.slice(words[f.from + m]!.start, f.end);
    let k = f.from;
    for (;;) {
      const before = words[k - 1];
      if (!before) break;
      let at = k - 1;
      if (CONJUNCTIONS.has(before.folded)) {
        if (!LIST_GAP.test(text.slice(before.end, words[k]!.start))) break;
        at = k - 2;
        if (at < 0 || !LIST_GAP.test(text.slice(words[at]!.end, before.start))) break;
      } else if (!/^\s*,\s*$/.test(text.slice(before.end, words[k]!.start))) break;
      const w = words[at]!;
      const hit = [...candidates(w, gazetteer)].find(
        (t) =>
          t.ref !== term.ref &&
          !t.body &&
          t.tokens.length === 1 + tail.length &&
          t.tokens
            .slice(1)
            .every((tok, j) =>
              t.cyrillic ? cyrillicStem(tok) === cyrillicStem(tail[j]!) : tok === tail[j],
            ) &&
          tokenMatches(w, t.tokens[0]!, t.cyrillic, false) !== null,
      );
      if (!hit) break;
      const one = found(text, words, at, 1, hit, [
        tokenMatches(w, hit.tokens[0]!, hit.cyrillic, false)!,
      ]);
      one.confidence = Math.max(0, Math.round((one.confidence - 0.05) * 100) / 100);
      one.why = `shares “${head}” with the name after it (“${hit.text}”)`;
      one.term = undefined;
      out.push(one);
      k = at;
    }
  }
  return out;
}

/**
 * The territories whose name lists towns (“Kars, Ardahan and Batum”), with the features of those
 * towns: two or more of them listed together mean the ceded land.
 */
function listedTerritories(
  gazetteer: Gazetteer,
): { ref: string; name: string; towns: Set<string> }[] {
  const single = new Map<string, string>();
  for (const t of gazetteer.terms)
    if (t.tokens.length === 1 && !t.body) single.set(t.tokens[0]!, t.ref);
  const out: { ref: string; name: string; towns: Set<string> }[] = [];
  for (const t of gazetteer.terms) {
    if (!t.ref.startsWith('territory:') || !/,| and | и /.test(t.text)) continue;
    const towns = new Set(
      t.tokens.flatMap((tok) => (CONJUNCTIONS.has(tok) ? [] : [single.get(tok) ?? ''])),
    );
    if (towns.has('') || towns.size < 2) continue;
    if (!out.some((o) => o.ref === t.ref)) out.push({ ref: t.ref, name: t.text, towns });
  }
  return out;
}
const territoriesMemo = new WeakMap<Gazetteer, ReturnType<typeof listedTerritories>>();

function mergeTownLists(text: string, taken: Found[], gazetteer: Gazetteer): Found[] {
  let lists = territoriesMemo.get(gazetteer);
  if (!lists) territoriesMemo.set(gazetteer, (lists = listedTerritories(gazetteer)));
  if (!lists.length) return taken;
  const out: Found[] = [];
  for (let i = 0; i < taken.length; i++) {
    const list = lists.find((l) => l.towns.has(taken[i]!.ref));
    let j = i;
    while (
      list &&
      taken[j + 1] &&
      list.towns.has(taken[j + 1]!.ref) &&
      /^\s*(,|,?\s*(and|и|&))\s*$/.test(text.slice(taken[j]!.end, taken[j + 1]!.start))
    )
      j++;
    const refs = new Set(taken.slice(i, j + 1).map((t) => t.ref));
    if (!list || refs.size < 2) {
      out.push(taken[i]!);
      continue;
    }
    const a = taken[i]!;
    const b = taken[j]!;
    out.push({
      start: a.start,
      end: b.end,
      text: text.slice(a.start, b.end),
      ref: list.ref,
      confidence: 0.8,
      why: `towns listed together: the territory “${list.name}”`,
      from: a.from,
      to: b.to,
    });
    i = j;
  }
  return out;
}

/** Whether word `i` starts a sentence (nothing but space since the last full stop). */
function sentenceStart(text: string, words: Word[], i: number): boolean {
  const before = text.slice(i > 0 ? words[i - 1]!.end : 0, words[i]!.start);
  return i === 0 || /[.!?\n]/.test(before);
}

/** The words of the sentence word `i` stands in, as a range of indices. */
function sentenceOf(text: string, words: Word[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !sentenceStart(text, words, a)) a--;
  let b = i + 1;
  while (b < words.length && !sentenceStart(text, words, b)) b++;
  return [a, b];
}

/** Whether the sentence of found name `f` has one of the words its term needs near it. */
function nearOk(text: string, words: Word[], f: Found): boolean {
  const near = f.term?.near;
  if (!near) return true;
  const [a, b] = sentenceOf(text, words, f.from);
  const names = (list: readonly string[]) =>
    list.some((n) => {
      const token = foldToken(n);
      const cyr = CYRILLIC.test(n);
      return words
        .slice(a, b)
        .some((w, k) => (a + k < f.from || a + k >= f.to) && tokenMatches(w, token, cyr, false));
    });
  return names(near) && !names(f.term?.unless ?? []);
}

/** Whether the words after found name `f` are a body it names (“Petersburg Committee”). */
function namesBody(text: string, words: Word[], f: Found): boolean {
  if (!f.term || f.term.body || !/^(place|site|territory):/.test(f.ref)) return false;
  for (let j = f.to; j < Math.min(f.to + 3, words.length); j++) {
    const w = words[j]!;
    if (!/^\p{Lu}/u.test(w.word) || !/^ $/.test(text.slice(words[j - 1]!.end, w.start)))
      return false;
    if (BODIES.has(w.folded)) return true;
  }
  return false;
}

/**
 * What the context says is not the place: a service named with the place it belongs to (“the
 * telegraph office of the Nikolaevsky station”), a person (“the ballerina Kshesinskaya”), a country
 * that only locates a town (“Brest, Belarus”), a town that names a body (“the Petersburg
 * Committee”), a body's short name after another name (“the Kiev Military District”).
 */
function context(text: string, words: Word[], taken: Found[]): Found[] {
  return taken.filter((f, i) => {
    if (namesBody(text, words, f)) return false;
    if (f.term?.derived?.kind === 'short' && f.from > 0) {
      const w = words[f.from - 1]!;
      if (/^\p{Lu}/u.test(w.word) && !sentenceStart(text, words, f.from - 1)) return false;
    }
    const next = taken[i + 1];
    const prev = taken[i - 1];
    const lower = f.term && !f.term.capitalised && !f.term.body;
    if (lower && next && next.ref.startsWith('site:') && next.ref !== f.ref) {
      const gap = text.slice(f.end, next.start);
      if (/^\s+(of|at)(\s+the)?\s+$/i.test(gap) || (f.term!.cyrillic && /^\s+$/.test(gap)))
        return false;
    }
    if (f.term?.person && f.from > 0) {
      const w = words[f.from - 1]!;
      const name = /^\p{Lu}/u.test(w.word) && !sentenceStart(text, words, f.from - 1);
      if ((name || CUES.has(w.folded)) && /^\s+$/.test(text.slice(w.end, f.start))) return false;
    }
    if (f.ref.startsWith('territory:') && prev && /^(place|site):/.test(prev.ref)) {
      if (/^\s*,\s*$/.test(text.slice(prev.end, f.start))) return false;
    }
    return true;
  });
}

/** Every name in one passage's text, before what earlier passages say. */
function namesIn(text: string, words: Word[], gazetteer: Gazetteer): Found[] {
  const all: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const term of candidates(words[i]!, gazetteer, words[i + 1])) {
      const m = matchAt(text, words, i, term);
      if (m) all.push(found(text, words, i, term.tokens.length, term, m));
    }
  }
  for (const f of [...all]) all.push(...coordinated(text, words, f, gazetteer));
  const near = all.filter((f) => nearOk(text, words, f));
  // Longest names first, then the surest; a span already taken is not proposed again.
  near.sort(
    (a, b) =>
      b.to - b.from - (a.to - a.from) ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.start - b.start,
  );
  const taken: Found[] = [];
  for (const f of near) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
  taken.sort((a, b) => a.start - b.start);
  return context(text, words, mergeTownLists(text, taken, gazetteer));
}

/** What the essay has named so far, for short forms. */
interface Memory {
  /** “palace” → the last feature named with that head (Winter Palace → site:winter-palace). */
  heads: Map<string, { ref: string; name: string }>;
  /** The words before a head, as tokens (“tsarskoe”, «зимнии») → the feature and its name. */
  shorts: { tokens: string[]; cyrillic: boolean; ref: string; name: string }[];
}

function remember(memory: Memory, f: Found): void {
  const t = f.term;
  if (!t || t.body || t.tokens.length < 2) return;
  // The head ends the name (Winter Palace), or opens it before “of” (Fortress of Peter and Paul).
  const first = t.tokens[0]!;
  if (HEADS.has(first) && t.tokens[1] === 'of')
    memory.heads.set(first, { ref: t.ref, name: t.text });
  const head = t.tokens[t.tokens.length - 1]!;
  if (!HEADS.has(head)) return;
  memory.heads.set(head, { ref: t.ref, name: t.text });
  const mods = t.tokens.slice(0, -1);
  if (mods.length >= 2 || t.cyrillic || ADJECTIVAL.test(mods[0]!)) {
    memory.shorts = memory.shorts.filter((s) => s.tokens.join(' ') !== mods.join(' '));
    memory.shorts.push({ tokens: mods, cyrillic: t.cyrillic, ref: t.ref, name: t.text });
  }
}

/**
 * Short forms of names named earlier in the essay: “the Palace” (written as a name) after the
 * Winter Palace, “Tsarskoe” after Tsarskoe Selo, “Peter and Paul” after the Fortress.
 */
function shortForms(text: string, words: Word[], names: Found[], memory: Memory): Found[] {
  const out: Found[] = [];
  const covered = new Uint8Array(words.length + 1);
  for (const n of names) covered.fill(1, n.from, n.to);
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    while (names[next] && names[next]!.to <= i) remember(memory, names[next++]!);
    if (covered[i]) continue;
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w.word)) continue;
    const after = words[i + 1];
    const nextIsName =
      after && /^\p{Lu}/u.test(after.word) && /^\s+$/.test(text.slice(w.end, after.start));
    const head = memory.heads.get(w.folded);
    if (head && i > 0 && words[i - 1]!.folded === 'the' && !nextIsName) {
      out.push({
        start: w.start,
        end: w.end,
        text: w.word,
        ref: head.ref,
        confidence: 0.6,
        why: `short for “${head.name}”, named earlier`,
        from: i,
        to: i + 1,
      });
      continue;
    }
    for (const s of memory.shorts) {
      const n = s.tokens.length;
      const span = words.slice(i, i + n);
      if (span.length < n || covered.subarray(i, i + n).includes(1)) continue;
      const ok = span.every(
        (sw, j) =>
          (j === 0 || GAP.test(text.slice(span[j - 1]!.end, sw.start))) &&
          tokenMatches(sw, s.tokens[j]!, s.cyrillic, false) !== null,
      );
      const tail = words[i + n];
      const headFollows = tail && HEADS.has(tail.folded);
      if (!ok || headFollows) continue;
      out.push({
        start: w.start,
        end: span[n - 1]!.end,
        text: text.slice(w.start, span[n - 1]!.end),
        ref: s.ref,
        confidence: 0.6,
        why: `short for “${s.name}”, named earlier`,
        from: i,
        to: i + n,
      });
      i += n - 1;
      break;
    }
  }
  while (names[next]) remember(memory, names[next++]!);
  return out;
}

/**
 * The index of a Russian adjective of the town's name (Брестский, Брестского) just before word
 * `i`, with at most one lower-case adjective between (мирного), or -1.
 */
function townAdjective(text: string, words: Word[], i: number, stems: string[]): number {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const w = words[k]!;
    if (!/^\s+$/.test(text.slice(w.end, words[k + 1]!.start))) return -1;
    if (stems.some((s) => w.plain.startsWith(s + 'ск') && ENDING.test(w.plain.slice(s.length + 2))))
      return k;
    if (!w.cyr || !RUSSIAN_ADJECTIVE.test(w.plain)) return -1;
  }
  return -1;
}

/** Words before “treaty” that make it a treaty, not the one (“no treaty”, “a separate treaty”). */
const INDEFINITE = new Set(
  ['no', 'any', 'supplementary', 'никакого', 'дополнительный'].map(foldToken),
);

/**
 * Whether the talks word at `i` is no treaty or another one: after “no”, “any” or “supplementary”
 * (“no treaty of peace had been signed”, the supplementary treaty of Berlin), or dated by a day on
 * which no treaty was signed at Brest-Litovsk (“the treaty of August 27”, «договор от 27 августа»;
 * “the treaty of 9 February”, the Ukrainian treaty signed there, stays the talks).
 */
function anotherTreaty(text: string, words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (prev && /^\s+$/.test(text.slice(prev.end, words[i]!.start)) && INDEFINITE.has(prev.folded))
    return true;
  const after = text.slice(words[i]!.end, words[i]!.end + 40);
  const m = /^\s+(?:of|от)\s+(?:(\d{1,2})\s+(\p{L}+)|(\p{L}+)\s+(\d{1,2}))(?!\p{L}|\d)/u.exec(
    after,
  );
  if (!m) return false;
  const day = Number(m[1] ?? m[4]);
  const month = foldToken(m[2] ?? m[3]!);
  return !BREST_TREATY_DAYS.some(
    (d) => d.day === day && d.months.some((name) => foldToken(name) === month),
  );
}

const TALKS = TALKS_WORDS.map((t) => ({ token: foldToken(t), cyrillic: CYRILLIC.test(t) }));

/**
 * “The treaty”, “the negotiations”, «переговоры» in an essay that names Brest-Litovsk: the talks
 * there, unless their sentence names the town (then the name carries the link) or the word belongs
 * to another treaty (“the Treaty of Bucharest”, “the Versailles treaty”).
 */
function talks(
  text: string,
  words: Word[],
  taken: readonly { start: number; end: number; ref: string }[],
  gazetteer: Gazetteer,
): Found[] {
  const ref = 'place:brest-litovsk';
  const stems = gazetteer.terms
    .filter((t) => t.ref === ref && t.cyrillic && t.tokens.length === 1 && !t.body)
    .map((t) => t.tokens[0]!);
  const out: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const hit = TALKS.find(
      (t) =>
        tokenMatches(w, t.token, t.cyrillic, false) === 'exact' ||
        (t.cyrillic && tokenMatches(w, t.token, true, false)),
    );
    if (!hit || taken.some((t) => t.start < w.end && w.start < t.end)) continue;
    // «Брестского мирного договора»: the town's adjective names the treaty, whatever else the
    // sentence names.
    const adj = hit.cyrillic ? townAdjective(text, words, i, stems) : -1;
    if (adj >= 0) {
      out.push({
        start: words[adj]!.start,
        end: w.end,
        text: text.slice(words[adj]!.start, w.end),
        ref,
        confidence: 0.7,
        why: 'the treaty or talks named after Brest-Litovsk',
        from: adj,
        to: i + 1,
      });
      continue;
    }
    const after = text.slice(w.end, w.end + 40);
    if (/^\s+(of|at|in|with)\s+\p{Lu}/u.test(after) && /^\p{Lu}/u.test(w.word)) continue;
    if (anotherTreaty(text, words, i)) continue;
    const prev = words[i - 1];
    const adjective = prev && /^\s+$/.test(text.slice(prev.end, w.start));
    if (adjective && /^\p{Lu}/u.test(prev.word) && !sentenceStart(text, words, i - 1)) continue;
    const from = Math.max(
      text.lastIndexOf('. ', w.start),
      text.lastIndexOf('.\n', w.start),
      text.lastIndexOf('? ', w.start),
      -1,
    );
    const stop = text.slice(w.end).search(/[.!?](\s|$)/);
    const to = stop < 0 ? text.length : w.end + stop;
    if (taken.some((t) => t.ref === ref && t.start > from && t.end <= to + 1)) continue;
    out.push({
      start: w.start,
      end: w.end,
      text: w.word,
      ref,
      confidence: 0.6,
      why: 'the talks or treaty at Brest-Litovsk, which this essay names',
      from: i,
      to: i + 1,
    });
  }
  return out;
}

function finish(list: Found[], min: number): Proposal[] {
  return list
    .filter((f) => f.confidence >= min)
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      start: f.start,
      end: f.end,
      text: f.text,
      ref: f.ref,
      confidence: f.confidence,
      ...(f.why ? { why: f.why } : {}),
    }));
}

/** Links the texts of an essay's passages in order, each with the spans already linked in it. */
type Linked = { start: number; end: number; ref: string };

const clear = (f: Found, linked: readonly { start: number; end: number }[]) =>
  !linked.some((l) => f.start < l.end && l.start < f.end);

/**
 * The features an essay names by a name of their own: a term that stands for a feature only in an
 * essay about it (`about`, “the peace conference”) does not count.
 */
function namedBy(names: readonly Found[], linked: readonly Linked[], into: Set<string>): void {
  for (const f of names) if (!f.term?.about) into.add(f.ref);
  for (const l of linked) into.add(l.ref);
}

/** The proposals of one text, given its names, what earlier texts named, and what the essay names. */
function linkOne(
  gazetteer: Gazetteer,
  text: string,
  words: Word[],
  linked: readonly Linked[],
  found: Found[],
  memory: Memory,
  named: ReadonlySet<string>,
  min: number,
): Proposal[] {
  const names = found.filter((f) => !f.term?.about || named.has(f.term.about));
  const more = shortForms(text, words, names, memory).filter((f) => clear(f, linked));
  const all = [...names, ...more];
  const brest = gazetteer.features.has('place:brest-litovsk') && named.has('place:brest-litovsk');
  if (brest)
    all.push(...talks(text, words, [...all, ...linked], gazetteer).filter((f) => clear(f, linked)));
  return finish(all, min);
}

/**
 * Proposes links in `text`: every name of the gazetteer found there, the longest and surest where
 * names overlap (Finland Station over Finland), each span once, with why it was proposed.
 * @example linkText('Lenin reached the Smolnyi.', g) // [{ start: 18, end: 25, ref: 'site:smolny', … }]
 */
export function linkText(
  text: string,
  gazetteer: Gazetteer,
  options: LinkOptions = {},
): Proposal[] {
  const words = wordsOf(text);
  const names = namesIn(text, words, gazetteer);
  const named = new Set<string>();
  namedBy(names, [], named);
  const memory: Memory = { heads: new Map(), shorts: [] };
  return linkOne(gazetteer, text, words, [], names, memory, named, options.minConfidence ?? 0.5);
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

/**
 * Links an essay passage by passage, so a caller can stop between passages (the import worker
 * checks for Cancel between slices). Every passage is first scanned for names, then linked in
 * order, so a short form (“the Fortress”) can follow the name an earlier passage gave; stepping
 * to the end gives exactly what `linkEssay` gives.
 */
export class EssayLinker {
  readonly #essay: Essay;
  readonly #gazetteer: Gazetteer;
  readonly #min: number;
  readonly #texts: { text: string; words: Word[]; linked: Linked[]; names: Found[] }[] = [];
  readonly #memory: Memory = { heads: new Map(), shorts: [] };
  readonly #named = new Set<string>();
  #linked = 0;

  constructor(essay: Essay, gazetteer: Gazetteer, options: LinkOptions = {}) {
    this.#essay = essay;
    this.#gazetteer = gazetteer;
    this.#min = options.minConfidence ?? 0.5;
  }

  /** Steps in all: one scan and one link per passage. */
  get total(): number {
    return 2 * this.#essay.passages.length;
  }

  /** Steps taken so far. */
  get done(): number {
    return this.#texts.length + this.#linked;
  }

  /** Takes one step; the proposals of a passage come back on the step that links it. */
  step(): PassageProposal[] {
    const passages = this.#essay.passages;
    if (this.#texts.length < passages.length) {
      const p = passages[this.#texts.length]!;
      const text = p.inlines.map((i) => i.text).join('');
      const words = wordsOf(text);
      const linked = linkedSpans(this.#essay, p.index);
      const names = namesIn(text, words, this.#gazetteer).filter((f) => clear(f, linked));
      namedBy(names, linked, this.#named);
      this.#texts.push({ text, words, linked, names });
      return [];
    }
    if (this.#linked >= passages.length) return [];
    const i = this.#linked++;
    const { text, words, linked, names } = this.#texts[i]!;
    const index = passages[i]!.index;
    const min = this.#min;
    return linkOne(this.#gazetteer, text, words, linked, names, this.#memory, this.#named, min).map(
      (pr) => ({
        ...pr,
        passage: index,
      }),
    );
  }
}

/** Proposes links in every passage of an essay, leaving alone the spans already linked. */
export function linkEssay(
  essay: Essay,
  gazetteer: Gazetteer,
  options: LinkOptions = {},
): PassageProposal[] {
  const linker = new EssayLinker(essay, gazetteer, options);
  const out: PassageProposal[] = [];
  while (linker.done < linker.total) out.push(...linker.step());
  return out;
}
