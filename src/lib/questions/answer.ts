/**
 * A reader's answer to a question as it travels to the teacher in a live class (its shape is in
 * types.ts), checked part by part before the server keeps or relays it, and again by the pages.
 */
import type { AnswerMessage, AnswerValue } from './types';

export type { AnswerMessage, AnswerValue };

const ANSWER_ID = /^[A-Za-z0-9-]{8,40}$/;
const QUESTION_ID = /^[a-z0-9-]{1,64}$/;
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function readValue(v: unknown): AnswerValue | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (
    o.kind === 'place' &&
    finite(o.lng) &&
    finite(o.lat) &&
    Math.abs(o.lng) <= 180 &&
    Math.abs(o.lat) <= 90
  )
    return { kind: 'place', lng: o.lng, lat: o.lat };
  if (
    o.kind === 'choose' &&
    Number.isInteger(o.option) &&
    (o.option as number) >= 0 &&
    (o.option as number) <= 9
  )
    return { kind: 'choose', option: o.option as number };
  if (o.kind === 'when' && finite(o.t)) return { kind: 'when', t: o.t };
  return null;
}

/**
 * The answer a message holds, rebuilt from its checked parts only (nothing else it carries is kept),
 * or null when any part is malformed.
 */
export function readAnswer(msg: unknown): AnswerMessage | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const o = msg as Record<string, unknown>;
  if (typeof o.answerId !== 'string' || !ANSWER_ID.test(o.answerId)) return null;
  if (typeof o.questionId !== 'string' || !QUESTION_ID.test(o.questionId)) return null;
  const value = readValue(o.value);
  return value && { answerId: o.answerId, questionId: o.questionId, value };
}
