import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/essay/geodata';
import { scoreFile } from '../../../scripts/essay/evaluate';
import { linkEssay, linkText } from '../../../src/lib/story/linker';
import { parseEssay } from '../../../src/lib/story/parse';
import { buildGazetteer, cyrillicStem, foldToken, namesOf } from '../../../src/lib/story/gazetteer';

const gazetteer = loadGazetteer();
const found = (text: string) => linkText(text, gazetteer).map((p) => [p.text, p.ref]);

describe('foldToken and cyrillicStem', () => {
  it('meets transliteration variants', () => {
    expect(foldToken('Smolnyi')).toBe(foldToken('Smolny'));
    expect(foldToken('Kshesinskaia')).toBe(foldToken('Kshesinskaya'));
    expect(foldToken('Tsarskoe')).toBe(foldToken('Tsarskoye'));
    expect(foldToken('Liteiny')).toBe(foldToken('Liteyny'));
    expect(foldToken('Ösel')).toBe('osel');
    expect(foldToken('Smolny')).not.toBe(foldToken('Smolenka'));
  });
  it('stems Russian names so that case forms meet', () => {
    expect(cyrillicStem('Смольный')).toBe('смольн');
    expect(cyrillicStem('дворец')).toBe('двор');
    expect(cyrillicStem('Кронштадт')).toBe('кронштадт');
  });
});

describe('namesOf', () => {
  it('keeps names, not descriptions, addresses or house numbers', () => {
    const f = {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [0, 0] },
      properties: {
        name: {
          en: 'Gorokhovaya 2',
          ru: 'Гороховая, 2',
          period_en: 'Gorokhovaya 2 (All-Russian Cheka)',
          today_en: 'Former Warsaw Station (closed to trains in 2001)',
        },
      },
    };
    expect(namesOf(f, 'sites')).toEqual(['Gorokhovaya 2', 'Гороховая', 'All-Russian Cheka']);
  });
});

describe('buildGazetteer', () => {
  it('leaves out a name two features share, unless the data says which one it means', () => {
    const g = buildGazetteer([
      { ref: 'place:a', layer: 'places', name: 'A', names: ['Twinville'] },
      { ref: 'place:b', layer: 'places', name: 'B', names: ['Twinville'] },
      { ref: 'place:riga', layer: 'places', name: 'Riga', names: ['Riga'] },
      { ref: 'territory:livonia-riga', layer: 'territories', name: 'L', names: ['Riga'] },
    ]);
    expect(linkText('Twinville and Riga', g).map((p) => p.ref)).toEqual(['place:riga']);
  });
});

describe('linkText', () => {
  it('finds names in English and Russian, variants, possessives and case forms', () => {
    expect(
      found(
        "Lenin reached the Smolnyi; Kshesinskaya's balcony. В Смольном и в Зимнем дворце, у Петропавловской крепости.",
      ),
    ).toEqual([
      ['Smolnyi', 'site:smolny'],
      ['Kshesinskaya', 'site:kshesinskaya-mansion'],
      ['Смольном', 'site:smolny'],
      ['Зимнем дворце', 'site:winter-palace'],
      ['Петропавловской крепости', 'site:peter-and-paul-fortress'],
    ]);
  });
  it('prefers the longest name: the Finland Station over Finland, the Gulf of Finland over both', () => {
    expect(found('From the Finland Station across the Gulf of Finland to Finland.')).toEqual([
      ['Finland Station', 'site:finland-station'],
      ['Gulf of Finland', 'water:gulf-of-finland'],
      ['Finland', 'territory:finland'],
    ]);
  });
  it('links the bodies that stand for places, with a lower confidence', () => {
    const [mrc] = linkText('The Military Revolutionary Committee met.', gazetteer);
    expect(mrc).toMatchObject({ ref: 'site:smolny', text: 'Military Revolutionary Committee' });
    expect(mrc!.confidence).toBeLessThan(0.9);
    expect(found('the Cheka and the peace talks')).toEqual([
      ['Cheka', 'site:gorokhovaya-2'],
      ['peace talks', 'place:brest-litovsk'],
    ]);
  });
  it('trusts a lower-case match less, and does not propose a poet for a town', () => {
    const [upper] = linkText('the Admiralty', gazetteer);
    const [lower] = linkText('the admiralty', gazetteer);
    expect(lower!.confidence).toBeLessThan(upper!.confidence);
    expect(found('Pushkin wrote of the Bronze Horseman.')).toEqual([]);
  });
  it('copes with curly quotes and dashes', () => {
    expect(found('the Engineers’ Castle and Brest‑Litovsk')).toEqual([
      ['Engineers’ Castle', 'site:engineers-castle'],
      ['Brest‑Litovsk', 'place:brest-litovsk'],
    ]);
  });
  it('never throws, and returns spans inside the text', () => {
    for (const text of ['', '   ', '\u0000', '[[', 'ЧК'.repeat(50), 'a'.repeat(10_000)]) {
      for (const p of linkText(text, gazetteer)) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
      }
    }
  });
});

describe('linkEssay', () => {
  it('leaves alone what is already linked', () => {
    const essay = parseEssay('The [Smolny](site:smolny) and the Smolny again.');
    expect(linkEssay(essay, gazetteer).map((p) => [p.passage, p.start, p.text])).toEqual([
      [0, 19, 'Smolny'],
    ]);
  });
});

describe('the linker measured on essays marked by hand', () => {
  const dir = 'tests/fixtures/essays/';
  const files = readdirSync(dir).filter((f) => f !== 'README.md');
  it('has at least three test essays', () => expect(files.length).toBeGreaterThanOrEqual(3));
  it.each(files)('%s: recall ≥ 0.85 and precision ≥ 0.9', (file) => {
    const s = scoreFile(dir + file, gazetteer);
    expect(s.expected).toBeGreaterThanOrEqual(25);
    expect(s.recall, JSON.stringify(s.misses)).toBeGreaterThanOrEqual(0.85);
    expect(s.precision, JSON.stringify(s.wrong)).toBeGreaterThanOrEqual(0.9);
  });
});
