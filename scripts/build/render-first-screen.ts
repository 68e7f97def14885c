/**
 * Draws the app's first screen as HTML, with the app's own components (Svelte's server renderer):
 * the header, the essay column with the title and the first section of the atlas's essay, and the map
 * column around an empty map. Loaded by the build through Vite (first-screen.ts), never by the page.
 */
import { render } from 'svelte/server';
import App from '../../src/App.svelte';
import type { Essay } from '../../src/lib/story/essay';
import { parseEssay } from '../../src/lib/story/parse';

/** The essay cut to its title and the passages of its first section (what a first screen holds). */
export function firstSection(essay: Essay): Essay {
  const section = essay.passages[0]?.section;
  const end = essay.passages.findIndex((p) => p.section !== section);
  return { ...essay, passages: essay.passages.slice(0, end < 0 ? undefined : end) };
}

/** The HTML the app draws before anything has loaded, given the essay's Markdown. */
export function renderFirstScreen(markdown: string): string {
  return render(App, { props: { essay: firstSection(parseEssay(markdown)) } }).body;
}
