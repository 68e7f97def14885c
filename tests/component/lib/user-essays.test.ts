import 'fake-indexeddb/auto';
import { setImmediate as nextTask } from 'node:timers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  OPEN_ESSAY_KEY,
  UserEssays,
  type UserEssaysOptions,
} from '../../../src/lib/user-essays.svelte';
import {
  openEssayStore,
  type EssayRecord,
  type EssayStore,
} from '../../../src/lib/store/essay-store';
import type { LinkableFeature } from '../../../src/lib/story/gazetteer';
import { Atlas } from '../../../src/lib/atlas.svelte';
import { diskFetch } from '../app/disk-fetch';
import { parseRef } from '../../../src/lib/story/refs';
import { unmark } from '../../../scripts/essay/evaluate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEssayAsync, ReadCancelled } from '../../../src/lib/essay-reader';
import { MAX_ESSAY_BYTES } from '../../../src/lib/story/plain';

/**
 * jsdom has no BroadcastChannel (and Node's would reach the tabs of other test files); the tabs of
 * one test talk through this, a message arriving in a later task as in a browser.
 */
class FakeChannel {
  static open = new Set<FakeChannel>();
  onmessage: ((e: MessageEvent) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.add(this);
  }
  postMessage(data: unknown): void {
    for (const other of FakeChannel.open)
      if (other !== this && other.name === this.name)
        setTimeout(() => {
          if (FakeChannel.open.has(other))
            other.onmessage?.(new MessageEvent('message', { data: structuredClone(data) }));
        }, 0);
  }
  close(): void {
    FakeChannel.open.delete(this);
  }
}
vi.stubGlobal('BroadcastChannel', FakeChannel);

const smolny = {
  type: 'Feature',
  id: 'smolny',
  properties: {
    id: 'smolny',
    name: { en: 'Smolny Institute', ru: 'Смольный институт', today: 'Smolny Institute' },
  },
  geometry: { type: 'Point', coordinates: [30.3956, 59.9465] },
};
const features = new Map<string, LinkableFeature>([
  [
    'site:smolny',
    { key: 'site:smolny', source: 'sites', name: 'Smolny Institute', feature: smolny },
  ] as [string, LinkableFeature],
]);

const text = '---\ntitle: My essay\n---\n\nLenin reached the Smolny Institute that night.\n';

/** Every UserEssays a test started (a tab each), stopped after it. */
const tabs: UserEssays[] = [];

async function fresh(options?: UserEssaysOptions): Promise<{ u: UserEssays; reports: string[] }> {
  const reports: string[] = [];
  const u = new UserEssays((m) => reports.push(m), options);
  tabs.push(u);
  await u.start();
  return { u, reports };
}

beforeEach(async () => {
  localStorage.clear();
  const { u } = await fresh();
  for (const s of u.saved) await u.remove(s.id);
});
afterEach(async () => {
  // A save still waiting on its debounce would otherwise land in the next test's database.
  for (const u of tabs.splice(0)) {
    await u.flush();
    u.stop();
  }
  localStorage.clear();
});

