import { describe, expect, it } from 'vitest';
import { EssaySource, essayFileName, type EssayHost } from '../../../src/app/essay-source.svelte';
import type { UserEssays } from '../../../src/lib/user-essays.svelte';
import { parseEssay } from '../../../src/lib/story/parse';

const atlasEssay = parseEssay('---\ntitle: How Lenin came to power\n---\n\nDual power.\n');
const ownEssay = parseEssay('---\ntitle: My essay\n---\n\nMy words.\n');

/** A stand-in for the reader's essays, recording what it is asked. */
function fakeUser() {
  const asked: string[] = [];
  const user = {
    essay: null as typeof ownEssay | null,
    current: null as { name: string } | null,
    importFile: async (file: File, features: ReadonlyMap<string, unknown>) => {
      asked.push(`file ${file.name} with ${features.size} features`);
      user.essay = ownEssay;
      user.current = { name: 'My essay: draft 2' };
      return true;
    },
    importText: async (_t: string, name: string) => (asked.push(`text ${name}`), false),
    open: async (id: string) => void asked.push(`open ${id}`),
    reopened: 0,
    reopen: async () => void user.reopened++,
    close: async () => void asked.push('close'),
    remove: async (id: string) => void asked.push(`remove ${id}`),
    exportMarkdown: () => '# My essay',
    rawText: (id: string) =>
      id === 'broken' ? { name: 'Broken: notes', fileName: 'notes.TXT', text: '  \n' } : null,
  };
  return { user, asked };
}

function setup(opts: { failDefault?: boolean; failUser?: boolean } = {}) {
  const reports: string[] = [];
  const downloads: [string, string][] = [];
  const { user, asked } = fakeUser();
  let release: () => void = () => {};
  const userReady = new Promise<void>((r) => (release = r));
  const host: EssayHost = {
    loadDefault: () =>
      opts.failDefault
        ? Promise.reject(new Error('The essay could not be loaded (404).'))
        : Promise.resolve(atlasEssay),
    loadUser: async () => {
      await userReady;
      if (opts.failUser) throw new Error('no IndexedDB code');
      return user as unknown as UserEssays;
    },
    download: (name, text) => downloads.push([name, text]),
  };
  const features = new Map([['site:smolny', { key: 'site:smolny', name: 'Smolny', feature: {} }]]);
  const source = new EssaySource(
    (m) => reports.push(m),
    async () => features as never,
    host,
  );
  let opened = 0;
  source.onopened = () => opened++;
  return { source, reports, downloads, asked, release, user, opened: () => opened };
}

describe('EssaySource', () => {
  it('shows at once the atlas’s essay the page read before mounting, without asking again', async () => {
    let asked = 0;
    const host: EssayHost = {
      loadDefault: async () => (asked++, atlasEssay),
      loadUser: () => new Promise(() => {}),
      download: () => {},
    };
    const source = new EssaySource(
      () => {},
      async () => new Map(),
      host,
      atlasEssay,
    );
    expect(source.essay).toBe(atlasEssay);
    expect(await source.defaultLoaded).toBe(atlasEssay);
    expect(asked).toBe(0);
  });
  it('shows the atlas’s essay until the reader opens one of their own', async () => {
    const { source, release } = setup();
    expect(source.essay).toBeNull();
    await source.defaultLoaded;
    expect(source.essay).toBe(atlasEssay);
    release();
    await source.importFile(new File(['x'], 'mine.md'));
    expect(source.essay).toBe(ownEssay);
  });

  it('keeps a file dropped before the reader’s essays have loaded, and opens it once they have', async () => {
    const { source, asked, release, opened } = setup();
    const importing = source.importFile(new File(['x'], 'early.md'));
    await Promise.resolve();
    expect(asked).toEqual([]);
    release();
    await importing;
    expect(asked).toEqual(['file early.md with 1 features']);
    expect(opened()).toBe(1);
  });

  it('names the links of an imported essay that open nothing, with their lines', async () => {
    const { source, release, reports, user } = setup();
    user.importText = async () => {
      user.essay = parseEssay(
        '---\ntitle: Mine\n---\n\nAt the [Smolny](site:smolny).\n\nIn [Narnia](territory:narnia) and [nowhere](site:nowhere).\n',
      );
      user.current = { name: 'Mine' };
      return true;
    };
    release();
    await source.importText('…', 'mine.md');
    expect(reports).toEqual([
      '“Mine” links to 2 features no map has: territory:narnia (line 7), site:nowhere (line 7). Those links open nothing; correct them in the file and import it again.',
    ]);
  });

  it('does not move the reader when an import was refused', async () => {
    const { source, release, opened, asked } = setup();
    release();
    await source.importText('   ', 'pasted');
    expect(asked).toEqual(['text pasted']);
    expect(opened()).toBe(0);
  });

  it('says why the atlas’s essay could not load, and settles with nothing', async () => {
    const { source, reports } = setup({ failDefault: true });
    expect(await source.defaultLoaded).toBeNull();
    expect(reports).toEqual(['The essay could not be loaded (404).']);
  });

  it('says when the reader’s essays cannot be opened, and an import then does nothing', async () => {
    const { source, reports, release } = setup({ failUser: true });
    release();
    await source.importFile(new File(['x'], 'a.md'));
    expect(reports).toEqual(['Your own essays cannot be opened: Error: no IndexedDB code']);
    expect(source.user).toBeNull();
  });

  it('exports the open essay under a file name made from its name', async () => {
    const { source, release, downloads } = setup();
    source.exportEssay();
    expect(downloads).toEqual([]);
    release();
    await source.importFile(new File(['x'], 'mine.md'));
    source.exportEssay();
    expect(downloads).toEqual([['My-essay-draft-2.md', '# My essay']]);
  });

  it('hands over a damaged essay’s text as saved, under its name and its own kind of file', async () => {
    const { source, release, downloads } = setup();
    release();
    await source.loadUser();
    source.exportRaw('fine');
    source.exportRaw('broken');
    expect(downloads).toEqual([['Broken-notes.TXT', '  \n']]);
  });

  it('opens a saved essay or goes back to the atlas’s own', async () => {
    const { source, release, asked, opened, user } = setup();
    release();
    await source.open('e1');
    await source.open(null);
    expect(asked).toEqual(['open e1', 'close']);
    // The essay open at the last visit was asked for once the reader's essays were on the page.
    expect(user.reopened).toBe(1);
    expect(opened()).toBe(2);
  });
});

describe('essayFileName', () => {
  it('joins letters and digits of any script with hyphens', () => {
    expect(essayFileName('  Октябрь 1917: «Смольный»! ')).toBe('Октябрь-1917-Смольный.md');
    expect(essayFileName('***')).toBe('essay.md');
  });
});
