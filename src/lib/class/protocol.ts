/**
 * The live class's protocol, shared by the server and the pages: join codes, the teacher's secret,
 * the messages each side may send and how they are checked, the answer rate limit and expiry.
 *
 * Only the teacher's page, holding the secret it was given when the class started, may drive the
 * class (`view`, `mode`, `reveal`, `end`); a student's page may send answers and nothing else.
 */

/** Letters that cannot be mistaken for one another or for digits, read aloud or on a screen. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPRTUVWXY';
export const CODE_GROUPS = 3;
export const CODE_GROUP_LENGTH = 3;
/** The randomness of a code: 9 letters of 19 are about 38.2 bits. */
export const CODE_BITS = CODE_GROUPS * CODE_GROUP_LENGTH * Math.log2(CODE_ALPHABET.length);

/** The largest message either side may send, in bytes of its JSON. */
export const MAX_MESSAGE_BYTES = 1024;
/** The longest view (the address's query and fragment) the teacher may send. */
export const MAX_VIEW_CHARS = 600;
/** A class no one has driven for a day is forgotten. */
export const IDLE_EXPIRY_MS = 24 * 60 * 60 * 1000;
/** A student may send this many answers at once, then one more every `ANSWER_REFILL_MS`. */
export const ANSWER_BURST = 5;
export const ANSWER_REFILL_MS = 2000;
/** The server's refusal of an answer sent past the rate limit (the page waits and sends it again). */
export const RATE_LIMITED = 'Too many answers at once; wait a moment.';

export type Random = (bytes: number) => Uint8Array;

const cryptoRandom: Random = (n) => crypto.getRandomValues(new Uint8Array(n));

/** A fresh join code, `KMT-PRA-XWE`: each letter drawn without bias from the alphabet. */
export function makeJoinCode(random: Random = cryptoRandom): string {
  const n = CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  const letters: string[] = [];
  while (letters.length < CODE_GROUPS * CODE_GROUP_LENGTH) {
    for (const b of random(16)) {
      if (b >= limit) continue; // rejection keeps every letter equally likely
      letters.push(CODE_ALPHABET[b % n]!);
      if (letters.length === CODE_GROUPS * CODE_GROUP_LENGTH) break;
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < CODE_GROUPS; i++)
    groups.push(letters.slice(i * CODE_GROUP_LENGTH, (i + 1) * CODE_GROUP_LENGTH).join(''));
  return groups.join('-');
}

/**
 * The code a person typed, in its one written form (upper case, groups joined by hyphens), or null
 * when it cannot be a code. Spaces, dots and hyphens between the letters are all accepted.
 */
export function normalizeCode(text: unknown): string | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const letters = text.toUpperCase().replace(/[\s.\-_]/g, '');
  if (letters.length !== CODE_GROUPS * CODE_GROUP_LENGTH) return null;
  if (![...letters].every((c) => CODE_ALPHABET.includes(c))) return null;
  const groups = letters.match(new RegExp(`.{${CODE_GROUP_LENGTH}}`, 'g'))!;
  return groups.join('-');
}

/** The teacher's secret: 32 random bytes, base64url. */
export function makeSecret(random: Random = cryptoRandom): string {
  const bytes = random(32);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export const SECRET = /^[A-Za-z0-9_-]{43}$/;

/** Students either follow the teacher's view or explore on their own. */
export type ClassMode = 'follow' | 'explore';

/** What a student receives on joining and whenever the class changes. */
export interface ClassState {
  code: string;
  /** The teacher's view, as the address's query and fragment (`?map=…&slide=3#p-12`). */
  view: string;
  mode: ClassMode;
  /** The questions whose results the teacher has shown. */
  revealed: string[];
  students: number;
  ended: boolean;
}

/** The teacher's commands. */
export type TeacherCommand =
  | { type: 'view'; view: string }
  | { type: 'mode'; mode: ClassMode }
  | { type: 'reveal'; questionId: string }
  | { type: 'end' };

/** The size of a message as JSON, or Infinity when it cannot be written as JSON. */
export function messageBytes(msg: unknown): number {
  try {
    const json = JSON.stringify(msg);
    return json === undefined ? Infinity : new TextEncoder().encode(json).length;
  } catch {
    return Infinity;
  }
}

/** A view the teacher may send: the address's query and fragment, plain printable characters only. */
export function readView(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > MAX_VIEW_CHARS) return null;
  if (v !== '' && !/^(\?[^#\s]*)?(#[^\s]*)?$/.test(v)) return null;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f<>"'`\\]/.test(v) ? null : v;
}

/** The teacher's command a message holds, rebuilt from its checked parts only, or null. */
export function readCommand(msg: unknown): TeacherCommand | null {
  if (messageBytes(msg) > MAX_MESSAGE_BYTES) return null;
  if (typeof msg !== 'object' || msg === null) return null;
  const o = msg as Record<string, unknown>;
  switch (o.type) {
    case 'view': {
      const view = readView(o.view);
      return view === null ? null : { type: 'view', view };
    }
    case 'mode':
      return o.mode === 'follow' || o.mode === 'explore' ? { type: 'mode', mode: o.mode } : null;
    case 'reveal':
      return typeof o.questionId === 'string' && /^[a-z0-9-]{1,64}$/.test(o.questionId)
        ? { type: 'reveal', questionId: o.questionId }
        : null;
    case 'end':
      return { type: 'end' };
    default:
      return null;
  }
}

/** Whether a class last driven at `lastActive` has expired by `now`. */
export const expired = (lastActive: number, now: number): boolean =>
  now - lastActive > IDLE_EXPIRY_MS;

/** A token bucket: `burst` at once, then one each `refillMs`. */
export class RateLimiter {
  #tokens: number;
  #last: number;
  constructor(
    readonly burst = ANSWER_BURST,
    readonly refillMs = ANSWER_REFILL_MS,
    now = 0,
  ) {
    this.#tokens = burst;
    this.#last = now;
  }

  /** Takes one token if there is one. */
  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.#last);
    this.#tokens = Math.min(this.burst, this.#tokens + elapsed / this.refillMs);
    this.#last = Math.max(this.#last, now);
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
