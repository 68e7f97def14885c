/**
 * The answers a student's device has not yet seen accepted: kept in storage (so an answer given
 * offline survives a reload) and sent once the network is back. The server keeps each `answerId` once,
 * so sending again after a lost acknowledgement never counts an answer twice.
 */
import { readAnswer, type AnswerMessage } from '../questions/answer';

export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The most answers kept waiting; older ones are dropped first. */
export const OUTBOX_LIMIT = 200;

export class Outbox {
  readonly #key: string;
  /** What could not be written to storage (full or refused): kept for this page's life only. */
  #fallback: string | null = null;
  constructor(
    private readonly storage: OutboxStorage,
    code: string,
  ) {
    this.#key = `atlas:outbox:${code}`;
  }

  /** The waiting answers, in the order given; what storage holds that is not an answer is skipped. */
  pending(): AnswerMessage[] {
    try {
      const raw: unknown = JSON.parse(this.#fallback ?? this.storage.getItem(this.#key) ?? '[]');
      return Array.isArray(raw) ? raw.map(readAnswer).filter((a) => a !== null) : [];
    } catch {
      return [];
    }
  }

  #save(list: AnswerMessage[]): void {
    const json = JSON.stringify(list.slice(-OUTBOX_LIMIT));
    try {
      this.storage.setItem(this.#key, json);
      this.#fallback = null;
    } catch {
      this.#fallback = json;
    }
  }

  add(answer: AnswerMessage): void {
    const list = this.pending().filter((a) => a.answerId !== answer.answerId);
    this.#save([...list, answer]);
  }

  /** The server took the answer (new or a resend): it no longer waits. */
  done(answerId: string): void {
    this.#save(this.pending().filter((a) => a.answerId !== answerId));
  }

  /**
   * Sends each waiting answer through `send` (which resolves true once the server acknowledged it)
   * and forgets those acknowledged; returns how many were.
   */
  async flush(send: (a: AnswerMessage) => Promise<boolean>): Promise<number> {
    let sent = 0;
    for (const a of this.pending()) {
      if (!(await send(a).catch(() => false))) break;
      this.done(a.answerId);
      sent++;
    }
    return sent;
  }
}
