/**
 * An essay read at build time: the app's own essays ship as the model the parser makes, so the first
 * view neither downloads the Markdown parser nor spends its time reading the essay.
 */
import { parseEssay } from './parse';

/** The version of the compiled form; a reader that does not know it reads the Markdown instead. */
export const COMPILED_ESSAY_FORMAT = 1;

/** The JSON text the build writes beside an essay's Markdown file. */
export function compileEssay(markdown: string): string {
  return JSON.stringify({ format: COMPILED_ESSAY_FORMAT, essay: parseEssay(markdown) });
}
