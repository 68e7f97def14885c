/**
 * A reader's link decisions on an essay: proposals from the auto-linker and links made by hand, each
 * accepted, rejected or still open; and the essay with the accepted ones applied.
 */
import { overlapsLink, passageText, runSpans } from './essay';
import type { Essay, Inline, Passage } from './essay';
import type { PassageProposal } from './linker';

export type LinkStatus = 'proposed' | 'accepted' | 'rejected';

/** One link decision on a span of a passage's text. */
export interface LinkDecision {
  /** Stable within its essay: passage, span and origin. */
  id: string;
  passage: number;
  start: number;
  end: number;
  text: string;
  ref: string;
  confidence: number;
  status: LinkStatus;
  by: 'linker' | 'hand';
  /** Why the linker proposed it (the name or rule that matched), for the reader. */
  why?: string;
  /**
   * When a reader last changed it (ms since 1970); absent while it is as the linker proposed it.
   * Two tabs' edits of one essay are merged decision by decision, the later change winning.
   */
  updatedAt?: number;
}

/** Decisions for fresh proposals, all open. */
export function proposalsToDecisions(proposals: readonly PassageProposal[]): LinkDecision[] {
  return proposals.map((p) => ({
    id: `${p.passage}:${p.start}-${p.end}`,
    passage: p.passage,
    start: p.start,
    end: p.end,
    text: p.text,
    ref: p.ref,
    confidence: p.confidence,
    status: 'proposed',
    by: 'linker',
    ...(p.why ? { why: p.why } : {}),
  }));
}

/** Open proposals of one text (in any case) to one feature: accepted or re-pointed together. */
export interface ProposalGroup {
  text: string;
  ref: string;
  ids: string[];
}

const sameText = (s: string) => s.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ');

/**
 * The open proposals that share their text and feature, two or more to a group, the largest first:
 * “accept all 14 Smolny” in one step.
 */
export function proposalGroups(decisions: readonly LinkDecision[]): ProposalGroup[] {
  const groups = new Map<string, ProposalGroup>();
  for (const d of decisions) {
    if (d.status !== 'proposed') continue;
    const key = `${sameText(d.text)}\u0000${d.ref}`;
    const g = groups.get(key);
    if (g) g.ids.push(d.id);
    else groups.set(key, { text: d.text, ref: d.ref, ids: [d.id] });
  }
  return [...groups.values()]
    .filter((g) => g.ids.length > 1)
    .sort((a, b) => b.ids.length - a.ids.length || a.text.localeCompare(b.text));
}

/**
 * Points decision `id` at `ref` (which accepts it), and learns from it: the open proposals of the
 * same text that pointed where it did now point at `ref` too, still open, saying why.
 */
export function repoint(
  decisions: readonly LinkDecision[],
  id: string,
  ref: string,
): LinkDecision[] {
  const chosen = decisions.find((d) => d.id === id);
  if (!chosen) return [...decisions];
  const text = sameText(chosen.text);
  return decisions.map((d) => {
    if (d === chosen) return { ...d, ref, status: 'accepted', confidence: 1 };
    if (
      d.status !== 'proposed' ||
      d.ref !== chosen.ref ||
      d.ref === ref ||
      sameText(d.text) !== text
    )
      return d;
    return {
      ...d,
      ref,
      why: `as you re-pointed “${chosen.text}” in passage ${chosen.passage + 1}`,
    };
  });
}

/** Cuts one passage's runs at `[start, end)` and makes that part a link to `ref` (or marks it). */
function linkRuns(
  runs: readonly Inline[],
  start: number,
  end: number,
  ref: string,
  proposal?: string,
): Inline[] {
  const out: Inline[] = [];
  for (const { run, start: a, end: b } of runSpans(runs)) {
    if (b <= start || a >= end || run.kind !== 'text' || run.proposal !== undefined) {
      out.push(run);
      continue;
    }
    const s = Math.max(start, a) - a;
    const e = Math.min(end, b) - a;
    if (s > 0) out.push({ ...run, text: run.text.slice(0, s) });
    out.push(
      proposal === undefined
        ? { kind: 'feature', text: run.text.slice(s, e), ref, marks: run.marks }
        : { kind: 'text', text: run.text.slice(s, e), marks: run.marks, proposal },
    );
    if (e < run.text.length) out.push({ ...run, text: run.text.slice(e) });
  }
  return out;
}

