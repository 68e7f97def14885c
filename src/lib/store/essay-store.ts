/**
 * Where a reader's essays and link decisions are kept between visits: IndexedDB (through `idb`), or,
 * when the browser refuses storage, memory only, so that the app keeps working and says so.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { LinkDecision } from '../story/links';

/** One essay a reader brought, with every link decision made on it. */
export interface EssayRecord {
  id: string;
  /** The title shown in the list of essays. */
  name: string;
  fileName: string;
  /** The text as read from the file (or pasted), never changed afterwards. */
  text: string;
  decisions: LinkDecision[];
  createdAt: number;
  updatedAt: number;
}

/** What the list of saved essays shows. */
export interface EssaySummary {
  id: string;
  name: string;
  updatedAt: number;
}

/** Storage that failed, with what it means for the reader's work. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'unavailable' | 'full' | 'damaged' | 'failed',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export interface EssayStore {
  /** False when nothing survives a reload. */
  readonly persistent: boolean;
  /** The saved essays, newest first, and the ids of records that could not be read. */
  list(): Promise<{ essays: EssaySummary[]; damaged: string[] }>;
  get(id: string): Promise<EssayRecord>;
  /** Saves an essay as it is, over whatever is stored under its id. */
  put(record: EssayRecord): Promise<void>;
  /**
   * Saves the reader's changes to an essay, merged with whatever another tab saved meanwhile (read
   * and written in one transaction, so no tab's decisions are written over).
   * @param ifMissing what to do when no such essay is stored: `'skip'` for one deleted meanwhile
   *   (it must not come back), `'create'` for one never stored
   * @returns the essay as stored, or null when it was not (deleted meanwhile)
   */
  update(record: EssayRecord, ifMissing: 'create' | 'skip'): Promise<EssayRecord | null>;
  remove(id: string): Promise<void>;
}

const DB = 'atlas-1917';
const STORE = 'essays';

const isDecision = (d: unknown): d is LinkDecision => {
  const x = d as LinkDecision;
  return (
    !!x &&
    typeof x.id === 'string' &&
    Number.isInteger(x.passage) &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    typeof x.text === 'string' &&
    typeof x.ref === 'string' &&
    typeof x.confidence === 'number' &&
    ['proposed', 'accepted', 'rejected'].includes(x.status) &&
    ['linker', 'hand'].includes(x.by) &&
    (x.updatedAt === undefined || typeof x.updatedAt === 'number') &&
    (x.why === undefined || typeof x.why === 'string')
  );
};

/** Whether a stored value is a whole essay record (storage can hold anything). */
export function isEssayRecord(value: unknown): value is EssayRecord {
  const r = value as EssayRecord;
  return (
    !!r &&
    typeof r === 'object' &&
    typeof r.id === 'string' &&
    typeof r.name === 'string' &&
    typeof r.fileName === 'string' &&
    typeof r.text === 'string' &&
    Array.isArray(r.decisions) &&
    r.decisions.every(isDecision) &&
    typeof r.createdAt === 'number' &&
    typeof r.updatedAt === 'number'
  );
}

/**
 * One essay as two tabs left it: each decision as it was last changed in either (the later change
 * winning), and a link made by hand still replacing the decisions it overlapped when it was made,
 * so that those do not come back from the other tab's copy.
 */
export function mergeRecords(stored: EssayRecord, mine: EssayRecord): EssayRecord {
  const at = (d: LinkDecision) => d.updatedAt ?? 0;
  const byId = new Map<string, LinkDecision>();
  // Mine first, so the decisions keep the order this tab shows them in.
  for (const d of mine.decisions) byId.set(d.id, d);
  for (const d of stored.decisions) {
    const own = byId.get(d.id);
    if (!own || at(d) > at(own)) byId.set(d.id, d);
  }
  const all = [...byId.values()];
  const hand = all.filter((h) => h.by === 'hand');
  const decisions = all.filter(
    (d) =>
      !hand.some(
        (h) =>
          h !== d && h.passage === d.passage && h.start < d.end && h.end > d.start && at(d) < at(h),
      ),
  );
  return { ...mine, decisions, updatedAt: Math.max(stored.updatedAt, mine.updatedAt) };
}

/** The record `update` keeps, given what is stored under its id (undefined: nothing). */
function updated(
  stored: unknown,
  record: EssayRecord,
  ifMissing: 'create' | 'skip',
): EssayRecord | null {
  if (stored === undefined) return ifMissing === 'create' ? record : null;
  // A damaged record under the same id was this essay; the reader's copy is the one to keep.
  return isEssayRecord(stored) ? mergeRecords(stored, record) : record;
}

