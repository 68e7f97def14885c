/**
 * The essays a reader brings: reading a file or pasted text, proposing links from the gazetteer,
 * keeping every decision in the browser as it is made, and exporting the result. Loaded on demand.
 */
import type { Essay } from './story/essay';
import { readEssay } from './story/import';
import { checkEssaySize, decodeEssayFile, ImportError, utf8Size } from './story/plain';
import { macrotask, progressShare, type GazetteerInput } from './story/read-job';
import { readEssayAsync, ReadCancelled, type ReadOptions, type ReadResult } from './essay-reader';
import {
  applyDecisions,
  decidedEssays,
  proposalsToDecisions,
  repoint,
  type LinkDecision,
} from './story/links';
import { essayToMarkdown } from './story/serialize';
import { gazetteerInput, type LinkableFeature } from './story/gazetteer';
import {
  MemoryEssayStore,
  mergeRecords,
  openEssayStore,
  StorageError,
  type EssayRecord,
  type EssayStore,
  type EssaySummary,
} from './store/essay-store';

/** Where the id of the essay last open is remembered, so a reload opens it again. */
export const OPEN_ESSAY_KEY = 'atlas-1917:open-essay';
/** The list of saved essays as last read, shown when the browser cannot read them. */
export const ESSAY_LIST_KEY = 'atlas-1917:essay-list';
/** The channel on which the tabs of the app tell each other that an essay changed. */
export const ESSAY_CHANNEL = 'atlas-1917-essays';

/** What the reader sees of the store's state. */
export type SaveState = 'saved' | 'saving' | 'not saved';

/** A saved essay whose text cannot be read as an essay: listed, never opened. */
export interface DamagedEssay {
  id: string;
  name: string;
  fileName: string;
  /** The text as it was saved, so that the reader can still take it away. */
  text: string;
  /** Why it cannot be opened, in plain words. */
  why: string;
}

/** What one tab tells the others. */
type Notice = { kind: 'changed' | 'removed'; id: string };

const isNotice = (v: unknown): v is Notice => {
  const n = v as Notice;
  return !!n && (n.kind === 'changed' || n.kind === 'removed') && typeof n.id === 'string';
};

/** An essay being read, as the reader is shown it. */
export interface Reading {
  /** The essay's name (its file name, or the title given to pasted text). */
  name: string;
  /** Opening a saved essay again, rather than importing a new one. */
  reopening: boolean;
  stage: 'reading' | 'linking';
  done: number;
  total: number;
  /** How much is done, from 0 to 1. */
  share: number;
}

export interface UserEssaysOptions {
  /** Opens the store the essays are kept in (the browser's, unless a test gives another). */
  openStore?: () => Promise<EssayStore>;
  /** Reads essay text (off the page's thread, unless a test gives another way). */
  read?: typeof readEssayAsync;
}

export class UserEssays {
  /** The saved essays, newest first. */
  saved = $state.raw<EssaySummary[]>([]);
  /** The essay being worked on, with its decisions. */
  current = $state.raw<EssayRecord | null>(null);
  saveState = $state<SaveState>('saved');
  /** Why the work is not being kept, in plain words (null: it is). */
  storageProblem = $state<string | null>(null);
  /** Saved essays found unreadable when opened; they stay listed so they can be exported or deleted. */
  damaged = $state.raw<DamagedEssay[]>([]);
  /** The essay being read and how far it has got (null: none). */
  reading = $state.raw<Reading | null>(null);

  // Each decision makes a new record with the same text: read the text again only when it changes
  // (a string compared by value), not at every decision (a long essay took seconds to read).
  readonly #text: string | null = $derived(this.current?.text ?? null);
  readonly #fileName: string | null = $derived(this.current?.fileName ?? null);
  /** The essay as read from its text, before any decision. */
  readonly base: Essay | null = $derived(
    this.#text === null ? null : readOnce(this.#text, this.#fileName ?? ''),
  );
  /** Shows a passage with its decisions, remaking only the passages whose decisions changed. */
  readonly #decided = decidedEssays();
  /** The essay as shown: accepted links made, open proposals marked. */
  readonly essay: Essay | null = $derived.by(() => {
    if (!this.base || !this.current) return null;
    return this.#decided(this.base, this.current.decisions);
  });
  readonly counts = $derived.by(() => {
    const c = { proposed: 0, accepted: 0, rejected: 0 };
    for (const d of this.current?.decisions ?? []) c[d.status]++;
    return c;
  });

