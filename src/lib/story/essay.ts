/** The essay model: passages are typed records, never HTML. */
import type { PassageStateSpec } from './map-state';
import type { Question } from '../questions/types';

export type Mark = 'em' | 'strong' | 'code';

/** One run of a passage's text. */
export type Inline =
  | {
      kind: 'text';
      text: string;
      marks: Mark[];
      /** A link the auto-linker proposes here and the reader has not yet decided on (its decision id). */
      proposal?: string;
    }
  /** A link to a map feature; `ref` is its canonical reference (`site:smolny`). */
  | { kind: 'feature'; text: string; ref: string; marks: Mark[] }
  /** A link to a web page; opened only when the reader clicks it. */
  | { kind: 'web'; text: string; href: string; marks: Mark[] };

export interface Passage {
  /** Stable id for deep links (`#p-3`). */
  id: string;
  index: number;
  /** The heading of the section the passage belongs to, if any. */
  section: string | null;
  /** A block quotation rather than the essay's own prose. */
  quote: boolean;
  inlines: Inline[];
  /** Distinct feature references in order of first mention. */
  refs: string[];
  /** The line of the source file the passage starts on (1-based). */
  line: number;
  /** The map state the passage declares in its `map` block, if any. */
  state?: PassageStateSpec;
  /** The `map` block as written, kept so that an exported essay says the same. */
  stateSource?: string;
  /** The presenter's notes for the passage (its `notes` block). */
  notes?: string;
  /** The questions asked under the passage (its `question` blocks), in order. */
  questions?: Question[];
}

export interface Essay {
  title: string;
  author: string;
  language: string;
  passages: Passage[];
  /** What was wrong with the file but did not stop it from being read. */
  warnings: string[];
}

/** The plain text of a passage. */
export function passageText(p: Passage): string {
  return p.inlines.map((i) => i.text).join('');
}

/** The passages that link to a feature, in essay order. */
export function passagesMentioning(essay: Essay, ref: string): Passage[] {
  return essay.passages.filter((p) => p.refs.includes(ref));
}

/** Each run of a passage with where it starts and ends in the passage's text. */
export function runSpans(
  inlines: readonly Inline[],
): { run: Inline; start: number; end: number }[] {
  let at = 0;
  return inlines.map((run) => {
    const start = at;
    at += run.text.length;
    return { run, start, end: at };
  });
}

/** Whether the span `start…end` of a passage's text overlaps a link (to a feature or a page). */
export function overlapsLink(inlines: readonly Inline[], start: number, end: number): boolean {
  return runSpans(inlines).some((s) => s.run.kind !== 'text' && start < s.end && s.start < end);
}

/** The feature links of an essay that name no feature `known` holds, each once, with its line. */
export function unknownRefs(
  essay: Essay,
  known: ReadonlyMap<string, unknown>,
): { ref: string; line: number }[] {
  const out: { ref: string; line: number }[] = [];
  for (const p of essay.passages)
    for (const ref of p.refs)
      if (!known.has(ref) && !out.some((u) => u.ref === ref)) out.push({ ref, line: p.line });
  for (const p of essay.passages)
    for (const q of p.questions ?? [])
      if (q.kind === 'place' && !known.has(q.answer) && !out.some((u) => u.ref === q.answer))
        out.push({ ref: q.answer, line: q.line });
  return out;
}
