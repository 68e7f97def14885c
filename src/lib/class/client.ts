/**
 * The pages' side of the live class, as plain functions: what the server's messages may hold (each
 * checked, since a network message is untrusted input), the view a student is shown, the join link to
 * hand out, and the words for each state of the connection.
 */
import { readAnswer, type AnswerMessage } from '../questions/answer';
import { normalizeCode, readView, type ClassMode, type ClassState } from './protocol';

/** The most answers a teacher's page keeps for one class (a class of 300 answering 30 questions). */
export const MAX_ANSWERS = 10_000;

/** The class's state as the server sent it, rebuilt from its checked parts, or null. */
export function readState(msg: unknown): ClassState | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const o = msg as Record<string, unknown>;
  const code = normalizeCode(o.code);
  const view = readView(o.view);
  if (code === null || view === null) return null;
  if (o.mode !== 'follow' && o.mode !== 'explore') return null;
  if (typeof o.ended !== 'boolean') return null;
  const students = Number.isInteger(o.students) && (o.students as number) >= 0 ? o.students : 0;
  const revealed = Array.isArray(o.revealed)
    ? o.revealed.filter((q): q is string => typeof q === 'string' && /^[a-z0-9-]{1,64}$/.test(q))
    : [];
  return {
    code,
    view,
    mode: o.mode as ClassMode,
    revealed,
    students: students as number,
    ended: o.ended,
  };
}

/** The answers a teacher's page received, each checked, duplicates (by answerId) once. */
export function readAnswers(list: unknown): AnswerMessage[] {
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const out: AnswerMessage[] = [];
  for (const item of list.slice(0, MAX_ANSWERS)) {
    const a = readAnswer(item);
    if (!a || seen.has(a.answerId)) continue;
    seen.add(a.answerId);
    out.push(a);
  }
  return out;
}

/**
 * The view a student is shown of the teacher's: the same map, moment, camera, passage and card, read
 * in the essay rather than as a slide (a phone shows the slide's passage with its map), and without the
 * teacher's theme (the projector's colours are for the room's screen, not a phone in the hand).
 */
export function studentView(view: string): string {
  const hashAt = view.indexOf('#');
  const query = hashAt < 0 ? view : view.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : view.slice(hashAt);
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  params.delete('slide');
  params.delete('theme');
  const q = params.toString();
  return `${q ? `?${q}` : ''}${hash}`;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * The address students open to join. A teacher who opened the atlas as `localhost` gives students the
 * machine's address on the classroom's network (which the server reports), since `localhost` on a
 * phone is the phone.
 */
export function joinLink(
  page: { origin: string; hostname: string },
  code: string,
  networkOrigins: readonly string[],
): string {
  const origin =
    LOCAL_HOSTS.has(page.hostname) && networkOrigins.length ? networkOrigins[0]! : page.origin;
  return `${origin}/?join=${code}`;
}

/** What the server's health check says, checked: whether a live class can be held, and the addresses. */
export function readHealth(body: unknown): { live: boolean; origins: string[] } {
  if (typeof body !== 'object' || body === null) return { live: false, origins: [] };
  const o = body as Record<string, unknown>;
  const origins = Array.isArray(o.origins)
    ? o.origins
        .filter((x): x is string => typeof x === 'string' && /^https?:\/\/[^\s/?#<>"']+$/.test(x))
        .slice(0, 8)
    : [];
  return { live: o.ok === true && o.live === true, origins };
}

/** The code a `?join=` address carries: the code, null when there is none, or `invalid`. */
export function joinCodeIn(search: string): string | null | 'invalid' {
  const raw = new URLSearchParams(search).get('join');
  if (raw === null) return null;
  return normalizeCode(raw) ?? 'invalid';
}

/** The address without its `join` parameter (once joined, the address shows the view). */
export function withoutJoin(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('join');
  const q = params.toString();
  return q ? `?${q}` : '';
}
