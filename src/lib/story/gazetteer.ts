/**
 * The gazetteer the auto-linker reads: every name of every linkable feature (English and Russian,
 * 1917 and today), the spellings essays use, and the bodies that stand for places, each folded into
 * a form that forgives case, accents, curly quotes and transliteration.
 */
import type { Feature } from 'geojson';
import {
  ENTITIES,
  HEAD_NOUNS,
  PERSON_NAMES,
  RUSSIAN_FORMS,
  STOP_TERMS,
  VARIANTS,
  type Variant,
} from './gazetteer-data';

/** One feature the gazetteer knows. */
export interface GazetteerFeature {
  ref: string;
  /** The layer (source id) it belongs to. */
  layer: string;
  /** Its English name, as a reader sees it. */
  name: string;
}

/** One way of writing a feature's name. */
export interface Term {
  ref: string;
  /** As written in the data. */
  text: string;
  /** Folded tokens (see `foldToken`). */
  tokens: string[];
  /** How sure a match on the term makes us, before adjustments. */
  confidence: number;
  /** Starts with a capital letter: a lower-case match is less likely to mean the place. */
  capitalised: boolean;
  /** Written in Cyrillic: matches inflected forms. */
  cyrillic: boolean;
  /** The confidence of a lower-case match, when the data lists the name in lower case too. */
  lowerConfidence?: number;
  /** A body that stands for its building (from `ENTITIES`), not a name of the place itself. */
  body?: boolean;
  /** Also a person's name (the ballerina Kshesinskaya): not the place after a first name or a title. */
  person?: boolean;
  /** The term means the feature only in a sentence with one of these words (as written in the data). */
  near?: string[];
  /** Means the feature only in an essay that names this feature by a term without `about`. */
  about?: string;
  /** Not the feature in a sentence that names one of these words (with `near`). */
  unless?: string[];
  /**
   * A body's name the gazetteer derived from its full name (`from`): without the town's name
   * (“Military District”) or by its initials (ПВО). A short form is not the body after a
   * capitalised word (“the Kiev Military District”).
   */
  derived?: { from: string; kind: 'short' | 'initials' };
}

export interface Gazetteer {
  features: Map<string, GazetteerFeature>;
  terms: Term[];
  /** Terms by the folded (or, for Cyrillic, stemmed) first token. */
  index: Map<string, Term[]>;
  /**
   * Terms of two or more words with a long first token, by their second token: so that a slip of
   * one letter in the first (“telehone exchange”) still finds the term. Absent in a hand-made one.
   */
  slips?: Map<string, Term[]>;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Pre-1918 Russian letters and their post-reform equivalents. */
const PRE_REFORM: Readonly<Record<string, string>> = { і: 'и', ѣ: 'е', ѳ: 'ф', ѵ: 'и' };

/**
 * Lower case, accents and diacritics removed (ё→е, й→и, ö→o), and the pre-1918 spelling of Russian
 * made modern: і, ѣ, ѳ, ѵ and a word's final ъ (Николаевскій вокзалъ → николаевскии вокзал).
 */
export function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[іѣѳѵ]/g, (c) => PRE_REFORM[c] ?? c)
    .replace(/ъ(?=$|[^\p{L}])/gu, '');
}

/**
 * Folds one word so that common transliteration variants meet: Smolnyi and Smolny, Kshesinskaia and
 * Kshesinskaya, Tsarskoye and Tsarskoe, Liteiny and Liteyny, Kschessinska and Kshesinska.
 * @example foldToken('Smolnyi') === foldToken('Smolny') // true
 */
export function foldToken(word: string): string {
  const w = plain(word);
  if (CYRILLIC.test(w)) return w;
  return (
    w
      // German and French systems, and the English accounts of 1917–1930s: Kschessinska, Tzarskoe,
      // Newa, Nikolajewsky, Tchernov.
      .replace(/sch/g, 'sh')
      .replace(/tch/g, 'ch')
      .replace(/tz/g, 'ts')
      .replace(/kh/g, 'h')
      .replace(/w/g, 'v')
      .replace(/j/g, 'y')
      .replace(/([a-z])\1+/g, '$1')
      // Smolnyi, Smolnyy, Smolnii and Smolni are all Смольный.
      .replace(/(iy|yi|ii|yy)$/g, 'y')
      .replace(/([^aeiouy])i$/g, '$1y')
      .replace(/ei/g, 'ey')
      .replace(/ia/g, 'ya')
      .replace(/(ye|ie)/g, 'e')
  );
}

/** Words of at least this many letters may carry one slip (a letter missing, added or changed). */
export const SLIP_MIN = 6;

/**
 * The stem of a Cyrillic word: without its final vowels (and a fleeting -ец), so that Смольный
 * matches Смольном, Нева Невы, дворец дворце and Кронштадт Кронштадта.
 */
