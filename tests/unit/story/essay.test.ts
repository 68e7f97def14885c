import { describe, expect, it } from 'vitest';
import {
  overlapsLink,
  passagesMentioning,
  passageText,
  runSpans,
  unknownRefs,
  type Essay,
  type Inline,
  type Passage,
} from '../../../src/lib/story/essay';

function passage(index: number, refs: string[], inlines: Passage['inlines'] = []): Passage {
  return { id: `p-${index}`, index, section: null, quote: false, inlines, refs, line: index + 1 };
}

const mixed = passage(
  1,
  ['site:smolny'],
  [
    { kind: 'text', text: 'Lenin reached ', marks: [] },
    { kind: 'feature', text: 'the Smolny', ref: 'site:smolny', marks: ['em'] },
    { kind: 'text', text: ' at night; see ', marks: ['strong'], proposal: 'd-1' },
    { kind: 'web', text: 'the archive', href: 'https://example.org/', marks: [] },
    { kind: 'text', text: '.', marks: [] },
  ],
);

const essay: Essay = {
  title: 'October',
  author: 'A. Writer',
  language: 'en',
  warnings: [],
  passages: [
    passage(0, ['site:winter-palace']),
    passage(1, ['site:smolny', 'site:winter-palace']),
    passage(2, []),
    passage(3, ['site:winter-palace']),
    passage(4, ['site:smolny-cathedral']),
  ],
};

describe('passageText', () => {
  it('joins the text of every kind of run, marks and links dropped', () => {
    expect(passageText(mixed)).toBe('Lenin reached the Smolny at night; see the archive.');
  });

  it('is empty for a passage without runs', () => {
    expect(passageText(passage(0, []))).toBe('');
  });

  it('keeps whitespace as written (no trimming or collapsing)', () => {
    const p = passage(
      0,
      [],
      [
        { kind: 'text', text: '  a ', marks: [] },
        { kind: 'text', text: ' b  ', marks: [] },
      ],
    );
    expect(passageText(p)).toBe('  a  b  ');
  });
});

describe('passagesMentioning', () => {
  it('returns the passages linking to a feature, in essay order', () => {
    expect(passagesMentioning(essay, 'site:winter-palace').map((p) => p.id)).toEqual([
      'p-0',
      'p-1',
      'p-3',
    ]);
  });

  it('matches whole references, not prefixes', () => {
    expect(passagesMentioning(essay, 'site:smolny').map((p) => p.id)).toEqual(['p-1']);
    expect(passagesMentioning(essay, 'site:smol')).toEqual([]);
  });

  it('returns the passages themselves, not copies', () => {
    expect(passagesMentioning(essay, 'site:smolny-cathedral')[0]).toBe(essay.passages[4]);
  });

  it('is empty for a feature no passage mentions, and leaves the essay as it was', () => {
    const before = structuredClone(essay);
    expect(passagesMentioning(essay, 'territory:ukraine')).toEqual([]);
    expect(essay).toEqual(before);
  });
});

describe('runSpans and overlapsLink', () => {
  const inlines: Inline[] = [
    { kind: 'text', text: 'Lenin hid in ', marks: [] },
    { kind: 'feature', text: 'Razliv', ref: 'site:razliv', marks: [] },
    { kind: 'text', text: ', then ', marks: ['em'] },
    { kind: 'web', text: 'Helsinki', href: 'https://example.org', marks: [] },
  ];
  it('gives each run its place in the passage’s text', () => {
    expect(runSpans(inlines).map(({ start, end }) => [start, end])).toEqual([
      [0, 13],
      [13, 19],
      [19, 26],
      [26, 34],
    ]);
  });
  it('tells a span that touches a link from one that only borders it', () => {
    expect(overlapsLink(inlines, 6, 13)).toBe(false);
    expect(overlapsLink(inlines, 6, 14)).toBe(true);
    expect(overlapsLink(inlines, 19, 26)).toBe(false);
    expect(overlapsLink(inlines, 25, 27)).toBe(true);
  });
});

describe('unknownRefs', () => {
  it('lists each link no feature answers, once, with the line of its first passage', () => {
    const essay: Essay = {
      title: 't',
      author: '',
      language: 'en',
      warnings: [],
      passages: [
        passage(0, ['site:smolny', 'site:nowhere']),
        passage(1, ['site:nowhere', 'territory:narnia']),
      ],
    };
    const known = new Map([['site:smolny', {}]]);
    expect(unknownRefs(essay, known)).toEqual([
      { ref: 'site:nowhere', line: 1 },
      { ref: 'territory:narnia', line: 2 },
    ]);
    expect(
      unknownRefs(essay, new Map([...known, ['site:nowhere', {}], ['territory:narnia', {}]])),
    ).toEqual([]);
  });
});
