/**
 * The reader's answers as kept in the browser, one record per essay: read back part by part, so a
 * damaged record (edited by hand, written by an older version, cut short) loses only what is damaged.
 */
import { readAnswer } from './answer';
import type { AnswerResult, AnswerValue } from './types';

/** One answer the reader gave, with how it scored. */
export interface GivenAnswer {
  /** Made on the device, `[A-Za-z0-9-]{8,40}`; a new one for every answer given. */
  answerId: string;
  value: AnswerValue;
  result: AnswerResult;
}

/** The reader's latest answer to each question of one essay, by question id. */
export type SavedAnswers = Record<string, GivenAnswer>;

/** Where the answers to an essay are kept (`atlas-1917:answers:<essay>`). */
export function answersKey(essay: string): string {
  return `atlas-1917:answers:${essay}`;
}

const MESSAGE_MAX = 500;

function readResult(v: unknown): AnswerResult | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (typeof r.correct !== 'boolean' || typeof r.partial !== 'boolean') return null;
  if (typeof r.message !== 'string' || r.message.length > MESSAGE_MAX) return null;
  return { correct: r.correct, partial: r.partial, message: r.message };
}

/**
 * The answers a stored record holds, and whether any part of it had to be dropped. A missing record
 * is empty, not damaged.
 * @example readSaved('{"v":1,"answers":{}}') // { answers: {}, damaged: false }
 */
export function readSaved(text: string | null): { answers: SavedAnswers; damaged: boolean } {
  const answers: SavedAnswers = {};
  if (text === null) return { answers, damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { answers, damaged: true };
  }
  const record = parsed as { v?: unknown; answers?: unknown } | null;
  if (
    typeof record !== 'object' ||
    record === null ||
    record.v !== 1 ||
    typeof record.answers !== 'object' ||
    record.answers === null ||
    Array.isArray(record.answers)
  )
    return { answers, damaged: true };
  let damaged = false;
  for (const [questionId, entry] of Object.entries(record.answers as Record<string, unknown>)) {
    const e = (typeof entry === 'object' && entry) || {};
    const msg = readAnswer({ ...e, questionId });
    const result = readResult((e as { result?: unknown }).result);
    if (msg && result) answers[questionId] = { answerId: msg.answerId, value: msg.value, result };
    else damaged = true;
  }
  return { answers, damaged };
}

/** The record to keep for an essay's answers. */
export function writeSaved(answers: SavedAnswers): string {
  return JSON.stringify({ v: 1, answers });
}

/** A fresh answer id: 16 random bytes as 32 hex digits. */
export function makeAnswerId(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
): string {
  return Array.from(random(16), (b) => b.toString(16).padStart(2, '0')).join('');
}