describe('UserEssays', () => {
  it('reads an essay, proposes its links from the gazetteer, and keeps it across a reload', async () => {
    const { u, reports } = await fresh();
    expect(await u.importText(text, 'mine.md', features)).toBe(true);
    expect(reports).toEqual([]);
    expect(u.current?.name).toBe('My essay');
    expect(u.counts.proposed).toBeGreaterThan(0);
    expect(u.current?.decisions.map((d) => d.ref)).toContain('site:smolny');
    expect(u.saveState).toBe('saved');
    expect(localStorage.getItem(OPEN_ESSAY_KEY)).toBe(u.current?.id);

    const again = await fresh();
    expect(again.u.current?.id).toBe(u.current?.id);
    expect(again.u.saved.map((s) => s.name)).toEqual(['My essay']);
  });

  it('never writes over an essay of the same name', async () => {
    const { u } = await fresh();
    await u.importText(text, 'a.md', features);
    await u.importText(text, 'b.md', features);
    expect(u.saved.map((s) => s.name)).toEqual(['My essay (2)', 'My essay']);
  });

  it('makes an accepted link in the essay and exports it, the open proposals left out', async () => {
    const { u } = await fresh();
    await u.importText(text, 'mine.md', features);
    const proposal = u.current!.decisions.find((d) => d.ref === 'site:smolny')!;
    expect(u.exportMarkdown()).not.toContain('](site:smolny)');
    u.decide(proposal.id, 'accepted');
    expect(u.saveState).toBe('saving');
    expect(u.essay?.passages[0]?.refs).toEqual(['site:smolny']);
    expect(u.exportMarkdown()).toContain(`[${proposal.text}](site:smolny)`);
  });

  it('refuses a file it cannot read, with the reason, and keeps what was open', async () => {
    const { u, reports } = await fresh();
    await u.importText(text, 'mine.md', features);
    const open = u.current?.id;
    // jsdom's File has no arrayBuffer(); a stand-in with the same two members the import reads.
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    const binary = { name: 'photo.png', arrayBuffer: async () => bytes.buffer } as unknown as File;
    expect(await u.importFile(binary, features)).toBe(false);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/photo\.png/);
    expect(u.current?.id).toBe(open);
  });

  it('goes back to the atlas’s essay and forgets which was open, keeping it saved', async () => {
    const { u } = await fresh();
    await u.importText(text, 'mine.md', features);
    await u.close();
    expect(u.current).toBeNull();
    expect(localStorage.getItem(OPEN_ESSAY_KEY)).toBeNull();
    expect(u.saved).toHaveLength(1);
    await u.remove(u.saved[0]!.id);
    expect((await fresh()).u.saved).toEqual([]);
  });

  it('links words chosen by hand, replacing proposals that overlap them', async () => {
    const { u } = await fresh();
    await u.importText(text, 'mine.md', features);
    const proposal = u.current!.decisions.find((d) => d.ref === 'site:smolny')!;
    u.linkByHand(0, proposal.start, proposal.end, proposal.text, 'site:smolny');
    const overlapping = u.current!.decisions.filter(
      (d) => d.passage === 0 && d.start < proposal.end && d.end > proposal.start,
    );
    expect(overlapping).toEqual([expect.objectContaining({ by: 'hand', status: 'accepted' })]);
  });
});

/** Waits, task by task, for a check of the store to pass (it never uses the clock, which may be faked). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => nextTask(r));
  }
  throw new Error(`Never happened: ${what}`);
}

describe('a decision made just before the page is left', () => {
  const leave = {
    pagehide: () => window.dispatchEvent(new Event('pagehide')),
    'hidden page': () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    },
  };
  it.each(Object.keys(leave) as (keyof typeof leave)[])('is saved at once on a %s', async (how) => {
    const store = await openEssayStore();
    const { u } = await fresh();
    await u.importText(text, 'mine.md', features);
    const id = u.current!.id;
    const proposal = u.current!.decisions.find((d) => d.ref === 'site:smolny')!;
    // Time stands still, so the debounced save never comes: only the flush can save it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      u.decide(proposal.id, 'accepted');
      leave[how]();
      await until(
        async () =>
          (await store.get(id)).decisions.find((d) => d.id === proposal.id)?.status === 'accepted',
        'the decision saved',
      );
    } finally {
      vi.useRealTimers();
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});

describe('a saved essay whose text cannot be read', () => {
  it.each([
    ['empty', '  \n\t\n ', 'broken.txt', /its saved text is empty/],
    [
      'only front matter',
      '---\ntitle: Only a title\n---\n',
      'broken.md',
      /cannot be read as an essay \(.*no paragraphs/,
    ],
  ])(
    'when %s, is reported, listed as damaged, never opened, and can be exported and deleted',
    async (_, body, fileName, why) => {
      const store = await openEssayStore();
      const record: EssayRecord = {
        id: 'essay-broken',
        name: 'Broken essay',
        fileName,
        text: body,
        decisions: [],
        createdAt: 1,
        updatedAt: 2,
      };
      await store.put(record);
      localStorage.setItem(OPEN_ESSAY_KEY, record.id);

      const { u, reports } = await fresh();
      expect(u.current).toBeNull();
      expect(() => u.essay).not.toThrow();
      expect(u.essay).toBeNull();
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatch(/^“Broken essay” cannot be opened: /);
      expect(reports[0]).toMatch(why);
      expect(reports[0]).toMatch(/export its text or delete it/);
      expect(u.saved.map((s) => s.id)).toContain(record.id);
      expect(u.damaged).toEqual([expect.objectContaining({ id: record.id, name: 'Broken essay' })]);
      expect(u.rawText(record.id)).toEqual({ name: 'Broken essay', fileName, text: body });
      // The next visit starts on the atlas's essay instead of meeting it again.
      expect(localStorage.getItem(OPEN_ESSAY_KEY)).toBeNull();

      await u.remove(record.id);
      expect(u.damaged).toEqual([]);
      expect(u.saved.map((s) => s.id)).not.toContain(record.id);
      expect((await store.list()).essays.map((e) => e.id)).not.toContain(record.id);
    },
  );

  it('leaves the essay that was open as it was', async () => {
    const store = await openEssayStore();
    const { u, reports } = await fresh();
    await u.importText(text, 'mine.md', features);
    const open = u.current!.id;
    await store.put({
      id: 'essay-blank',
      name: 'Blank',
      fileName: 'blank.txt',
      text: '',
      decisions: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await u.open('essay-blank');
    expect(u.current?.id).toBe(open);
    expect(reports).toEqual([expect.stringMatching(/^“Blank” cannot be opened/)]);
  });
});

/** The real store, with reads that fail as a broken disk makes them fail while `broken.now`. */
function failingReads(store: EssayStore, broken: { now: boolean }): EssayStore {
  const fail = () => Promise.reject(new DOMException('disk error', 'UnknownError'));
  return {
    persistent: true,
    list: () => (broken.now ? fail() : store.list()),
    get: (id) => (broken.now ? fail() : store.get(id)),
    put: (r) => store.put(r),
    update: (r, ifMissing) => store.update(r, ifMissing),
    remove: (id) => store.remove(id),
  };
}