  #store: EssayStore = new MemoryEssayStore();
  /** The linker's input for the last feature index seen (the atlas keeps one index until a map loads). */
  #gazetteerMemo: { of: ReadonlyMap<string, LinkableFeature>; input: GazetteerInput } | null = null;
  #read: typeof readEssayAsync;
  /** Stops the reading under way. */
  #readAbort: AbortController | null = null;
  #report: (message: string) => void;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #openStore: () => Promise<EssayStore>;
  /**
   * Ids this tab has seen stored. A save of one that is no longer there means another tab deleted
   * it, and it must not come back; one never stored (its first save failed) is saved afresh.
   */
  // Bookkeeping, not state: nothing renders from it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #known = new Set<string>();
  /** The damaged records last reported, so that a refresh does not report them again. */
  #damagedReported = '';
  /** The message shown while the store cannot be read, cleared once it can again. */
  #readProblem: string | null = null;
  #channel: BroadcastChannel | null = null;
  /** Essays already reported as deleted in another tab while open here with changes. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #goneReported = new Set<string>();
  /** Whether `start` could read the list of saved essays. */
  #listed = false;
  /** The save under way (it never rejects: failures are reported). */
  #saving: Promise<void> = Promise.resolve();

  constructor(report: (message: string) => void, options: UserEssaysOptions = {}) {
    this.#report = report;
    this.#openStore = options.openStore ?? (() => openEssayStore());
    this.#read = options.read ?? readEssayAsync;
  }

  /** Stops the essay being read; the essay open stays as it was. */
  cancelReading(): void {
    this.#readAbort?.abort();
  }