/**
 * The decisions of one status by passage, in their order: one pass over them, not one per passage
 * (thousands of passages times thousands of decisions took most of a second).
 */
function byPassage(
  decisions: readonly LinkDecision[],
  status: LinkStatus,
): Map<number, LinkDecision[]> {
  const out = new Map<number, LinkDecision[]>();
  for (const d of decisions) {
    if (d.status !== status) continue;
    const list = out.get(d.passage);
    if (list) list.push(d);
    else out.set(d.passage, [d]);
  }
  return out;
}

/**
 * One passage with its accepted decisions (in any order) made into feature links; those that cannot
 * be made are added to `skipped`.
 */
function applyToPassage(p: Passage, accepted: LinkDecision[], skipped: LinkDecision[]): Passage {
  const mine = accepted.sort((a, b) => a.start - b.start);
  if (!mine.length) return p;
  let inlines = p.inlines;
  const text = passageText(p);
  for (const d of mine) {
    if (
      overlapsLink(inlines, d.start, d.end) ||
      text.slice(d.start, d.end) !== d.text ||
      d.start >= d.end
    ) {
      skipped.push(d);
      continue;
    }
    inlines = linkRuns(inlines, d.start, d.end, d.ref);
  }
  const refs = [...new Set(inlines.flatMap((r) => (r.kind === 'feature' ? [r.ref] : [])))];
  return { ...p, inlines, refs };
}

/** One passage with its open proposals marked (see `markProposals`). */
function markPassage(p: Passage, open: readonly LinkDecision[] | undefined): Passage {
  if (!open?.length) return p;
  const text = passageText(p);
  let inlines = p.inlines;
  for (const d of open)
    if (text.slice(d.start, d.end) === d.text)
      inlines = linkRuns(inlines, d.start, d.end, d.ref, d.id);
  return { ...p, inlines };
}

/**
 * The essay with the accepted decisions made into feature links. A decision whose text no longer
 * stands at its place, or that overlaps an existing link, is skipped and reported.
 */
export function applyDecisions(
  essay: Essay,
  decisions: readonly LinkDecision[],
): { essay: Essay; skipped: LinkDecision[] } {
  const skipped: LinkDecision[] = [];
  const accepted = byPassage(decisions, 'accepted');
  const passages = essay.passages.map((p) =>
    applyToPassage(p, accepted.get(p.index) ?? [], skipped),
  );
  return { essay: { ...essay, passages }, skipped };
}

/**
 * The essay with the open proposals marked in its text (for review), after `applyDecisions` has made
 * the accepted ones links. Marked runs stay text: nothing links until the reader accepts.
 */
export function markProposals(essay: Essay, decisions: readonly LinkDecision[]): Essay {
  const proposed = byPassage(decisions, 'proposed');
  const passages = essay.passages.map((p) => markPassage(p, proposed.get(p.index)));
  return { ...essay, passages };
}

const same = (a: readonly LinkDecision[], b: readonly LinkDecision[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * `markProposals(applyDecisions(essay, decisions).essay, decisions)`, remembering each passage: a
 * passage whose decisions are the same objects as last time is the same object as last time. One
 * decision on a long essay then remakes one passage, and what shows the others has nothing to redo
 * (remaking them all held the page for a third of a second at every decision on a megabyte).
 */
export function decidedEssays(): (essay: Essay, decisions: readonly LinkDecision[]) => Essay {
  let memo = new Map<Passage, { decisions: LinkDecision[]; shown: Passage }>();
  return (essay, decisions) => {
    const accepted = byPassage(decisions, 'accepted');
    const proposed = byPassage(decisions, 'proposed');
    const next = new Map<Passage, { decisions: LinkDecision[]; shown: Passage }>();
    const passages = essay.passages.map((p) => {
      const mine = [...(accepted.get(p.index) ?? []), ...(proposed.get(p.index) ?? [])];
      const old = memo.get(p);
      const shown =
        old && same(old.decisions, mine)
          ? old.shown
          : markPassage(applyToPassage(p, accepted.get(p.index) ?? [], []), proposed.get(p.index));
      next.set(p, { decisions: mine, shown });
      return shown;
    });
    memo = next;
    return { ...essay, passages };
  };
}
