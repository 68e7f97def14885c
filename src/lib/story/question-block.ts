/**
 * Reads a ```question block (YAML) into a Question. Whatever is wrong is reported with the block's
 * line, in the words the other essay blocks use, and a block that cannot make a question is dropped.
 *
 *   kind: place            kind: choose             kind: when
 *   prompt: Where …?       prompt: Who …?           prompt: When …?
 *   answer: site:smolny    options: [A, B, C]       answer: 1917-10-25 10:00 julian
 *   tolerance_m: 300       answer: 1                tolerance: 2h   (30m, 2h, 1d)
 *   id: find-smolny        (id is optional: q-<line> otherwise; map: optional)
 */
import { parseMoment } from './map-state';
import { parseRef } from './refs';
import type { Question } from '../questions/types';

const KEYS = ['id', 'kind', 'prompt', 'map', 'answer', 'options', 'tolerance_m', 'tolerance'];
const ID = /^[a-z0-9-]{1,64}$/;
const DURATION = /^(\d+(?:\.\d+)?)\s*(m|min|h|d)$/;
const UNIT: Record<string, number> = { m: 1, min: 1, h: 60, d: 1440 };

/** The context a block is read in: its line, the map the passage shows, the ids already taken. */
export interface QuestionContext {
  line: number;
  map: string;
  mapIds: readonly string[];
  taken: ReadonlySet<string>;
}

/** Minutes in a tolerance such as `30m`, `2h`, `1d` (a bare number is minutes); null if unreadable. */
export function readDuration(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  const m = typeof v === 'string' ? DURATION.exec(v.trim()) : null;
  return m ? Number(m[1]) * UNIT[m[2]!]! : null;
}

/** Validates a question block's parsed YAML. */
export function readQuestion(
  value: unknown,
  ctx: QuestionContext,
  source = '',
): { question: Question | null; warnings: string[] } {
  const warnings: string[] = [];
  const fail = (m: string) => {
    warnings.push(`Line ${ctx.line}: ${m} The question was left out.`);
    return { question: null, warnings };
  };
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return fail('the question block is not a list of “key: value” lines.');
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v))
    if (!KEYS.includes(key))
      warnings.push(`Line ${ctx.line}: “${key}” is not a question setting (${KEYS.join(', ')}).`);
  const id = v.id === undefined ? `q-${ctx.line}` : String(v.id);
  if (!ID.test(id)) return fail(`the id “${id}” may hold only a–z, 0–9 and “-” (at most 64).`);
  if (ctx.taken.has(id)) return fail(`the id “${id}” is used by an earlier question.`);
  if (typeof v.prompt !== 'string' || !v.prompt.trim())
    return fail('the question has no prompt (prompt: What …?).');
  let map = ctx.map;
  if (v.map !== undefined) {
    if (typeof v.map !== 'string' || !ctx.mapIds.includes(v.map))
      return fail(`“${String(v.map)}” is not a map; use one of ${ctx.mapIds.join(', ')}.`);
    map = v.map;
  }
  // An id made from the line is written into the kept source, so a re-exported essay keeps it.
  const kept = v.id === undefined ? `id: ${id}\n${source}` : source;
  const base = { id, prompt: v.prompt.trim(), map, line: ctx.line, source: kept.trimEnd() };
  switch (v.kind) {
    case 'place': {
      const ref = typeof v.answer === 'string' ? parseRef(v.answer) : null;
      if (!ref) return fail(`the answer of a place question is a feature, like site:smolny.`);
      const tol = v.tolerance_m === undefined ? 300 : v.tolerance_m;
      if (typeof tol !== 'number' || !(tol >= 0) || !Number.isFinite(tol))
        return fail(`tolerance_m should be a number of metres, not “${String(tol)}”.`);
      return { question: { ...base, kind: 'place', answer: ref.key, toleranceM: tol }, warnings };
    }
    case 'choose': {
      const options = v.options;
      if (
        !Array.isArray(options) ||
        options.length < 2 ||
        options.length > 10 ||
        !options.every((o) => typeof o === 'string' || typeof o === 'number')
      )
        return fail('options should be a list of two to ten answers, like [Lenin, Trotsky].');
      const answer = v.answer;
      if (
        typeof answer !== 'number' ||
        !Number.isInteger(answer) ||
        answer < 0 ||
        answer >= options.length
      )
        return fail(
          `the answer of a choose question is the number of the right option, 0 to ${options.length - 1}.`,
        );
      return {
        question: { ...base, kind: 'choose', options: options.map(String), answer },
        warnings,
      };
    }
    case 'when': {
      const text = typeof v.answer === 'string' ? v.answer : null;
      const t = text ? parseMoment(text) : null;
      if (t === null)
        return fail(`the answer of a when question should read like “1917-10-25 10:00 julian”.`);
      const tol = readDuration(v.tolerance ?? '1h');
      if (tol === null)
        return fail(`tolerance should read like 30m, 2h or 1d, not “${String(v.tolerance)}”.`);
      return {
        question: { ...base, kind: 'when', answerText: text!, answer: t, toleranceMin: tol },
        warnings,
      };
    }
    default:
      return fail(`kind should be place, choose or when, not “${String(v.kind)}”.`);
  }
}
