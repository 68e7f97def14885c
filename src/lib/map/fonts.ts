/**
 * The label font the app ships (PT Sans, which ParaType drew for Russian and Latin alike), declared
 * for MapLibre's `font-faces` so labels are drawn locally from these files and no glyph server is
 * ever asked. Spec: https://maplibre.org/maplibre-style-spec/root/#font-faces
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin from '@fontsource/pt-sans/files/pt-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/pt-sans/files/pt-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/pt-sans/files/pt-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt from '@fontsource/pt-sans/files/pt-sans-cyrillic-ext-400-normal.woff2?url';

/** The unicode ranges of each subset, as @fontsource/pt-sans 5 declares them in its CSS. */
const RANGES = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  latinExt:
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  cyrillicExt: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
};

/** The font-faces entry for a family name, with absolute URLs (MapLibre fetches them itself). */
export function fontFaces(family: string, base: string): FontFacesSpecification {
  const abs = (u: string) => new URL(u, base).href;
  const face = (url: string, range: string) => ({
    url: abs(url),
    'unicode-range': range.split(','),
  });
  return {
    [family]: [
      face(latin, RANGES.latin),
      face(latinExt, RANGES.latinExt),
      face(cyrillic, RANGES.cyrillic),
      face(cyrillicExt, RANGES.cyrillicExt),
    ],
  };
}