describe('when the browser cannot read the saved essays', () => {
  it('still lists them as last read and says that nothing has been deleted', async () => {
    const first = await fresh();
    await first.u.importText(text, 'mine.md', features);
    first.u.stop();

    const store = await openEssayStore();
    const broken = { now: true };
    const { u, reports } = await fresh({ openStore: async () => failingReads(store, broken) });
    expect(u.saved.map((s) => s.name)).toEqual(['My essay']);
    expect(u.current).toBeNull();
    expect(reports).toHaveLength(1);
    expect(u.storageProblem).toBe(reports[0]);
    expect(u.storageProblem).toMatch(/^The browser could not read your saved essays/);
    expect(u.storageProblem).toMatch(/Nothing has been deleted/);
    expect(u.storageProblem).toMatch(/reload the page/);

    // Once it can read them again, they open and the message goes.
    broken.now = false;
    await u.open(u.saved[0]!.id);
    expect(u.current?.name).toBe('My essay');
    expect(u.storageProblem).toBeNull();
  });

  it('keeps the list and the open essay when a later read fails', async () => {
    const store = await openEssayStore();
    const broken = { now: false };
    const { u, reports } = await fresh({ openStore: async () => failingReads(store, broken) });
    await u.importText(text, 'a.md', features);
    await u.importText(text, 'b.md', features);
    const [second, first] = u.saved;
    broken.now = true;
    await u.open(first!.id);
    expect(u.saved.map((s) => s.id)).toEqual([second!.id, first!.id]);
    expect(u.current?.id).toBe(second!.id);
    expect(reports.at(-1)).toMatch(/Nothing has been deleted/);
    expect(reports.at(-1)).toMatch(/export the essay you have open/);
    expect(u.storageProblem).toBe(reports.at(-1));
  });
});

describe('two tabs', () => {
  it('keep the decisions both made on one essay, and each takes in the other’s', async () => {
    const a = await fresh();
    await a.u.importText(text, 'mine.md', features);
    const id = a.u.current!.id;
    const b = await fresh();
    expect(b.u.current?.id).toBe(id);
    const smolny = a.u.current!.decisions.find((d) => d.ref === 'site:smolny')!;

    a.u.decide(smolny.id, 'accepted');
    b.u.linkByHand(0, 0, 5, 'Lenin', 'site:smolny');
    await a.u.flush();
    await b.u.flush();

    const stored = await (await openEssayStore()).get(id);
    expect(stored.decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: smolny.id, status: 'accepted' }),
        expect.objectContaining({ by: 'hand', text: 'Lenin', status: 'accepted' }),
      ]),
    );
    expect(a.u.saveState).toBe('saved');
    expect(b.u.saveState).toBe('saved');
    await vi.waitFor(() => {
      expect(a.u.current!.decisions.some((d) => d.by === 'hand')).toBe(true);
      expect(b.u.current!.decisions.find((d) => d.id === smolny.id)?.status).toBe('accepted');
    });
  });

  it('an essay deleted in one tab does not come back from an edit in the other', async () => {
    const a = await fresh();
    await a.u.importText(text, 'mine.md', features);
    const id = a.u.current!.id;
    const b = await fresh();
    const smolny = b.u.current!.decisions.find((d) => d.ref === 'site:smolny')!;

    b.u.decide(smolny.id, 'accepted');
    await a.u.remove(id);
    await b.u.flush();

    await vi.waitFor(() => expect(b.u.saved).toEqual([]));
    expect((await (await openEssayStore()).list()).essays).toEqual([]);
    // Nothing lost quietly: B says so, and its change is still there to export.
    expect(b.reports.filter((r) => /deleted in another tab/.test(r))).toHaveLength(1);
    expect(b.reports[0]).toMatch(/export the essay now/);
    expect(b.u.saveState).toBe('not saved');
    expect(b.u.exportMarkdown()).toContain('](site:smolny)');
  });

  it('an essay deleted in one tab closes in the other when it has nothing unsaved', async () => {
    const a = await fresh();
    await a.u.importText(text, 'mine.md', features);
    const b = await fresh();
    await a.u.remove(a.u.current!.id);
    await vi.waitFor(() => expect(b.u.current).toBeNull());
    expect(b.reports).toEqual(['“My essay” was deleted in another tab.']);
    expect(b.u.saved).toEqual([]);
  });

  it('a tab sees the essays imported in another', async () => {
    const a = await fresh();
    const b = await fresh();
    await b.u.importText(text, 'mine.md', features);
    await vi.waitFor(() => expect(a.u.saved.map((s) => s.name)).toEqual(['My essay']));
    expect(a.u.current).toBeNull();
  });
});

