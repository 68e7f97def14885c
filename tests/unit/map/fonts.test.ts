import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT_SAMPLE, labelFontReady } from '../../../src/lib/map/fonts';
import { MAP_IDS, MAPS } from '../../../src/lib/map/maps';

/** The unicode ranges of each face @fontsource/pt-sans declares for weight 400 (its CSS). */
const css = readFileSync('node_modules/@fontsource/pt-sans/400.css', 'utf8');
const subsets = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) =>
  m[1]!.split(',').map((r) => {
    const [a, b] = r.trim().replace('U+', '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
  }),
);
const inSubset = (cp: number, ranges: (readonly [number, number])[]) =>
  ranges.some(([a, b]) => cp >= a && cp <= b);

describe('the label font', () => {
  it('is asked for with a character of every subset the font has', async () => {
    expect(subsets).toHaveLength(4);
    const sample = [...LABEL_FONT_SAMPLE].map((c) => c.codePointAt(0)!);
    for (const ranges of subsets) expect(sample.some((cp) => inSubset(cp, ranges))).toBe(true);
    const asked: [string, string | undefined][] = [];
    await labelFontReady('PT Sans', {
      load: (font: string, text?: string) => {
        asked.push([font, text]);
        return Promise.resolve([]);
      },
    });
    expect(asked).toEqual([['400 16px "PT Sans"', LABEL_FONT_SAMPLE]]);
  });

  it('covers every character of every name a map can label', () => {
    const outside = new Set<string>();
    let names = 0;
    for (const id of MAP_IDS)
      for (const file of MAPS[id].files) {
        const text = readFileSync(`geodata/${file.file}`, 'utf8');
        for (const m of text.matchAll(
          /"(?:name|en|ru|period_en|period_ru|today_en|today_ru)":\s*"([^"]*)"/g,
        ))
          for (const c of (names++, m[1]!)) {
            const cp = c.codePointAt(0)!;
            if (!subsets.some((r) => inSubset(cp, r))) outside.add(c);
          }
      }
    expect(names).toBeGreaterThan(200);
    expect([...outside]).toEqual([]);
  });

  it('never holds the map back when the browser cannot load fonts, or loads them too slowly', async () => {
    await expect(labelFontReady('PT Sans', undefined)).resolves.toBeUndefined();
    await expect(
      labelFontReady('PT Sans', { load: () => Promise.reject(new Error('no')) }),
    ).resolves.toBeUndefined();
    const stalled = { load: () => new Promise<FontFace[]>(() => undefined) };
    const t0 = Date.now();
    await expect(labelFontReady('PT Sans', stalled, 50)).resolves.toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
