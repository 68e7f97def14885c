/**
 * Property-based tests (fast-check): the essay parser, the plain-text reader, the auto-linker and the
 * calendar never throw on any input, and their round trips hold. (The URL state and the Markdown
 * export have theirs beside their own tests.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EssayError, MAX_NESTING, parseEssay } from '../../../src/lib/story/parse';
import { readEssay } from '../../../src/lib/story/import';
import { ImportError } from '../../../src/lib/story/plain';
import { linkText } from '../../../src/lib/story/linker';
import { loadGazetteer } from '../../../scripts/essay/geodata';
import {
  gregorianToJulian,
  jdnToGregorian,
  jdnToJulian,
  julianToGregorian,
  gregorianCalendarToJdn,
  julianCalendarToJdn,
  parseIsoDate,
  toIsoDate,
} from '../../../src/lib/time/calendar';

/** Text that leans on what essays and attacks are made of: Markdown, HTML, Cyrillic, names. */
const essayText = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '\n\n',
        '# ',
        '## Section\n',
        '---\ntitle: x\n---\n',
        '---\n: [\n---\n',
        '[Smolny](site:smolny)',
        '[x](javascript:alert(1))',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '```map\nmap: petrograd\ntime: 1917-10-25 02:00 julian\n```\n',
        '```map\n[[[\n```\n',
        '```notes\nAsk.\n```\n',
        '> quote ',
        '- item\n',
        'Смольный ',
        'Kshesinskaya’s ',
        '…show more content…\n',
        '1768 Words 8 Pages\n',
        '\u0000',
        '\uFEFF',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('the essay parser and the plain-text reader', () => {
  it('read any text or refuse it with their own error, never anything else', () => {
    fc.assert(
      fc.property(essayText, fc.constantFrom('a.md', 'a.txt', 'pasted'), (text, name) => {
        for (const read of [() => parseEssay(text), () => readEssay(text, name)]) {
          // Only the read may throw: the checks stay outside the catch so their failures surface as such.
          let essay: ReturnType<typeof parseEssay>;
          try {
            essay = read();
          } catch (e) {
            expect(e instanceof EssayError || e instanceof ImportError, String(e)).toBe(true);
            continue;
          }
          expect(essay.passages.length).toBeGreaterThan(0);
          for (const p of essay.passages)
            expect(p.refs.every((r) => /^[a-z]+:[a-z0-9-]+$/.test(r))).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the essay parser on nested quotes and lists', () => {
  /**
   * Opens one block quote or list item a line, each line carrying on every container above it as
   * Markdown asks (a `>` for a quote, indentation for a list item): line k is k levels deep.
   */
  const nested = fc.array(fc.constantFrom('quote', 'dash', 'number'), {
    minLength: 1,
    maxLength: MAX_NESTING + 20,
  });
  const opening = { quote: '> ', dash: '- ', number: '1. ' } as const;
  const carrying = { quote: '> ', dash: '  ', number: '   ' } as const;
  const essayOf = (kinds: (keyof typeof opening)[]) =>
    kinds
      .map(
        (k, i) =>
          `${kinds
            .slice(0, i)
            .map((o) => carrying[o])
            .join('')}${opening[k]}Level ${i + 1}`,
      )
      .join('\n');

  it('reads any nesting up to the limit and refuses deeper at the first line too deep', () => {
    fc.assert(
      fc.property(nested, (kinds) => {
        let essay: ReturnType<typeof parseEssay> | undefined;
        let error: unknown;
        try {
          essay = parseEssay(essayOf(kinds));
        } catch (e) {
          error = e;
        }
        if (kinds.length <= MAX_NESTING) {
          expect(error).toBeUndefined();
          expect(essay!.passages).toHaveLength(kinds.length);
        } else {
          expect(error).toBeInstanceOf(EssayError);
          expect((error as Error).message).toMatch(
            new RegExp(`^Line ${MAX_NESTING + 1}: .* nested ${MAX_NESTING + 1} levels deep`),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the auto-linker', () => {
  const gazetteer = loadGazetteer();
  it('never throws, and every proposal is a span of the text, in order, without overlaps', () => {
    fc.assert(
      fc.property(essayText, (text) => {
        const found = linkText(text, gazetteer);
        let end = 0;
        for (const p of found) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          expect(p.start).toBeGreaterThanOrEqual(end);
          expect(p.confidence).toBeGreaterThanOrEqual(0.5);
          expect(p.confidence).toBeLessThanOrEqual(1);
          end = p.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('the calendars', () => {
  const jdn = fc.integer({ min: 2_000_000, max: 2_600_000 });
  it('convert a day to the other calendar and back to the same day', () => {
    fc.assert(
      fc.property(jdn, (n) => {
        const j = jdnToJulian(n);
        const g = jdnToGregorian(n);
        expect(julianCalendarToJdn(j.year, j.month, j.day)).toBe(n);
        expect(gregorianCalendarToJdn(g.year, g.month, g.day)).toBe(n);
        expect(julianToGregorian(j)).toEqual(g);
        expect(gregorianToJulian(g)).toEqual(j);
      }),
    );
  });
  it('keep the 13-day gap of 1900–2099 and read back what they write', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2_415_100, max: 2_488_000 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (n, hour, minute) => {
          const j = { ...jdnToJulian(n), hour, minute };
          const g = julianToGregorian(j);
          const days =
            (Date.UTC(g.year, g.month - 1, g.day) - Date.UTC(j.year, j.month - 1, j.day)) /
            86_400_000;
          expect(days).toBe(13);
          expect(g.hour).toBe(hour);
          expect(parseIsoDate(toIsoDate(j), 'julian')).toEqual(j);
        },
      ),
    );
  });
  it('never throw on any date text', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseIsoDate(s, 'julian')));
  });
});