describe('UserEssays: a decision on a long essay', () => {
  it('does not read the essay’s text again (the same essay object stands)', async () => {
    const { u } = await fresh();
    await u.importText(text, 'mine.md', features);
    const base = u.base;
    const proposal = u.current!.decisions[0]!;
    u.decide(proposal.id, 'accepted');
    expect(u.current!.decisions[0]!.status).toBe('accepted');
    expect(u.base).toBe(base);
  });

  it('re-points the other open proposals of the same text, and accepts a group at once', async () => {
    const { u } = await fresh();
    const twice = '---\ntitle: T\n---\n\nThe Smolny at noon.\n\nThe Smolny at night.\n\nSmolny.\n';
    await u.importText(twice, 't.md', features);
    const [a, b, c] = u.current!.decisions;
    u.change(a!.id, 'site:winter-palace');
    const after = u.current!.decisions;
    expect(after.map((d) => [d.ref, d.status])).toEqual([
      ['site:winter-palace', 'accepted'],
      ['site:winter-palace', 'proposed'],
      ['site:winter-palace', 'proposed'],
    ]);
    expect(after[1]!.why).toBe('as you re-pointed “Smolny” in passage 1');
    u.acceptMany([b!.id, c!.id]);
    expect(u.counts).toMatchObject({ proposed: 0, accepted: 3 });
  });
});

describe('the CLI and the app give the same links (issue 16)', () => {
  it.each([
    'essays-outside/narrative-times.md',
    'essays-outside/russian-soviet.md',
    'essays-held-out/english.md',
    'essays-held-out/russian.md',
    'essays-held-out-2/treaty.md',
    'essays-held-out-2/russian.md',
    'essays-held-out-3/english.md',
    'essays-held-out-3/russian.md',
    'essays-held-out-3/treaty.md',
  ])(
    '%s',
    async (fixture) => {
      const { text } = unmark(readFileSync(`tests/fixtures/${fixture}`, 'utf8'));
      const file = join(mkdtempSync(join(tmpdir(), 'parity-')), fixture.split('/')[1]!);
      writeFileSync(file, text);
      const cli = JSON.parse(
        execFileSync('npx', ['tsx', 'scripts/essay/cli.ts', 'link', file, '--json'], {
          encoding: 'utf8',
        }),
      ) as {
        links: {
          passage: number;
          start: number;
          end: number;
          text: string;
          feature: string;
          layer: string;
          confidence: number;
          why: string;
        }[];
      };

      const appFeatures = await new Atlas(diskFetch).allFeatures();
      const { u } = await fresh();
      const bytes = new TextEncoder().encode(text);
      const upload = { name: file, arrayBuffer: async () => bytes.buffer } as unknown as File;
      expect(await u.importFile(upload, appFeatures)).toBe(true);
      const app = u.current!.decisions.map((d) => {
        const ref = parseRef(d.ref)!;
        return {
          passage: d.passage,
          start: d.start,
          end: d.end,
          text: d.text,
          feature: ref.id,
          layer: ref.source,
          confidence: d.confidence,
          why: d.why ?? '',
        };
      });
      expect(cli.links.length).toBeGreaterThanOrEqual(15);
      expect(app).toEqual(
        cli.links.map(({ passage, start, end, text, feature, layer, confidence, why }) => ({
          passage,
          start,
          end,
          text,
          feature,
          layer,
          confidence,
          why,
        })),
      );
    },
    60_000,
  );
});