const summary = (r: EssayRecord): EssaySummary => ({
  id: r.id,
  name: r.name,
  updatedAt: r.updatedAt,
});

function failure(e: unknown, doing: string): StorageError {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError')
    return new StorageError(
      `The browser’s storage is full, so ${doing} failed. Export your essay to keep your work.`,
      'full',
    );
  return new StorageError(
    `${doing[0]!.toUpperCase()}${doing.slice(1)} failed (${e instanceof Error ? e.message : String(e)}). Export your essay to keep your work.`,
    'failed',
  );
}

class IndexedDbEssayStore implements EssayStore {
  readonly persistent = true;
  constructor(private db: IDBPDatabase) {}

  async list() {
    const all: unknown[] = await this.db.getAll(STORE);
    const essays: EssaySummary[] = [];
    const damaged: string[] = [];
    for (const v of all) {
      if (isEssayRecord(v)) essays.push(summary(v));
      else damaged.push(String((v as { id?: unknown } | null)?.id ?? '?'));
    }
    essays.sort((a, b) => b.updatedAt - a.updatedAt);
    return { essays, damaged };
  }

  async get(id: string) {
    const v: unknown = await this.db.get(STORE, id);
    if (v === undefined) throw new StorageError(`No saved essay has the id “${id}”.`, 'damaged');
    if (!isEssayRecord(v))
      throw new StorageError(
        'A saved essay is damaged and cannot be opened; the others are unaffected.',
        'damaged',
      );
    return v;
  }

  async put(record: EssayRecord) {
    try {
      await this.db.put(STORE, record);
    } catch (e) {
      throw failure(e, 'saving your essay');
    }
  }

  async update(record: EssayRecord, ifMissing: 'create' | 'skip') {
    try {
      const tx = this.db.transaction(STORE, 'readwrite');
      const write = async () => {
        const next = updated(await tx.store.get(record.id), record, ifMissing);
        if (next) await tx.store.put(next);
        return next;
      };
      // Both awaited together, so a failed commit is reported and never left unhandled.
      const [next] = await Promise.all([write(), tx.done]);
      return next;
    } catch (e) {
      throw failure(e, 'saving your essay');
    }
  }

  async remove(id: string) {
    try {
      await this.db.delete(STORE, id);
    } catch (e) {
      throw failure(e, 'deleting the essay');
    }
  }
}

/** Keeps essays for this visit only. */
export class MemoryEssayStore implements EssayStore {
  readonly persistent = false;
  #records = new Map<string, EssayRecord>();
  async list() {
    const essays = [...this.#records.values()].map(summary);
    essays.sort((a, b) => b.updatedAt - a.updatedAt);
    return { essays, damaged: [] };
  }
  async get(id: string) {
    const r = this.#records.get(id);
    if (!r) throw new StorageError(`No saved essay has the id “${id}”.`, 'damaged');
    return structuredClone(r);
  }
  async put(record: EssayRecord) {
    this.#records.set(record.id, structuredClone(record));
  }
  async update(record: EssayRecord, ifMissing: 'create' | 'skip') {
    const next = updated(this.#records.get(record.id), record, ifMissing);
    if (next) this.#records.set(record.id, structuredClone(next));
    return next && structuredClone(next);
  }
  async remove(id: string) {
    this.#records.delete(id);
  }
}

/**
 * Opens the reader's essay store. When the browser has no IndexedDB or refuses it (private modes,
 * blocked storage), the error says so and the caller falls back to `MemoryEssayStore`.
 */
export async function openEssayStore(
  options: { indexedDB?: IDBFactory | null } = {},
): Promise<EssayStore> {
  const factory = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
  if (!factory)
    throw new StorageError(
      'This browser does not let the page store data, so your essays last only until you close the page. Export them to keep them.',
      'unavailable',
    );
  try {
    const open = openDB(DB, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'id' });
      },
    });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the database did not open')), 5000),
    );
    return new IndexedDbEssayStore(await Promise.race([open, timeout]));
  } catch (e) {
    throw new StorageError(
      `Your essays cannot be saved in this browser (${e instanceof Error ? e.message : String(e)}); they last only until you close the page. Export them to keep them.`,
      'unavailable',
    );
  }
}
