import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/lib/story/parse';
import {
  applyDecisions,
  decidedEssays,
  markProposals,
  proposalGroups,
  repoint,
  type LinkDecision,
} from '../../../src/lib/story/links';

const decision = (d: Partial<LinkDecision>): LinkDecision => ({
  id: 'x',
  passage: 0,
  start: 0,
  end: 0,
  text: '',
  ref: 'site:smolny',
  confidence: 0.9,
  status: 'accepted',
  by: 'linker',
  ...d,
});

describe('applyDecisions', () => {
  const essay = parseEssay(
    'Lenin reached *the Smolny* at midnight; the [Winter Palace](site:winter-palace) waited.',
  );

  it('makes accepted spans into links, keeping their marks, and leaves the rest alone', () => {
    const { essay: out, skipped } = applyDecisions(essay, [
      decision({ start: 18, end: 24, text: 'Smolny' }),
      decision({ start: 0, end: 5, text: 'Lenin', status: 'rejected' }),
    ]);
    expect(skipped).toEqual([]);
    expect(out.passages[0]!.inlines.filter((i) => i.kind === 'feature')).toEqual([
      { kind: 'feature', text: 'Smolny', ref: 'site:smolny', marks: ['em'] },
      { kind: 'feature', text: 'Winter Palace', ref: 'site:winter-palace', marks: [] },
    ]);
    expect(out.passages[0]!.refs).toEqual(['site:smolny', 'site:winter-palace']);
    expect(out.passages[0]!.inlines.map((i) => i.text).join('')).toBe(
      essay.passages[0]!.inlines.map((i) => i.text).join(''),
    );
  });

  it('skips a decision whose text moved or that overlaps a link, and does not change the input', () => {
    const before = JSON.stringify(essay);
    const { skipped } = applyDecisions(essay, [
      decision({ start: 18, end: 24, text: 'Smolni' }),
      decision({ start: 45, end: 51, text: 'Winter' }),
    ]);
    expect(skipped).toHaveLength(2);
    expect(JSON.stringify(essay)).toBe(before);
  });
});

describe('proposalGroups', () => {
  it('groups open proposals of one text (in any case) to one feature, the largest first', () => {
    const ds = [
      decision({ id: 'a', text: 'Smolny', status: 'proposed' }),
      decision({ id: 'b', text: 'smolny', status: 'proposed' }),
      decision({ id: 'c', text: 'Smolny', status: 'accepted' }),
      decision({ id: 'd', text: 'Smolny', status: 'proposed', ref: 'site:winter-palace' }),
      decision({ id: 'e', text: 'Neva', status: 'proposed', ref: 'water:neva' }),
      decision({ id: 'f', text: 'Neva', status: 'proposed', ref: 'water:neva' }),
      decision({ id: 'g', text: 'Neva', status: 'proposed', ref: 'water:neva' }),
    ];
    expect(proposalGroups(ds)).toEqual([
      { text: 'Neva', ref: 'water:neva', ids: ['e', 'f', 'g'] },
      { text: 'Smolny', ref: 'site:smolny', ids: ['a', 'b'] },
    ]);
  });
});

describe('repoint', () => {
  const ds = [
    decision({ id: 'a', passage: 0, text: 'the Nevsky', status: 'proposed' }),
    decision({ id: 'b', passage: 2, text: 'The Nevsky', status: 'proposed' }),
    decision({ id: 'c', passage: 3, text: 'the Nevsky', status: 'rejected' }),
    decision({ id: 'd', passage: 4, text: 'Smolny', status: 'proposed' }),
  ];

  it('accepts the one re-pointed and re-points the open proposals of its text, still open', () => {
    const out = repoint(ds, 'a', 'site:kazan-cathedral');
    expect(out.map((d) => [d.id, d.ref, d.status])).toEqual([
      ['a', 'site:kazan-cathedral', 'accepted'],
      ['b', 'site:kazan-cathedral', 'proposed'],
      ['c', 'site:smolny', 'rejected'],
      ['d', 'site:smolny', 'proposed'],
    ]);
    expect(out[1]!.why).toBe('as you re-pointed “the Nevsky” in passage 1');
    expect(out[0]!.confidence).toBe(1);
  });

  it('does not change its input, and ignores an unknown id', () => {
    const before = structuredClone(ds);
    repoint(ds, 'a', 'site:kazan-cathedral');
    expect(ds).toEqual(before);
    expect(repoint(ds, 'nope', 'site:x')).toEqual(ds);
  });
});

describe('a long essay with thousands of decisions', () => {
  // 4,000 passages and 24,000 decisions, as a megabyte dense with place names makes: each passage's
  // decisions were looked for among all of them, which took seconds at every decision.
  const passages = Array.from(
    { length: 4000 },
    (_, i) => `Passage ${i} names Smolny, Neva and Riga.`,
  );
  const essay = parseEssay(passages.join('\n\n'));
  const places = [
    ['Smolny', 'site:smolny'],
    ['Neva', 'water:neva'],
    ['Riga', 'place:riga'],
  ] as const;
  const decisions: LinkDecision[] = essay.passages.flatMap((p, i) =>
    places.flatMap(([text, ref], k) => {
      const start = passages[i]!.indexOf(text);
      return [
        decision({
          id: `${i}:${k}`,
          passage: p.index,
          start,
          end: start + text.length,
          text,
          ref,
          status: k === 1 ? 'proposed' : 'accepted',
        }),
        decision({ id: `${i}:${k}:r`, passage: p.index, status: 'rejected' }),
      ];
    }),
  );

  // Its cost is measured in the bench (`BENCH_ONLY=import`), not timed here.
  it('makes its links and marks on every passage', () => {
    const { essay: linked, skipped } = applyDecisions(essay, decisions);
    const marked = markProposals(linked, decisions);
    expect(skipped).toEqual([]);
    expect(marked.passages[3999]!.refs).toEqual(['site:smolny', 'place:riga']);
    expect(
      marked.passages[3999]!.inlines.some((r) => r.kind === 'text' && r.proposal === '3999:1'),
    ).toBe(true);
  });
});

describe('decidedEssays', () => {
  const essay = parseEssay(
    'Lenin reached the Smolny.\n\nThe Neva was high.\n\nRiga fell to the Germans.',
  );
  const at = (passage: number, text: string, ref: string, status: LinkDecision['status']) => {
    const start = essay.passages[passage]!.inlines[0]!.text.indexOf(text);
    return decision({
      id: `${passage}:${start}`,
      passage,
      start,
      end: start + text.length,
      text,
      ref,
      status,
    });
  };
  const decisions = [
    at(0, 'Smolny', 'site:smolny', 'proposed'),
    at(1, 'Neva', 'water:neva', 'accepted'),
    at(2, 'Riga', 'place:riga', 'rejected'),
  ];
  const expected = (ds: LinkDecision[]) => markProposals(applyDecisions(essay, ds).essay, ds);

  it('shows the essay as applyDecisions and markProposals make it', () => {
    expect(decidedEssays()(essay, decisions)).toEqual(expected(decisions));
  });

  it('remakes only the passage whose decisions changed', () => {
    const show = decidedEssays();
    const first = show(essay, decisions);
    const changed = decisions.map((d, i) => (i === 0 ? { ...d, status: 'accepted' as const } : d));
    const second = show(essay, changed);
    expect(second).toEqual(expected(changed));
    expect(second.passages[0]).not.toBe(first.passages[0]);
    expect(second.passages[1]).toBe(first.passages[1]);
    expect(second.passages[2]).toBe(first.passages[2]);
    expect(second.passages[0]!.refs).toEqual(['site:smolny']);
  });
});
