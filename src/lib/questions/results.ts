/**
 * What a class answered to one question: each answer once (an offline resend repeats its answerId),
 * the taps as points, the choices as counts, the moments as a list, and all of it as CSV.
 */
import { readAnswer } from './answer';
import type { AnswerMessage, Question } from './types';

/** The answers to one question, gathered for the teacher's screen. */
export interface QuestionTally {
  questionId: string;
  /** How many distinct answers (by answerId) came in. */
  count: number;
  /** Taps, as [lng, lat]. */
  points: [number, number][];
  /** How many chose each option, by index (as long as the question's options, or the highest seen). */
  bars: number[];
  /** Moments answered (minutes since the timeline's epoch), in the order they came. */
  moments: number[];
}

/** The answers with each answerId once, the first kept, in order of arrival. */
export function distinctAnswers(answers: readonly AnswerMessage[]): AnswerMessage[] {
  const seen = new Set<string>();
  return answers.filter((a) => !seen.has(a.answerId) && seen.add(a.answerId));
}

/** Gathers the answers to `question` (other questions' answers are ignored). */
export function tally(
  question: Pick<Question, 'id'> & { options?: readonly string[] },
  answers: readonly AnswerMessage[],
): QuestionTally {
  // Each answer as the class's check reads it (a hand-made list may hold anything).
  const mine = distinctAnswers(answers)
    .map(readAnswer)
    .filter((a) => a !== null && a.questionId === question.id) as AnswerMessage[];
  const bars = new Array<number>(question.options?.length ?? 0).fill(0);
  const points: [number, number][] = [];
  const moments: number[] = [];
  for (const { value: v } of mine) {
    if (v.kind === 'place') points.push([v.lng, v.lat]);
    else if (v.kind === 'choose') {
      while (bars.length <= v.option) bars.push(0);
      bars[v.option]!++;
    } else moments.push(v.t);
  }
  return { questionId: question.id, count: mine.length, points, bars, moments };
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading
 * apostrophe first. Numbers are written as they are.
 */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The answers as CSV, one row per distinct answer, CRLF line ends, a header row first. */
export function resultsCsv(
  questions: readonly Pick<Question, 'id' | 'kind' | 'prompt'>[],
  answers: readonly AnswerMessage[],
): string {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const rows: (string | number)[][] = [
    ['question', 'prompt', 'answer_id', 'kind', 'lng', 'lat', 'option', 'minutes'],
  ];
  for (const a of distinctAnswers(answers)) {
    const v = a.value;
    rows.push([
      a.questionId,
      byId.get(a.questionId)?.prompt ?? '',
      a.answerId,
      v.kind,
      v.kind === 'place' ? v.lng : '',
      v.kind === 'place' ? v.lat : '',
      v.kind === 'choose' ? v.option : '',
      v.kind === 'when' ? v.t : '',
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
