/**
 * The label font: PT Sans (ParaType drew it for Russian and Latin alike), the same files the page's
 * own text uses (@fontsource/pt-sans, declared in CSS by main.ts). The style names it in `text-font`
 * and has no `glyphs` URL, so MapLibre draws every label locally with it and no glyph server is ever
 * asked. Its CSS faces load one subset at a time, when a character of that subset is first drawn; the
 * map waits for all of them before its first style, or a label drawn early would keep a fallback font.
 *
 * (The style's `font-faces` would declare the files to MapLibre instead, but MapLibre registers them
 * under a new family name with each style, and the browser keeps a font cache entry for every name: a
 * few KB more on each map switch, for good.)
 */

/** One character of each subset the labels use: Latin, Latin Extended (Polish and Lithuanian
 * names), Cyrillic, and the letters Russian dropped in 1918 (Cyrillic Extended). */
export const LABEL_FONT_SAMPLE = 'Aa Łł Яя Ѣѣ';

/**
 * Resolves once `family` can draw every subset the labels use, or after `patienceMs` (a stalled font
 * file must not keep the map from appearing: its labels then use a fallback font); never rejects.
 */
export function labelFontReady(
  family: string,
  fonts: Pick<FontFaceSet, 'load'> | undefined = globalThis.document?.fonts,
  patienceMs = 3000,
): Promise<void> {
  if (!fonts) return Promise.resolve();
  return Promise.race([
    fonts.load(`400 16px "${family}"`, LABEL_FONT_SAMPLE).then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, patienceMs)),
  ]);
}
