import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  isEssayRecord,
  MemoryEssayStore,
  mergeRecords,
  openEssayStore,
  StorageError,
  type EssayRecord,
} from '../../../src/lib/store/essay-store';

const record = (id: string, updatedAt = 1): EssayRecord => ({
  id,
  name: `Essay ${id}`,
  fileName: `${id}.txt`,
  text: 'The Smolny.',
  decisions: [
    {
      id: '0:4-10',
      passage: 0,
      start: 4,
      end: 10,
      text: 'Smolny',
      ref: 'site:smolny',
      confidence: 0.9,
      status: 'accepted',
      by: 'linker',
    },
  ],
  createdAt: 1,
  updatedAt,
});

describe('openEssayStore (IndexedDB)', () => {
  it('keeps essays and their decisions, newest first', async () => {
    const store = await openEssayStore();
    expect(store.persistent).toBe(true);
    await store.put(record('a', 1));
    await store.put(record('b', 2));
    expect((await store.list()).essays.map((e) => e.id)).toEqual(['b', 'a']);
    expect(await store.get('a')).toEqual(record('a', 1));
    await store.remove('a');
    expect((await store.list()).essays.map((e) => e.id)).toEqual(['b']);
  });

  it('reports a damaged record without losing the others', async () => {
    const store = await openEssayStore();
    await store.put(record('good'));
    const db = await openDB('atlas-1917', 1);
    await db.put('essays', { id: 'bad', name: 42, decisions: 'no' });
    db.close();
    const { essays, damaged } = await store.list();
    expect(essays.map((e) => e.id)).toContain('good');
    expect(damaged).toEqual(['bad']);
    await expect(store.get('bad')).rejects.toThrow(/damaged/);
  });

  it('says so when the browser has no storage', async () => {
    await expect(openEssayStore({ indexedDB: null })).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'unavailable',
    });
  });
});

describe('update: two tabs saving one essay', () => {
  const proposal = record('x').decisions[0]!;
  const other = { ...proposal, id: '0:0-3', start: 0, end: 3, text: 'The', ref: 'site:other' };
  const base = (): EssayRecord => ({
    ...record('t', 1),
    decisions: [
      { ...proposal, status: 'proposed' },
      { ...other, status: 'proposed' },
    ],
  });

  it.each([
    ['IndexedDB', () => openEssayStore()],
    ['memory', async () => new MemoryEssayStore()],
  ])('keeps both tabs’ decisions in %s, the later change of each winning', async (_, open) => {
    const store = await open();
    await store.put(base());
    // Tab A accepts the first proposal; tab B, which never saw that, rejects the second.
    const a = base();
    a.decisions[0] = { ...a.decisions[0]!, status: 'accepted', updatedAt: 10 };
    a.updatedAt = 10;
    const b = base();
    b.decisions[1] = { ...b.decisions[1]!, status: 'rejected', updatedAt: 20 };
    b.updatedAt = 20;
    await store.update(a, 'skip');
    const kept = await store.update(b, 'skip');
    expect(kept?.decisions.map((d) => d.status)).toEqual(['accepted', 'rejected']);
    expect((await store.get('t')).decisions.map((d) => d.status)).toEqual(['accepted', 'rejected']);
    expect((await store.get('t')).updatedAt).toBe(20);
    // A later change in A wins over B's older one.
    a.decisions[1] = { ...a.decisions[1]!, status: 'accepted', updatedAt: 30 };
    await store.update(a, 'skip');
    expect((await store.get('t')).decisions.map((d) => d.status)).toEqual(['accepted', 'accepted']);
    await store.remove('t');
  });

  it.each([
    ['IndexedDB', () => openEssayStore()],
    ['memory', async () => new MemoryEssayStore()],
  ])('never brings back an essay deleted meanwhile in %s', async (_, open) => {
    const store = await open();
    expect(await store.update(record('gone'), 'skip')).toBeNull();
    await expect(store.get('gone')).rejects.toBeInstanceOf(StorageError);
    expect(await store.update(record('new'), 'create')).toEqual(record('new'));
    expect(await store.get('new')).toEqual(record('new'));
    await store.remove('new');
  });

  it('a link made by hand still replaces what it overlapped, whatever the other tab kept', () => {
    const stored = base();
    const hand = {
      ...proposal,
      id: '0:4-10:hand',
      ref: 'site:hand',
      by: 'hand' as const,
      confidence: 1,
      updatedAt: 50,
    };
    const mine = { ...base(), decisions: [base().decisions[1]!, hand] };
    expect(mergeRecords(stored, mine).decisions.map((d) => d.id)).toEqual(['0:0-3', '0:4-10:hand']);
    // Changed in the other tab after the hand link was made: that change is kept too.
    stored.decisions[0] = { ...stored.decisions[0]!, status: 'rejected', updatedAt: 60 };
    expect(mergeRecords(stored, mine).decisions.map((d) => d.id)).toEqual([
      '0:0-3',
      '0:4-10:hand',
      '0:4-10',
    ]);
  });
});

describe('MemoryEssayStore', () => {
  it('keeps copies, not the caller’s objects', async () => {
    const store = new MemoryEssayStore();
    const r = record('m');
    await store.put(r);
    r.name = 'changed';
    expect((await store.get('m')).name).toBe('Essay m');
    expect(store.persistent).toBe(false);
    await expect(store.get('nope')).rejects.toBeInstanceOf(StorageError);
  });
});

describe('isEssayRecord', () => {
  it('accepts a whole record and refuses anything else', () => {
    expect(isEssayRecord(record('x'))).toBe(true);
    for (const bad of [null, 1, 'x', {}, { ...record('x'), decisions: [{ id: 1 }] }])
      expect(isEssayRecord(bad)).toBe(false);
  });
  it('keeps why a proposal was made, when it is text', () => {
    const d = {
      id: '0:0-6',
      passage: 0,
      start: 0,
      end: 6,
      text: 'Smolny',
      ref: 'site:smolny',
      confidence: 0.9,
      status: 'proposed',
      by: 'linker',
    };
    expect(isEssayRecord({ ...record('x'), decisions: [{ ...d, why: 'the name “Smolny”' }] })).toBe(
      true,
    );
    expect(isEssayRecord({ ...record('x'), decisions: [{ ...d, why: 3 }] })).toBe(false);
  });
});