export function cyrillicStem(word: string): string {
  const w = plain(word);
  if (w.length <= 3) return w;
  const stem = w.replace(/ец$/, '').replace(/[аеиоуыэюяиь]{1,2}$/, '');
  return stem.length >= 3 ? stem : w.slice(0, 3);
}

/** The words of a text with their positions. */
export function tokenize(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The key a term is indexed under and a text word is looked up by. */
export function indexKey(token: string, cyrillic: boolean): string {
  return cyrillic ? cyrillicStem(token) : token;
}

/** The names a feature's properties give, without parentheses, addresses or descriptions. */
export function namesOf(feature: Feature, layer: string): string[] {
  const name = (feature.properties as { name?: Record<string, unknown> } | null)?.name ?? {};
  const out: string[] = [];
  for (const [key, value] of Object.entries(name)) {
    if (typeof value !== 'string' || key.endsWith('_lang')) continue;
    // A territory's "today" name describes where its land lies now, not what it was called.
    if (layer === 'territories' && key.startsWith('today')) continue;
    for (const part of value.split(/\s*[(),/]\s*/)) {
      const t = part.replace(/\s+/g, ' ').trim();
      const words = tokenize(t).length;
      if (
        words >= 1 &&
        words <= 5 &&
        t.length >= 3 &&
        /\p{L}{3}/u.test(t) &&
        !/^(the|former)\b/i.test(t) &&
        !/\d{3,}/.test(t)
      )
        out.push(t);
    }
  }
  return [...new Set(out)];
}

const PERSONS = new Set(PERSON_NAMES.map((n) => foldToken(n)));

function term(ref: string, text: string, confidence: number, body = false): Term | null {
  const words = tokenize(text);
  if (!words.length) return null;
  const cyrillic = CYRILLIC.test(text);
  const tokens = words.map((w) => foldToken(w.word));
  const t: Term = {
    ref,
    text,
    tokens,
    confidence,
    capitalised: /^\p{Lu}/u.test(text),
    cyrillic,
  };
  if (body) t.body = true;
  if (tokens.length === 1 && PERSONS.has(tokens[0]!)) t.person = true;
  return t;
}

const variant = (v: Variant, fallback: number) =>
  typeof v === 'string' ? { text: v, confidence: fallback } : v;

/** Words left out of a body's initials. */
const MINOR = new Set(['of', 'the', 'for', 'and', 'on', 'и']);
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The short names a body goes by, derived from its full name: without a town's name that opens it
 * (“Petrograd Military District” → “Military District”, when two words are left and the name is
 * written in capitals, as English writes a name), and by its initials when it has three words or
 * more (“Committee for Salvation of the Country and the Revolution” → CSCR, «Морской генеральный
 * штаб» → МГШ); a common noun before a name keeps its word («штаб Петроградского военного
 * округа» → «штаб ПВО», ПВО). Each is a little less sure than the full name.
 */
export function bodyShortNames(body: Term, towns: ReadonlySet<string>): Term[] {
  const words = tokenize(body.text);
  const out: Term[] = [];
  const derive = (text: string, kind: 'short' | 'initials') => {
    const t = term(body.ref, text, round(body.confidence - 0.1), true);
    if (t) out.push({ ...t, derived: { from: body.text, kind } });
  };
  if (!body.cyrillic && words.length >= 3 && towns.has(body.tokens[0]!))
    derive(body.text.slice(words[1]!.start), 'short');
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  let from = 0;
  if (body.cyrillic && !capital(words[0]!.word) && words.length >= 4 && capital(words[1]!.word))
    from = 1;
  const content = words.slice(from).filter((w) => !MINOR.has(w.word.toLowerCase()));
  if (content.length < 3 || (!body.cyrillic && !content.every((w) => capital(w.word)))) return out;
  const initials = content.map((w) => w.word[0]!.toUpperCase()).join('');
  derive(initials, 'initials');
  if (from) derive(`${words[0]!.word} ${initials}`, 'initials');
  return out;
}

/**
 * Builds the gazetteer from the features essays may link to (with their geodata names) and the
 * variants and entities of `gazetteer-data.ts`. A name that two features share is left out unless
 * the data says which one it means.
 */
export function buildGazetteer(
  input: readonly (GazetteerFeature & { names: readonly string[] })[],
): Gazetteer {
  const features = new Map(input.map((f) => [f.ref, { ref: f.ref, layer: f.layer, name: f.name }]));
  const stop = new Set(STOP_TERMS.map((s) => s.toLowerCase()));
  const byText = new Map<string, Term>();
  const claimed = new Set<string>();
  const keyOf = (t: Term) => t.tokens.join(' ');
  // A spelling with a context of its own is a term beside the same spelling without it (“Livonia”
  // near Riga and “Livonia” elsewhere).
  const variantKey = (t: Term) => keyOf(t) + (t.near ? ` near ${t.near.join(' ')}` : '');
  // Curated spellings first: they settle which feature a shared name means.
  for (const [table, fallback] of [
    [VARIANTS, 0.9],
    [ENTITIES, 0.7],
  ] as const) {
    for (const [ref, list] of Object.entries(table)) {
      if (!features.has(ref)) continue;
      for (const v of list) {
        const { text, confidence, near, unless, about } = variant(v, fallback);
        const t = term(ref, text, confidence, table === ENTITIES);
        if (!t) continue;
        if (near) t.near = [...near];
        if (about) t.about = about;
        if (unless) t.unless = [...unless];
        const k = variantKey(t);
        const old = byText.get(k);
        if (old && old.ref === t.ref && old.capitalised !== t.capitalised) {
          // “Telephone Exchange” and “telephone exchange”: one term, two confidences.
          const [upper, lower] = old.capitalised ? [old, t] : [t, old];
          byText.set(k, { ...upper, lowerConfidence: lower.confidence });
        } else if (!old || old.confidence < t.confidence) byText.set(k, t);
        claimed.add(keyOf(t));
      }
    }
  }
  const fromNames = new Map<string, Term[]>();
  for (const f of input) {
    for (const n of f.names) {
      if (stop.has(n.toLowerCase())) continue;
      const t = term(f.ref, n, 0.95);
      if (!t) continue;
      const k = keyOf(t);
      if (claimed.has(k)) continue;
      fromNames.set(k, [...(fromNames.get(k) ?? []).filter((o) => o.ref !== f.ref), t]);
    }
  }
  for (const [k, list] of fromNames) if (list.length === 1) byText.set(k, list[0]!);
  // The Russian forms of towns' and territories' English names mean what the English name means.
  for (const [english, forms] of Object.entries(RUSSIAN_FORMS)) {
    const en = term('', english, 0);
    const owner = en && byText.get(keyOf(en));
    if (!owner || owner.body) continue;
    for (const form of forms) {
      const t = term(owner.ref, form, owner.confidence);
      if (t && !byText.has(keyOf(t))) byText.set(keyOf(t), t);
    }
  }
  // Short names and initials of the bodies, unless they are another term already.
  const towns = new Set(
    [...byText.values()]
      .filter((t) => t.ref.startsWith('place:') && t.tokens.length === 1)
      .map((t) => t.tokens[0]!),
  );
  for (const body of [...byText.values()].filter((t) => t.body && !t.derived))
    for (const t of bodyShortNames(body, towns)) if (!byText.has(keyOf(t))) byText.set(keyOf(t), t);
  // A name without its head noun, when what is left is still a name of two words or more and means
  // nothing else: “Peter and Paul” for the Peter and Paul Fortress.
  const heads = new Set(HEAD_NOUNS.map((h) => foldToken(h)));
  const shorts = new Map<string, Term[]>();
  for (const t of byText.values()) {
    if (t.body || t.tokens.length < 3 || !heads.has(t.tokens[t.tokens.length - 1]!)) continue;
    const words = tokenize(t.text).slice(0, -1);
    const text = t.text.slice(0, words[words.length - 1]!.end);
    const s = term(t.ref, text, Math.round((t.confidence - 0.15) * 100) / 100);
    if (!s || byText.has(keyOf(s))) continue;
    shorts.set(keyOf(s), [...(shorts.get(keyOf(s)) ?? []).filter((o) => o.ref !== t.ref), s]);
  }
  for (const [k, list] of shorts) if (list.length === 1) byText.set(k, list[0]!);

  const terms = [...byText.values()];
  const index = new Map<string, Term[]>();
  const slips = new Map<string, Term[]>();
  for (const t of terms) {
    const key = indexKey(t.tokens[0]!, t.cyrillic);
    index.set(key, [...(index.get(key) ?? []), t]);
    if (t.cyrillic || t.tokens.length < 2 || t.tokens[0]!.length < SLIP_MIN) continue;
    slips.set(t.tokens[1]!, [...(slips.get(t.tokens[1]!) ?? []), t]);
  }
  return { features, terms, index, slips };
}

/** A feature essays can link to, as the loaded maps index it. */
export interface LinkableFeature {
  key: string;
  source: string;
  name: string;
  feature: Feature;
}

/** What `buildGazetteer` needs of some linkable features: plain data, to hand to a worker. */
export function gazetteerInput(
  features: Iterable<LinkableFeature>,
): (GazetteerFeature & { names: string[] })[] {
  return [...features].map((f) => ({
    ref: f.key,
    layer: f.source,
    name: f.name,
    names: namesOf(f.feature, f.source),
  }));
}

/** The gazetteer of some linkable features, with every name their properties give. */
export function gazetteerOf(features: Iterable<LinkableFeature>): Gazetteer {
  return buildGazetteer(gazetteerInput(features));
}
