/** Fetches an essay file and parses it; the parser is loaded on demand, beside the map. */
import type { Essay } from './essay';

/** Loads and parses the essay at `url`; the error says in plain words what went wrong. */
export async function loadEssay(
  url: string,
  fetchFn: (u: string) => Promise<Response> = (u) => fetch(u),
): Promise<Essay> {
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
