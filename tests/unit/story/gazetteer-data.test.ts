import { describe, expect, it } from 'vitest';
import {
  BODY_HEADS,
  ENTITIES,
  RUSSIAN_FORMS,
  STOP_TERMS,
  VARIANTS,
  type Variant,
} from '../../../src/lib/story/gazetteer-data';
import { foldToken, tokenize } from '../../../src/lib/story/gazetteer';
import { parseRef } from '../../../src/lib/story/refs';
import { linkableFeatures, loadGazetteer } from '../../../scripts/essay/geodata';

const textOf = (v: Variant) => (typeof v === 'string' ? v : v.text);
/** The form the gazetteer compares terms by. */
const folded = (text: string) =>
  tokenize(text)
    .map((w) => foldToken(w.word))
    .join(' ');

const tables = [
  ['VARIANTS', VARIANTS],
  ['ENTITIES', ENTITIES],
] as const;

const entries = tables.flatMap(([table, data]) =>
  Object.entries(data).flatMap(([ref, list]) => list.map((v) => ({ table, ref, v }))),
);

describe.each(tables)('%s', (_, data) => {
  it('names every feature by a well-formed reference', () => {
    for (const ref of Object.keys(data)) expect(parseRef(ref)?.key, ref).toBe(ref);
  });

  it('gives every feature at least one spelling', () => {
    for (const [ref, list] of Object.entries(data)) expect(list.length, ref).toBeGreaterThan(0);
  });

  it('lists no spelling twice for one feature', () => {
    for (const [ref, list] of Object.entries(data)) {
      const texts = list.map(textOf);
      expect(new Set(texts).size, ref).toBe(texts.length);
    }
  });
});

describe('every spelling', () => {
  it('is non-empty, trimmed, single-spaced and has a word in it', () => {
    for (const { ref, v } of entries) {
      const text = textOf(v);
      expect(text, ref).toBe(text.trim());
      expect(text, ref).not.toMatch(/\s{2}/);
      expect(tokenize(text).length, `${ref}: “${text}”`).toBeGreaterThan(0);
    }
  });

  it('has a confidence in (0, 1] when it gives one', () => {
    for (const { ref, v } of entries) {
      if (typeof v === 'string') continue;
      expect(Number.isFinite(v.confidence), ref).toBe(true);
      expect(v.confidence, `${ref}: “${v.text}”`).toBeGreaterThan(0);
      expect(v.confidence, `${ref}: “${v.text}”`).toBeLessThanOrEqual(1);
    }
  });

  it('belongs to one feature only, once folded, but for its context (else the table order would decide)', () => {
    // “Livonia” near Riga or Courland is one term, “Livonia” elsewhere another.
    const owner = new Map<string, string>();
    for (const { ref, v } of entries) {
      const near = typeof v === 'string' ? undefined : v.near;
      const key = folded(textOf(v)) + (near ? ` near ${near.join(' ')}` : '');
      const other = owner.get(key);
      if (other !== undefined) expect(other, `“${textOf(v)}”`).toBe(ref);
      owner.set(key, ref);
    }
  });
});

describe('ENTITIES', () => {
  it('are less sure than a plain variant (0.9), as the place is an inference', () => {
    for (const [ref, list] of Object.entries(ENTITIES))
      for (const v of list) {
        expect(typeof v, `${ref}: an entity gives its confidence`).toBe('object');
        if (typeof v !== 'string') expect(v.confidence, v.text).toBeLessThan(0.9);
      }
  });
});

describe('STOP_TERMS', () => {
  it('are distinct, non-empty words', () => {
    for (const s of STOP_TERMS) expect(s).toMatch(/^\S(.*\S)?$/);
    expect(new Set(STOP_TERMS.map((s) => s.toLowerCase())).size).toBe(STOP_TERMS.length);
  });

  it('are not also curated spellings (which would make them linkable after all)', () => {
    const curated = new Set(entries.map(({ v }) => textOf(v).toLowerCase()));
    for (const s of STOP_TERMS) expect(curated.has(s.toLowerCase()), s).toBe(false);
  });
});

describe('against the shipped geodata', () => {
  const features = linkableFeatures();

  it('names only features some map has', () => {
    const unknown = entries.map((e) => e.ref).filter((ref) => !features.has(ref));
    expect([...new Set(unknown)]).toEqual([]);
  });
});

describe('RUSSIAN_FORMS', () => {
  const forms = new Map(Object.entries(RUSSIAN_FORMS).map(([en, ru]) => [folded(en), ru]));

  it('pairs English names with Russian ones', () => {
    for (const [en, ru] of Object.entries(RUSSIAN_FORMS)) {
      expect(en, en).not.toMatch(/\p{Script=Cyrillic}/u);
      for (const r of ru)
        expect(r, en).toMatch(/^[\p{Script=Cyrillic}][\p{Script=Cyrillic} ,-]*$/u);
    }
  });

  // The systematic check: a name of a town or territory the gazetteer knows in English (its own
  // name, 1917's or today's, written as a name) has its Russian form, and the gazetteer gives it.
  it('covers every English name of a town or territory in the shipped gazetteer', () => {
    const g = loadGazetteer();
    const names = g.terms.filter(
      (t) =>
        /^(place|territory):/.test(t.ref) &&
        !t.body &&
        // A spelling with a context (“Livonia” near Riga) shares the Russian form of the plain one.
        !t.near &&
        /^[\p{Script=Latin}]/u.test(t.text) &&
        tokenize(t.text).every((w) => /^(\p{Lu}|of$|and$|s$)/u.test(w.word)),
    );
    const missing = names.filter((t) => !forms.has(t.tokens.join(' '))).map((t) => t.text);
    expect(missing).toEqual([]);
    for (const t of names)
      for (const ru of forms.get(t.tokens.join(' '))!) {
        const key = folded(ru);
        const owner = g.terms.find((x) => x.tokens.join(' ') === key && !x.near);
        expect(owner?.ref, `${t.text} → ${ru}`).toBe(t.ref);
      }
  });
});

describe('BODY_HEADS', () => {
  it('are distinct lower-case words', () => {
    for (const b of BODY_HEADS) expect(b).toMatch(/^\p{Ll}+$/u);
    expect(new Set(BODY_HEADS).size).toBe(BODY_HEADS.length);
  });
});
