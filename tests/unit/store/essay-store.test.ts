import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  isEssayRecord,
  MemoryEssayStore,
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
});
