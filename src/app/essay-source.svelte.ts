/**
 * Where the essay being read comes from: the atlas's own essay, or one the reader brought (their
 * essays' code loads after the first view). A file dropped or pasted before that code has loaded
 * waits for it; it is never dropped.
 */
import { saveTextFile } from '../lib/save-file';
import { unknownRefs, type Essay } from '../lib/story/essay';
import type { LinkableFeature } from '../lib/story/gazetteer';
import { loadShippedEssay } from '../lib/story/load-essay';
import type { UserEssays } from '../lib/user-essays.svelte';

/** What the essays need from the browser. */
export interface EssayHost {
  loadDefault(): Promise<Essay>;
  /** The reader's saved essays, once their code has loaded and their store has opened. */
  loadUser(report: (message: string) => void): Promise<UserEssays>;
  /** Hands the reader a file to keep. */
  download(fileName: string, text: string): void;
}

export const browserEssayHost: EssayHost = {
  loadDefault: () => loadShippedEssay('essays/default.md'),
  loadUser: async (report) => {
    const { UserEssays } = await import('../lib/user-essays.svelte');
    const u = new UserEssays(report);
    // The last essay open is opened once the page shows the reader's essays, so that its progress
    // shows and it can be cancelled (see EssaySource.loadUser).
    await u.start({ reopen: false });
    return u;
  },
  download: (fileName, text) => saveTextFile(fileName, text, 'text/markdown;charset=utf-8'),
};

/** A file name for an essay's title: letters and digits joined by hyphens. */
export function essayFileName(name: string): string {
  return `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'essay'}.md`;
}

export class EssaySource {
  /** The atlas's own essay, once loaded. */
  defaultEssay = $state.raw<Essay | null>(null);
  /** The reader's own essays, once their code has loaded. */
  user = $state.raw<UserEssays | null>(null);
  /** The essay shown: the reader's own when one is open, the atlas's otherwise. */
  readonly essay: Essay | null = $derived(this.user?.essay ?? this.defaultEssay);
  /** Settles once the atlas's essay has loaded (null when it could not be). */
  readonly defaultLoaded: Promise<Essay | null>;
  /** Called after an essay was imported or opened, so the reader starts at its top. */
  onopened: () => void = () => {};

  #report: (message: string) => void;
  #features: () => Promise<ReadonlyMap<string, LinkableFeature>>;
  #host: EssayHost;
  #userLoaded: Promise<UserEssays> | null = null;

  constructor(
    report: (message: string) => void,
    features: () => Promise<ReadonlyMap<string, LinkableFeature>>,
    host: EssayHost = browserEssayHost,
    /** The atlas's essay when the page read it before mounting, so the first render shows it. */
    shipped: Essay | null = null,
  ) {
    this.#report = report;
    this.#features = features;
    this.#host = host;
    this.defaultEssay = shipped;
    const loading = shipped ? Promise.resolve(shipped) : host.loadDefault();
    this.defaultLoaded = loading.then(
      (essay) => (this.defaultEssay = essay),
      (e: unknown) => {
        report(e instanceof Error ? e.message : String(e));
        return null;
      },
    );
  }

  /** Loads the reader's essays (once; later calls share the first). */
  loadUser(): Promise<UserEssays> {
    this.#userLoaded ??= this.#host.loadUser(this.#report).then(
      (u) => {
        this.user = u;
        void u.reopen();
        return u;
      },
      (e: unknown) => {
        this.#report(`Your own essays cannot be opened: ${String(e)}`);
        throw e;
      },
    );
    return this.#userLoaded;
  }

  async #ready(): Promise<UserEssays | null> {
    try {
      return this.user ?? (await this.loadUser());
    } catch {
      return null;
    }
  }

  /** Reads a file the reader chose or dropped, and opens it. */
  async importFile(file: File): Promise<void> {
    const u = await this.#ready();
    const features = await this.#features();
    if (u && (await u.importFile(file, features))) this.#opened(u, features);
  }

  /** Reads text the reader pasted, and opens it. */
  async importText(text: string, name: string): Promise<void> {
    const u = await this.#ready();
    const features = await this.#features();
    if (u && (await u.importText(text, name, features))) this.#opened(u, features);
  }

  /** An essay came in: the reader starts at its top, told of any link that names no feature. */
  #opened(u: UserEssays, features: ReadonlyMap<string, unknown>): void {
    this.onopened();
    const missing = u.essay ? unknownRefs(u.essay, features) : [];
    if (missing.length)
      this.#report(
        `“${u.current?.name ?? 'The essay'}” links to ${missing.length === 1 ? 'a feature' : `${missing.length} features`} no map has: ${missing
          .map((m) => `${m.ref} (line ${m.line})`)
          .join(', ')}. Those links open nothing; correct them in the file and import it again.`,
      );
  }

  /** Opens a saved essay, or the atlas's own (null). */
  async open(id: string | null): Promise<void> {
    this.onopened();
    const u = await this.#ready();
    await (id ? u?.open(id) : u?.close());
  }

  async remove(id: string): Promise<void> {
    await this.user?.remove(id);
  }

  /** Hands the reader the text of a damaged essay as it was saved, so that nothing is lost. */
  exportRaw(id: string): void {
    const raw = this.user?.rawText(id);
    if (!raw) return;
    const ext = /\.(md|markdown|txt)$/i.exec(raw.fileName)?.[0] ?? '.txt';
    this.#host.download(essayFileName(raw.name).replace(/\.md$/, ext), raw.text);
  }

  /** Hands the reader the open essay, with their links, as Markdown. */
  exportEssay(): void {
    const text = this.user?.exportMarkdown();
    if (!text || !this.user?.current) return;
    this.#host.download(essayFileName(this.user.current.name), text);
  }
}