  /**
   * Reads essay text off the page's thread, showing how far it has got; one reading at a time (a
   * new one stops the last). What it reads is remembered, so that showing the essay reads it no more.
   * @returns null when cancelled
   */
  async #readText(
    text: string,
    fileName: string,
    name: string,
    features: GazetteerInput | null,
  ): Promise<ReadResult | null> {
    this.#readAbort?.abort();
    const controller = new AbortController();
    this.#readAbort = controller;
    const reopening = features === null;
    this.reading = { name, reopening, stage: 'reading', done: 0, total: 1, share: 0 };
    const options: ReadOptions = {
      signal: controller.signal,
      onprogress: (p) => {
        if (this.#readAbort === controller)
          this.reading = {
            name,
            reopening,
            stage: p.stage,
            done: p.done,
            total: p.total,
            share: progressShare(p),
          };
      },
    };
    try {
      const result = await this.#read(text, fileName, features, options);
      // The page takes a breath between taking in the result and drawing it: two tasks, not one long.
      await macrotask();
      if (controller.signal.aborted) return null;
      remember(text, fileName, result.essay);
      return result;
    } catch (e) {
      if (e instanceof ReadCancelled) return null;
      throw e;
    } finally {
      if (this.#readAbort === controller) {
        this.#readAbort = null;
        this.reading = null;
      }
    }
  }

  /**
   * Opens the store and (unless told to leave it for `reopen`) the essay open at the last visit.
   */
  async start(options: { reopen?: boolean } = {}): Promise<void> {
    try {
      this.#store = await this.#openStore();
    } catch (e) {
      this.storageProblem = e instanceof Error ? e.message : String(e);
      this.#store = new MemoryEssayStore();
    }
    this.#listen();
    this.#listed = await this.#refresh();
    if (options.reopen !== false) await this.reopen();
  }

  /** Opens the essay open at the last visit, if any, once the store has been read. */
  async reopen(): Promise<void> {
    if (!this.#listed) return;
    const last = safeLocal(() => localStorage.getItem(OPEN_ESSAY_KEY));
    if (last && this.saved.some((s) => s.id === last)) await this.open(last);
  }

  /** Stops listening to the page and the other tabs (the page or a test is done with it). */
  stop(): void {
    if (typeof window !== 'undefined') {
      window.removeEventListener('pagehide', this.#onPageHide);
      document.removeEventListener('visibilitychange', this.#onVisibility);
    }
    this.#channel?.close();
    this.#channel = null;
  }

  /** Saves a change still waiting for its save, at once. */
  flush(): Promise<void> {
    return this.#flush();
  }

  // A decision made just before the page is closed or left would otherwise wait for a save that
  // never comes; browsers give no later moment than these to write it.
  #onPageHide = (): void => void this.#flush();
  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.#flush();
  };

  #listen(): void {
    if (typeof window !== 'undefined') {
      window.addEventListener('pagehide', this.#onPageHide);
      document.addEventListener('visibilitychange', this.#onVisibility);
    }
    if (typeof BroadcastChannel === 'undefined' || !this.#store.persistent) return;
    try {
      this.#channel = new BroadcastChannel(ESSAY_CHANNEL);
      this.#channel.onmessage = (e: MessageEvent) => {
        if (isNotice(e.data)) void this.#heard(e.data);
      };
    } catch {
      // Without the channel each tab still merges its saves; it only sees the others' on reload.
      this.#channel = null;
    }
  }

  #tell(notice: Notice): void {
    try {
      this.#channel?.postMessage(notice);
    } catch {
      // A closed channel (the page is going away) has no one left to tell.
    }
  }

  /** Another tab saved or deleted an essay: the list, and the open essay, catch up with it. */
  async #heard({ kind, id }: Notice): Promise<void> {
    if (kind === 'removed') {
      this.#setSaved(this.saved.filter((s) => s.id !== id));
      this.damaged = this.damaged.filter((d) => d.id !== id);
      if (this.current?.id === id) await this.#deletedElsewhere(this.current);
      return;
    }
    await this.#refresh();
    const cur = this.current;
    if (cur?.id !== id) return;
    if (this.#saveTimer !== undefined) {
      // The save merges this tab's change with the other's and takes in the result.
      await this.#flush();
      return;
    }
    try {
      const stored = await this.#store.get(id);
      if (this.current?.id === id && !unreadable(stored)) this.#adopt(stored);
    } catch {
      // Not readable now: the next save merges with it all the same.
    }
  }

  /** Takes in what is stored of the open essay, keeping anything newer made here. */
  #adopt(stored: EssayRecord): void {
    const cur = this.current;
    if (!cur) return;
    const merged = mergeRecords(stored, cur);
    // The merge keeps this tab's own decision objects where nothing newer came: compared one by one,
    // not by writing thousands of decisions out as text after every save.
    const same =
      merged.decisions.length === cur.decisions.length &&
      merged.decisions.every((d, i) => d === cur.decisions[i]);
    if (!same) this.current = merged;
  }

  /** The open essay is gone from the store (deleted in another tab); its changes are not lost quietly. */
  async #deletedElsewhere(record: EssayRecord): Promise<void> {
    const unsaved = this.#saveTimer !== undefined || this.saveState !== 'saved';
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (unsaved) {
      this.saveState = 'not saved';
      // Said once: every later change to it meets the same missing record.
      if (this.#goneReported.has(record.id)) return;
      this.#goneReported.add(record.id);
      this.#report(
        `“${record.name}” was deleted in another tab, so your latest changes to it are not saved. They are still on screen here: export the essay now to keep them.`,
      );
      return;
    }
    this.#report(`“${record.name}” was deleted in another tab.`);
    // Not close(): that waits for the saves, and this may run inside one.
    this.current = null;
    safeLocal(() => localStorage.removeItem(OPEN_ESSAY_KEY));
  }

  /** @returns whether the store could be read */
  async #refresh(): Promise<boolean> {
    try {
      const { essays, damaged } = await this.#store.list();
      const ids = essays.map((e) => e.id);
      // An essay just imported here whose first save has not landed yet (or failed) stays listed.
      const unsaved = this.saved.filter((s) => !ids.includes(s.id) && !this.#known.has(s.id));
      this.#setSaved([...unsaved, ...essays]);
      for (const e of essays) this.#known.add(e.id);
      this.damaged = this.damaged.filter((d) => ids.includes(d.id));
      this.#readWorks();
      const reported = damaged.join('\n');
      if (damaged.length && reported !== this.#damagedReported)
        this.#report(
          `${damaged.length} saved essay${damaged.length === 1 ? ' is' : 's are'} damaged and cannot be opened; the others are unaffected.`,
        );
      this.#damagedReported = reported;
      return true;
    } catch (e) {
      this.#readFailed(e);
      return false;
    }
  }

  /** A read succeeded: a message that reads fail is out of date. */
  #readWorks(): void {
    if (this.#readProblem && this.storageProblem === this.#readProblem) this.storageProblem = null;
    this.#readProblem = null;
  }

  /** The list as shown, remembered so that a failed read can still show it. */
  #setSaved(list: EssaySummary[]): void {
    this.saved = list;
    safeLocal(() => localStorage.setItem(ESSAY_LIST_KEY, JSON.stringify(list)));
  }

  /**
   * The store could not be read: the list stays as last known, and the reader is told that their
   * essays are still there and what to do.
   */
  #readFailed(e: unknown): void {
    if (e instanceof StorageError && e.kind === 'damaged') {
      this.#report(e.message);
      return;
    }
    if (!this.saved.length) this.saved = rememberedList();
    const why = e instanceof Error ? e.message : String(e);
    const message = `The browser could not read your saved essays just now. Nothing has been deleted: reload the page to try again${this.current ? ', and export the essay you have open to keep a copy' : ''}. (The browser said: ${why})`;
    this.#readProblem = message;
    this.storageProblem = message;
    this.#report(message);
  }

  /** Reads a file the reader chose or dropped; an unreadable file is refused with the reason. */
  async importFile(file: File, features: ReadonlyMap<string, LinkableFeature>): Promise<boolean> {
    try {
      // Refused by its size before its bytes are even read.
      if (typeof file.size === 'number') checkEssaySize(file.size, file.name, 'file');
      const bytes = new Uint8Array(await file.arrayBuffer());
      return await this.#import(decodeEssayFile(bytes, file.name), file.name, features);
    } catch (e) {
      this.#report(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  /**
   * Reads essay text into a new saved essay (never over another one) and proposes its links.
   * @returns whether the essay could be read
   */
  async importText(
    text: string,
    fileName: string,
    features: ReadonlyMap<string, LinkableFeature>,
  ): Promise<boolean> {
    try {
      checkEssaySize(utf8Size(text), fileName, 'paste');
    } catch (e) {
      this.#report((e as ImportError).message);
      return false;
    }
    return this.#import(text, fileName, features);
  }

  /** @returns whether the essay could be read (false too when the reader cancelled) */
  async #import(
    text: string,
    fileName: string,
    features: ReadonlyMap<string, LinkableFeature>,
  ): Promise<boolean> {
    let essay: Essay;
    let proposals: ReadResult['proposals'];
    try {
      const read = await this.#readText(text, fileName, fileName, this.#gazetteer(features));
      if (!read) return false;
      ({ essay, proposals } = read);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.#report(e instanceof ImportError ? why : `“${fileName}” could not be read: ${why}`);
      return false;
    }
    const now = Date.now();
    const record: EssayRecord = {
      id: `essay-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      name: uniqueName(essay.title, this.saved),
      fileName,
      text,
      decisions: proposalsToDecisions(proposals ?? []),
      createdAt: now,
      updatedAt: now,
    };
    for (const w of essay.warnings) this.#report(`${record.name}: ${w}`);
    await this.#flush();
    this.current = record;
    this.#setSaved([{ id: record.id, name: record.name, updatedAt: now }, ...this.saved]);
    safeLocal(() => localStorage.setItem(OPEN_ESSAY_KEY, record.id));
    await this.#save();
    return true;
  }

  async open(id: string): Promise<void> {
    await this.#flush();
    let record: EssayRecord;
    try {
      record = await this.#store.get(id);
    } catch (e) {
      this.#readFailed(e);
      return;
    }
    this.#readWorks();
    this.#known.add(id);
    // Read off the page's thread first (a long essay froze the page at every reload, as the last
    // essay open), so that checking and showing it below find it read.
    if (record.text.trim()) {
      try {
        const read = await this.#readText(record.text, record.fileName, record.name, null);
        if (!read) return;
      } catch {
        // Said in plain words just below.
      }
    }
    // Checked before it is made current: a record that cannot be shown would break the page on
    // every load, as the last essay open.
    const why = unreadable(record);
    if (why) {
      this.#markDamaged(record, why);
      return;
    }
    this.current = record;
    safeLocal(() => localStorage.setItem(OPEN_ESSAY_KEY, id));
  }

  #markDamaged(record: EssayRecord, why: string): void {
    // Forgotten as the essay to reopen, so the next visit starts on the atlas's essay.
    if (safeLocal(() => localStorage.getItem(OPEN_ESSAY_KEY)) === record.id)
      safeLocal(() => localStorage.removeItem(OPEN_ESSAY_KEY));
    const { id, name, fileName, text } = record;
    this.damaged = [...this.damaged.filter((d) => d.id !== id), { id, name, fileName, text, why }];
    this.#report(
      `“${name}” cannot be opened: ${why}. It stays in your list, marked as damaged; you can export its text or delete it.`,
    );
  }

  /** The text of a damaged essay as it was saved, to export (null: no such damaged essay). */
  rawText(id: string): { name: string; fileName: string; text: string } | null {
    const d = this.damaged.find((x) => x.id === id);
    return d ? { name: d.name, fileName: d.fileName, text: d.text } : null;
  }

  /** Goes back to the atlas's own essay; the reader's essays stay saved. */
  async close(): Promise<void> {
    await this.#flush();
    this.current = null;
    safeLocal(() => localStorage.removeItem(OPEN_ESSAY_KEY));
  }

  async remove(id: string): Promise<void> {
    // A change waiting to be saved would write the essay back once it is deleted.
    const pending = this.current?.id === id && this.#saveTimer !== undefined;
    if (pending) {
      clearTimeout(this.#saveTimer);
      this.#saveTimer = undefined;
    }
    try {
      await this.#store.remove(id);
      this.#setSaved(this.saved.filter((s) => s.id !== id));
      this.damaged = this.damaged.filter((d) => d.id !== id);
      this.#tell({ kind: 'removed', id });
      if (this.current?.id === id) await this.close();
    } catch (e) {
      this.#fail(e);
      if (pending) await this.#save();
    }
  }

  /** Accepts, rejects or reopens one decision. */
  decide(id: string, status: LinkDecision['status']): void {
    this.#update((ds) => ds.map((d) => (d.id === id ? { ...d, status } : d)));
  }

  /**
   * Points a proposal at another feature, which accepts it; the open proposals of the same text and
   * feature follow it (re-pointing “the Nevsky” once re-points the others).
   */
  change(id: string, ref: string): void {
    this.#update((ds) => repoint(ds, id, ref));
  }

  /** Accepts the open proposals given (a group of one text and feature). */
  acceptMany(ids: readonly string[]): void {
    this.#update((ds) =>
      ds.map((d) =>
        d.status === 'proposed' && ids.includes(d.id) ? { ...d, status: 'accepted' } : d,
      ),
    );
  }

  /** Accepts every open proposal at or above a confidence. */
  acceptAll(minConfidence: number): void {
    this.#update((ds) =>
      ds.map((d) =>
        d.status === 'proposed' && d.confidence >= minConfidence ? { ...d, status: 'accepted' } : d,
      ),
    );
  }

  /** Links a span chosen by hand; decisions that overlapped it give way. */
  linkByHand(passage: number, start: number, end: number, text: string, ref: string): void {
    const id = `${passage}:${start}-${end}:hand`;
    this.#update((ds) => [
      ...ds.filter((d) => d.passage !== passage || d.end <= start || d.start >= end),
      { id, passage, start, end, text, ref, confidence: 1, status: 'accepted', by: 'hand' },
    ]);
  }

  /** The essay in the project's Markdown, with the accepted links only. */
  exportMarkdown(): string | null {
    if (!this.base || !this.current) return null;
    return essayToMarkdown(applyDecisions(this.base, this.current.decisions).essay);
  }

  #gazetteer(features: ReadonlyMap<string, LinkableFeature>): GazetteerInput {
    if (this.#gazetteerMemo?.of !== features)
      this.#gazetteerMemo = { of: features, input: gazetteerInput(features.values()) };
    return this.#gazetteerMemo.input;
  }

  #update(change: (ds: LinkDecision[]) => LinkDecision[]): void {
    const cur = this.current;
    if (!cur) return;
    const now = Date.now();
    // Each changed decision carries its time, which is what merging another tab's saves goes by.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup within this call
    const before = new Set(cur.decisions);
    const decisions = change(cur.decisions).map((d) =>
      before.has(d) ? d : { ...d, updatedAt: now },
    );
    this.current = { ...cur, decisions, updatedAt: now };
    this.saveState = 'saving';
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.#save(), 250);
  }

  /** Saves a change still waiting, and waits for any save under way. */
  async #flush(): Promise<void> {
    if (this.#saveTimer === undefined) return this.#saving;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    await this.#save();
  }

  /** One save at a time, in order, so that a later save never lands before an earlier one. */
  #save(): Promise<void> {
    this.#saveTimer = undefined;
    const run = this.#saving.then(() => this.#write());
    this.#saving = run;
    return run;
  }

  async #write(): Promise<void> {
    const record = this.current;
    if (!record) return;
    try {
      // The record is raw state, never a proxy: handed to the store as it is (copying a long
      // essay's thousands of decisions first held the page for a third of a second).
      const mine = record;
      const stored = await this.#store.update(mine, this.#known.has(mine.id) ? 'skip' : 'create');
      if (!stored) {
        // Deleted in another tab: writing it back would undo that deletion.
        if (this.current?.id === record.id) await this.#deletedElsewhere(record);
        return;
      }
      this.#known.add(stored.id);
      if (this.current?.id === stored.id) this.#adopt(stored);
      this.saveState =
        this.#saveTimer !== undefined ? 'saving' : this.#store.persistent ? 'saved' : 'not saved';
      this.#setSaved(
        this.saved.map((s) => (s.id === stored.id ? { ...s, updatedAt: stored.updatedAt } : s)),
      );
      this.#tell({ kind: 'changed', id: stored.id });
    } catch (e) {
      this.saveState = 'not saved';
      this.#fail(e);
    }
  }

  #fail(e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof StorageError && e.kind !== 'damaged') this.storageProblem = message;
    this.#report(message);
  }
}

/** The last text read, so that checking, importing and showing an essay read it once (a long one takes seconds). */
let lastRead: { text: string; fileName: string; essay: Essay } | null = null;

/** `readEssay`, remembering the last text it read. */
function readOnce(text: string, fileName: string): Essay {
  if (lastRead && lastRead.text === text && lastRead.fileName === fileName) return lastRead.essay;
  const essay = readEssay(text, fileName);
  remember(text, fileName, essay);
  return essay;
}

/** Remembers an essay as read from its text (read elsewhere: in the worker). */
function remember(text: string, fileName: string, essay: Essay): void {
  lastRead = { text, fileName, essay };
}

/** Why a stored essay cannot be shown, in plain words (null: it can). */
function unreadable(record: EssayRecord): string | null {
  if (!record.text.trim()) return 'its saved text is empty';
  try {
    readOnce(record.text, record.fileName);
    return null;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return `its saved text cannot be read as an essay (${why.replace(/\.$/, '')})`;
  }
}

/** The list of saved essays as this browser last read it (empty when it never did). */
function rememberedList(): EssaySummary[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(ESSAY_LIST_KEY) ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (s): s is EssaySummary =>
        !!s &&
        typeof s.id === 'string' &&
        typeof s.name === 'string' &&
        typeof s.updatedAt === 'number',
    );
  } catch {
    return [];
  }
}

/** A name not yet used by a saved essay: “Title”, then “Title (2)”. */
function uniqueName(title: string, saved: readonly EssaySummary[]): string {
  const names = new Set(saved.map((s) => s.name));
  if (!names.has(title)) return title;
  for (let n = 2; ; n++) if (!names.has(`${title} (${n})`)) return `${title} (${n})`;
}

/** localStorage can throw (blocked storage); losing the “last open” hint is harmless. */
function safeLocal<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
