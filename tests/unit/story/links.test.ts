import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/lib/story/parse';
import { applyDecisions, type LinkDecision } from '../../../src/lib/story/links';

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