describe('UserEssays: reading off the page', () => {
  /** A reader that, once told to hold, waits to be let go, telling one step of progress first. */
  function heldReader() {
    let release: () => void = () => {};
    const state = { holding: false };
    const read: typeof readEssayAsync = async (t, name, f, options = {}) => {
      if (state.holding) {
        options.onprogress?.({ kind: 'progress', job: 1, stage: 'linking', done: 1, total: 4 });
        await Promise.race([
          new Promise<void>((r) => (release = r)),
          new Promise<never>((_, reject) =>
            options.signal?.addEventListener('abort', () => reject(new ReadCancelled())),
          ),
        ]);
      }
      return readEssayAsync(t, name, f, { makeWorker: () => null });
    };
    return { read, release: () => release(), state };
  }

  it('shows how far an import has got, then opens the essay', async () => {
    const { read, release, state } = heldReader();
    const { u } = await fresh({ read });
    state.holding = true;
    const importing = u.importText(text, 'mine.md', features);
    await vi.waitFor(() => expect(u.reading?.stage).toBe('linking'));
    expect(u.reading).toEqual({
      name: 'mine.md',
      reopening: false,
      stage: 'linking',
      done: 1,
      total: 4,
      share: 0.625,
    });
    release();
    expect(await importing).toBe(true);
    expect(u.reading).toBeNull();
    expect(u.current?.name).toBe('My essay');
  });

  it('cancelling keeps the essay open as it was, and says nothing went wrong', async () => {
    const held = heldReader();
    const { u, reports } = await fresh({ read: held.read });
    await u.importText(text, 'first.md', features);
    const open = u.current;
    held.state.holding = true;
    const importing = u.importText(text.replace('My essay', 'Second'), 'b.md', features);
    await vi.waitFor(() => expect(u.reading).not.toBeNull());
    u.cancelReading();
    expect(await importing).toBe(false);
    expect(u.reading).toBeNull();
    expect(u.current).toBe(open);
    expect(u.saved.map((s) => s.name)).toEqual(['My essay']);
    expect(reports).toEqual([]);
  });

  it('reopens the last essay off the page, showing it as opening; cancelled, the atlas’s essay stays', async () => {
    const { u } = await fresh();
    await u.importText(text, 'mine.md', features);
    const held = heldReader();
    held.state.holding = true;
    const reports: string[] = [];
    const again = new UserEssays((m) => reports.push(m), { read: held.read });
    tabs.push(again);
    await again.start({ reopen: false });
    expect(again.current).toBeNull();
    const reopening = again.reopen();
    await vi.waitFor(() => expect(again.reading?.reopening).toBe(true));
    expect(again.reading?.name).toBe('My essay');
    again.cancelReading();
    await reopening;
    expect(again.current).toBeNull();
    expect(reports).toEqual([]);
  });

  it('refuses pasted text over the size limit up front, with the reason', async () => {
    let reads = 0;
    const { u, reports } = await fresh({
      read: (...args) => (reads++, readEssayAsync(...args)),
    });
    const big = 'Lenin reached the Smolny. '.repeat(Math.ceil(MAX_ESSAY_BYTES / 26) + 10);
    expect(await u.importText(big, 'Pasted essay', features)).toBe(false);
    expect(reads).toBe(0);
    expect(reports).toEqual([
      expect.stringMatching(
        /^“Pasted essay” is 1,000,\d{3} bytes .* a pasted essay may be at most 1,000,000 bytes \(1 MB\)/,
      ),
    ]);
    expect(u.current).toBeNull();
  });

  it('reports an essay that cannot be read as before', async () => {
    const { u, reports } = await fresh();
    expect(await u.importText('  \n\n ', 'empty.txt', features)).toBe(false);
    expect(await u.importText(`${'>'.repeat(60)} deep\n`, 'deep.md', features)).toBe(false);
    expect(reports).toEqual([
      '“empty.txt” has no paragraphs to show.',
      '“deep.md” could not be read: Line 1: block quotes and lists are nested 60 levels deep there, and an essay may nest them at most 50 levels deep. Remove the extra “>” marks or list indentation on that line and the lines around it.',
    ]);
  });
});
