/**
 * Where classes live: in the process's memory by default, in Redis when several processes share
 * them (a restarted process then loses nothing). Every class is forgotten after a day idle.
 */
import type { Redis } from 'ioredis';
import type { AnswerMessage } from '../src/lib/questions/answer';
import { IDLE_EXPIRY_MS, type ClassMode } from '../src/lib/class/protocol';

export interface ClassRecord {
  code: string;
  /** SHA-256 of the teacher's secret (the secret itself is never kept). */
  secretHash: string;
  view: string;
  mode: ClassMode;
  revealed: string[];
  ended: boolean;
  lastActive: number;
}

export interface ClassStore {
  /** Keeps a new class; false when the code is taken. */
  create(rec: ClassRecord): Promise<boolean>;
  get(code: string): Promise<ClassRecord | null>;
  put(rec: ClassRecord): Promise<void>;
  /** Keeps an answer; false when one with its id is already kept (a resend). */
  addAnswer(code: string, answer: AnswerMessage): Promise<boolean>;
  answers(code: string): Promise<AnswerMessage[]>;
}

export class MemoryClassStore implements ClassStore {
  readonly #classes = new Map<string, ClassRecord>();
  readonly #answers = new Map<string, Map<string, AnswerMessage>>();
  constructor(private readonly now: () => number = Date.now) {}

  #sweep(): void {
    const t = this.now();
    for (const [code, rec] of this.#classes)
      if (t - rec.lastActive > IDLE_EXPIRY_MS) {
        this.#classes.delete(code);
        this.#answers.delete(code);
      }
  }
  async create(rec: ClassRecord): Promise<boolean> {
    this.#sweep();
    if (this.#classes.has(rec.code)) return false;
    this.#classes.set(rec.code, { ...rec });
    this.#answers.set(rec.code, new Map());
    return true;
  }
  async get(code: string): Promise<ClassRecord | null> {
    this.#sweep();
    const rec = this.#classes.get(code);
    return rec ? { ...rec, revealed: [...rec.revealed] } : null;
  }
  async put(rec: ClassRecord): Promise<void> {
    this.#classes.set(rec.code, { ...rec, revealed: [...rec.revealed] });
  }
  async addAnswer(code: string, answer: AnswerMessage): Promise<boolean> {
    const kept = this.#answers.get(code);
    if (!kept || kept.has(answer.answerId)) return false;
    kept.set(answer.answerId, answer);
    return true;
  }
  async answers(code: string): Promise<AnswerMessage[]> {
    return [...(this.#answers.get(code)?.values() ?? [])];
  }
}

/** A class in Redis: `atlas:class:CODE` (its record as JSON) and `atlas:answers:CODE` (a hash by answer id). */
export class RedisClassStore implements ClassStore {
  constructor(private readonly redis: Redis) {}

  static key = (code: string) => `atlas:class:${code}`;
  static answersKey = (code: string) => `atlas:answers:${code}`;

  async create(rec: ClassRecord): Promise<boolean> {
    const ok = await this.redis.set(
      RedisClassStore.key(rec.code),
      JSON.stringify(rec),
      'PX',
      IDLE_EXPIRY_MS,
      'NX',
    );
    return ok === 'OK';
  }
  async get(code: string): Promise<ClassRecord | null> {
    const json = await this.redis.get(RedisClassStore.key(code));
    return json ? (JSON.parse(json) as ClassRecord) : null;
  }
  async put(rec: ClassRecord): Promise<void> {
    await this.redis
      .multi()
      .set(RedisClassStore.key(rec.code), JSON.stringify(rec), 'PX', IDLE_EXPIRY_MS)
      .pexpire(RedisClassStore.answersKey(rec.code), IDLE_EXPIRY_MS)
      .exec();
  }
  async addAnswer(code: string, answer: AnswerMessage): Promise<boolean> {
    const key = RedisClassStore.answersKey(code);
    const added = await this.redis.hsetnx(key, answer.answerId, JSON.stringify(answer));
    await this.redis.pexpire(key, IDLE_EXPIRY_MS);
    return added === 1;
  }
  async answers(code: string): Promise<AnswerMessage[]> {
    const all = await this.redis.hvals(RedisClassStore.answersKey(code));
    return all.map((j) => JSON.parse(j) as AnswerMessage);
  }
}
