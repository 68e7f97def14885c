/** Fetches an essay: the build's compiled form when there is one, else the Markdown, parsed here. */
import type { Essay } from './essay';

type Fetch = (u: string) => Promise<Response>;

/** Loads and parses the essay at `url`; the error says in plain words what went wrong. */
export async function loadEssay(url: string, fetchFn: Fetch = (u) => fetch(u)): Promise<Essay> {
  let text: string;
  try {
    const res = await fetchFn(url);
    if (!res.ok) throw new Error(`the server answered ${res.status}`);
    text = await res.text();
  } catch (e) {
    throw new Error(
      `The essay could not be loaded (${e instanceof Error ? e.message : String(e)}).`,
      { cause: e },
    );
  }
  const { parseEssay } = await import('./parse');
  return parseEssay(text);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The essay in a compiled file (see compile-essay.ts), or null when the file is not one this reader
 * knows. Only the shape is checked: the file is the app's own build output, not a reader's file.
 */
export function readCompiledEssay(json: unknown): Essay | null {
  if (!isObject(json) || json.format !== 1 || !isObject(json.essay)) return null;
  const e = json.essay;
  if (typeof e.title !== 'string' || !Array.isArray(e.passages) || !Array.isArray(e.warnings))
    return null;
  const passagesOk = e.passages.every(
    (p: unknown, i: number) =>
      isObject(p) &&
      typeof p.id === 'string' &&
      p.index === i &&
      Array.isArray(p.inlines) &&
      Array.isArray(p.refs) &&
      p.inlines.every((x: unknown) => isObject(x) && typeof x.text === 'string'),
  );
  return passagesOk ? (e as unknown as Essay) : null;
}

/**
 * Loads one of the app's own essays: the compiled file the build writes beside the Markdown, or, when
 * that is missing or not understood, the Markdown itself.
 */
export async function loadShippedEssay(
  markdownUrl: string,
  fetchFn: Fetch = (u) => fetch(u),
): Promise<Essay> {
  try {
    const res = await fetchFn(markdownUrl.replace(/\.md$/, '.json'));
    if (res.ok) {
      const essay = readCompiledEssay(await res.json());
      if (essay) return essay;
    }
  } catch {
    // Not there or not JSON: the Markdown says the same.
  }
  return loadEssay(markdownUrl, fetchFn);
}
