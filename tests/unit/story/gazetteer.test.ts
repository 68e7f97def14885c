import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  bodyShortNames,
  buildGazetteer,
  cyrillicStem,
  foldToken,
  gazetteerInput,
  gazetteerOf,
  indexKey,
  namesOf,
  plain,
  tokenize,
  type Term,
} from '../../../src/lib/story/gazetteer';

const point = (name: Record<string, unknown> | null): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [30.3, 59.9] },
  properties: name === null ? null : { name },
});

const termsOf = (terms: Term[], ref: string) =>
  terms.filter((t) => t.ref === ref).map((t) => [t.text, t.confidence]);

describe('foldToken', () => {
  it.each([
    ['Smolnyi', 'smolny'],
    ['Smolnyy', 'smolny'],
    ['Smolnyii', 'smolny'],
    ['Kschessinska', 'kshesinska'],
    ['Kshesinskaia', 'kshesinskaya'],
    ['Tsarskoie', 'tsarskoe'],
    ['Tsarskoye', 'tsarskoe'],
    ['Liteiny', 'liteyny'],
    ['ÖSEL', 'osel'],
    ['Zürich', 'zurich'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldToken(word)).toBe(folded);
  });

  it.each([
    // The English accounts of 1917–1930s and the German and French systems (issue 16).
    ['Smolni', 'Smolny'],
    ['Nikolaievsky', 'Nikolayevsky'],
    ['Nikolajewsky', 'Nikolaevsky'],
    ['Tzarskoe', 'Tsarskoye'],
    ['Gorohovaya', 'Gorokhovaya'],
    ['Newa', 'Neva'],
    ['Tchernov', 'Chernov'],
    ['Kschessinska', 'Kshesinska'],
  ])('meets %s and %s', (a, b) => {
    expect(foldToken(a)).toBe(foldToken(b));
  });

  it('keeps words that differ apart', () => {
    expect(foldToken('Smolny')).not.toBe(foldToken('Smolenka'));
    expect(foldToken('Riga')).not.toBe(foldToken('Rega'));
  });

  it('only lowers the case of Cyrillic words and drops their diacritics', () => {
    expect(foldToken('Смольный')).toBe('смольныи');
    expect(foldToken('Ёлка')).toBe('елка');
    // Latin rules such as doubled letters do not apply to Cyrillic.
    expect(foldToken('Пулково')).toBe('пулково');
    expect(foldToken('Кронштадтт')).toBe('кронштадтт');
  });
});

describe('plain', () => {
  it('writes the pre-1918 letters of Russian as today, and drops a final hard sign', () => {
    expect(plain('Николаевскій вокзалъ')).toBe('николаевскии вокзал');
    expect(plain('Невскій проспектъ, мѣсто')).toBe('невскии проспект, место');
    // A hard sign inside a word stays: it is spelled so today too.
    expect(plain('подъезд')).toBe('подъезд');
  });
});

describe('cyrillicStem', () => {
  it.each([
    ['Нева', 'нев'],
    ['Невы', 'нев'],
    ['Смольный', 'смольн'],
    ['дворец', 'двор'],
    ['дворце', 'дворц'],
    ['Кронштадта', 'кронштадт'],
    ['Литвы', 'литв'],
  ])('stems %s to %s', (word, stem) => {
    expect(cyrillicStem(word)).toBe(stem);
  });

  it('keeps words of three letters or fewer whole', () => {
    expect(cyrillicStem('ВРК')).toBe('врк');
    expect(cyrillicStem('ЧК')).toBe('чк');
    expect(cyrillicStem('Ева')).toBe('ева');
  });

  it('never cuts a stem below three letters', () => {
    expect(cyrillicStem('Уфая')).toBe('уфа');
    expect(cyrillicStem('Оаэя')).toBe('оаэ');
  });
});

describe('tokenize', () => {
  it('gives each run of letters or digits with its offsets, in any script', () => {
    const text = "Peter & Paul's, 1917—Смольный!";
    const tokens = tokenize(text);
    expect(tokens).toEqual([
      { word: 'Peter', start: 0, end: 5 },
      { word: 'Paul', start: 8, end: 12 },
      { word: 's', start: 13, end: 14 },
      { word: '1917', start: 16, end: 20 },
      { word: 'Смольный', start: 21, end: 29 },
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('finds nothing in punctuation and space', () => {
    expect(tokenize(' — , … ')).toEqual([]);
  });
});

describe('indexKey', () => {
  it('stems Cyrillic tokens and leaves others as they are', () => {
    expect(indexKey('невы', true)).toBe('нев');
    expect(indexKey('smolnyi', false)).toBe('smolnyi');
  });
});

describe('namesOf', () => {
  it('reads every name field but the language tags', () => {
    const f = point({ en: 'Smolny Institute', ru: 'Смольный институт', en_lang: 'English' });
    expect(namesOf(f, 'sites')).toEqual(['Smolny Institute', 'Смольный институт']);
  });

  it('splits at parentheses, commas and slashes, and lists each name once', () => {
    const f = point({ en: 'Reval (Tallinn)', period_en: 'Reval / Revel', ru: 'Ревель, Таллин' });
    expect(namesOf(f, 'places')).toEqual(['Reval', 'Tallinn', 'Revel', 'Ревель', 'Таллин']);
  });

  it('leaves out descriptions, years, short words and long phrases', () => {
    const f = point({
      en: 'The old fortress',
      period_en: 'Former barracks',
      today_en: 'Museum since 1924',
      ru: 'Ив',
      note: 'One two three four five six',
      count: 7,
    });
    expect(namesOf(f, 'sites')).toEqual([]);
  });

  it('skips the today names of territories only', () => {
    const name = { en: 'Courland', today_en: 'Latvia' };
    expect(namesOf(point(name), 'territories')).toEqual(['Courland']);
    expect(namesOf(point(name), 'places')).toEqual(['Courland', 'Latvia']);
  });

  it('is empty for a feature without names', () => {
    expect(namesOf(point(null), 'sites')).toEqual([]);
    expect(namesOf(point({}), 'sites')).toEqual([]);
  });

  it('does not change the feature', () => {
    const f = point({ en: 'Reval (Tallinn)' });
    const before = structuredClone(f);
    namesOf(f, 'places');
    expect(f).toEqual(before);
  });
});

describe('buildGazetteer', () => {
  // Refs not in gazetteer-data, so only their geodata names count.
  const testville = { ref: 'place:testville', layer: 'places', name: 'Testville' };

  it('keeps each feature by reference, without its names', () => {
    const g = buildGazetteer([{ ...testville, names: ['Testville'] }]);
    expect([...g.features.entries()]).toEqual([['place:testville', testville]]);
  });

  it('gives a geodata name confidence 0.95 and describes its form', () => {
    const g = buildGazetteer([
      { ...testville, names: ['Testville', 'Тестоград', 'old Testville'] },
    ]);
    expect(g.terms).toEqual([
      {
        ref: 'place:testville',
        text: 'Testville',
        tokens: ['testvile'],
        confidence: 0.95,
        capitalised: true,
        cyrillic: false,
      },
      {
        ref: 'place:testville',
        text: 'Тестоград',
        tokens: ['тестоград'],
        confidence: 0.95,
        capitalised: true,
        cyrillic: true,
      },
      {
        ref: 'place:testville',
        text: 'old Testville',
        tokens: ['old', 'testvile'],
        confidence: 0.95,
        capitalised: false,
        cyrillic: false,
      },
    ]);
  });

  it('indexes terms by their first token, Cyrillic ones by its stem', () => {
    const g = buildGazetteer([{ ...testville, names: ['Testville', 'Testville Bay', 'Тестова'] }]);
    expect([...g.index.keys()]).toEqual(['testvile', 'тестов']);
    expect(g.index.get('testvile')!.map((t) => t.text)).toEqual(['Testville', 'Testville Bay']);
  });

  it('leaves out names two features share and the stop terms', () => {
    const g = buildGazetteer([
      { ...testville, names: ['Twin Town', 'Pushkin', 'Testville'] },
      { ref: 'place:other', layer: 'places', name: 'Other', names: ['twin town', 'MOON'] },
    ]);
    expect(g.terms.map((t) => t.text)).toEqual(['Testville']);
  });

  it('counts a name a feature gives twice as one', () => {
    const g = buildGazetteer([{ ...testville, names: ['Testville', 'testville'] }]);
    expect(termsOf(g.terms, 'place:testville')).toEqual([['testville', 0.95]]);
  });

  it('adds the curated variants of a feature it is given, and of no other', () => {
    const g = buildGazetteer([
      { ref: 'site:palace-bridge', layer: 'sites', name: 'Palace Bridge', names: [] },
    ]);
    expect(termsOf(g.terms, 'site:palace-bridge')).toEqual([
      ['Palace Bridge', 0.9],
      ['Dvortsovy Bridge', 0.9],
      ['Дворцовый мост', 0.9],
    ]);
    expect(g.terms.every((t) => t.ref === 'site:palace-bridge')).toBe(true);
  });

  it('keeps the words a variant needs in its sentence (a canal named where the Nevsky is)', () => {
    const g = buildGazetteer([
      { ref: 'site:kazan-cathedral', layer: 'sites', name: 'Kazan Cathedral', names: [] },
    ]);
    expect(g.terms.find((t) => t.text === 'Ekaterininsky Canal')).toMatchObject({
      confidence: 0.65,
      near: ['Nevsky', 'Невский'],
    });
    expect(g.terms.find((t) => t.text === 'Kazan Cathedral')?.near).toBeUndefined();
  });

  it('gives the Russian form of an English name the feature the English name means', () => {
    const g = buildGazetteer([
      { ref: 'place:helsingfors', layer: 'places', name: 'Helsingfors', names: ['Helsinki'] },
      { ref: 'place:a', layer: 'places', name: 'A', names: [] },
    ]);
    // At the confidence of the English name (a curated variant here, 0.9).
    expect(g.terms.find((t) => t.text === 'Хельсинки')).toMatchObject({
      ref: 'place:helsingfors',
      confidence: 0.9,
    });
    // No feature is named Riga here, so its Russian form means nothing either.
    expect(g.terms.find((t) => t.text === 'Рига')).toBeUndefined();
  });

  it('lets a curated variant settle a name the geodata gives two features', () => {
    const g = buildGazetteer([
      { ref: 'place:riga', layer: 'places', name: 'Riga', names: ['Riga'] },
      { ref: 'territory:livonia-riga', layer: 'territories', name: 'Livonia', names: ['Riga'] },
    ]);
    expect(g.terms.filter((t) => t.text === 'Riga')).toMatchObject([
      { ref: 'place:riga', confidence: 0.9 },
    ]);
  });

  it('takes an entity at its own confidence, below the names', () => {
    const g = buildGazetteer([
      { ref: 'site:mariinsky-palace', layer: 'sites', name: 'Mariinsky Palace', names: [] },
    ]);
    const t = g.terms.find((x) => x.text === 'Pre-Parliament');
    expect(t).toMatchObject({ confidence: 0.8, tokens: ['pre', 'parlyament'] });
    expect(g.terms.find((x) => x.text === 'Mariinsky')?.confidence).toBe(0.7);
  });

  it('merges a name listed in capitals and in lower case into one term with two confidences', () => {
    const g = buildGazetteer([
      { ref: 'site:telephone-exchange', layer: 'sites', name: 'Telephone Exchange', names: [] },
    ]);
    const same = g.terms.filter((t) => t.tokens.join(' ') === 'telephone exchange');
    expect(same).toEqual([
      {
        ref: 'site:telephone-exchange',
        text: 'Telephone Exchange',
        tokens: ['telephone', 'exchange'],
        confidence: 0.9,
        capitalised: true,
        cyrillic: false,
        lowerConfidence: 0.75,
      },
    ]);
  });

  it('does not change its input', () => {
    const input = [{ ...testville, names: ['Testville', 'Testville'] }];
    const before = structuredClone(input);
    buildGazetteer(input);
    expect(input).toEqual(before);
  });
});

describe('gazetteerOf', () => {
  it('builds from the names the features’ properties give', () => {
    const g = gazetteerOf([
      {
        key: 'place:testville',
        source: 'places',
        name: 'Testville',
        feature: point({ en: 'Testville (Testburg)', today_en: 'Newtown' }),
      },
    ]);
    expect(g.features.get('place:testville')).toEqual({
      ref: 'place:testville',
      layer: 'places',
      name: 'Testville',
    });
    expect(g.terms.map((t) => t.text)).toEqual(['Testville', 'Testburg', 'Newtown']);
  });

  it('passes the layer on, so a territory’s today name is left out', () => {
    const g = gazetteerOf([
      {
        key: 'territory:testland',
        source: 'territories',
        name: 'Testland',
        feature: point({ en: 'Testland', today_en: 'Newland' }),
      },
    ]);
    expect(g.terms.map((t) => t.text)).toEqual(['Testland']);
  });
});

describe('buildGazetteer for the linker’s rules (issue 16)', () => {
  const g = buildGazetteer([
    {
      ref: 'site:ppf',
      layer: 'sites',
      name: 'Fortress',
      names: ['Peter and Paul Fortress', 'Kronverk Fortress'],
    },
    { ref: 'site:k', layer: 'sites', name: 'K', names: ['Kshesinskaya'] },
    { ref: 'site:t', layer: 'sites', name: 'T', names: ['Telephone Exchange'] },
  ]);
  const byText = (text: string) => g.terms.find((t) => t.text === text);

  it('adds a name without its head noun when two words or more are left', () => {
    expect(byText('Peter and Paul')).toMatchObject({ ref: 'site:ppf', confidence: 0.8 });
    // One word left (“Kronverk”) may well mean something else.
    expect(byText('Kronverk')).toBeUndefined();
  });

  it('flags a name that is also a person’s', () => {
    expect(byText('Kshesinskaya')?.person).toBe(true);
    expect(byText('Telephone Exchange')?.person).toBeUndefined();
  });

  it('indexes long first words of two-word names by their second word, for slips', () => {
    expect(g.slips?.get('exchange')?.map((t) => t.text)).toEqual(['Telephone Exchange']);
  });
});

describe('gazetteerInput', () => {
  it('is plain data a worker can be handed, and builds the same gazetteer', () => {
    const features = [
      {
        key: 'place:testville',
        source: 'places',
        name: 'Testville',
        feature: point({ en: 'Testville (Testburg)', ru: 'Тествиль' }),
      },
    ];
    const input = gazetteerInput(features);
    expect(input).toEqual([
      {
        ref: 'place:testville',
        layer: 'places',
        name: 'Testville',
        names: ['Testville', 'Testburg', 'Тествиль'],
      },
    ]);
    expect(structuredClone(input)).toEqual(input);
    expect(buildGazetteer(input)).toEqual(gazetteerOf(features));
  });
});

describe('bodyShortNames', () => {
  const body = (ref: string, text: string): Term => {
    const g = buildGazetteer([{ ref, layer: 'sites', name: text, names: [] }]);
    return g.terms.find((t) => t.text === text)!;
  };
  const short = (ref: string, text: string, towns = ['petrograd']) =>
    bodyShortNames(body(ref, text), new Set(towns)).map((t) => [t.text, t.confidence, t.derived]);

  it('leaves out the town that opens an English body’s name, and gives its initials', () => {
    const from = 'Petrograd Military District';
    expect(short('site:general-staff', from)).toEqual([
      ['Military District', 0.6, { from, kind: 'short' }],
      ['PMD', 0.6, { from, kind: 'initials' }],
    ]);
    // Without the town known, only the initials.
    expect(short('site:general-staff', from, [])).toEqual([
      ['PMD', 0.6, { from, kind: 'initials' }],
    ]);
  });

  it('gives Russian initials, keeping a common noun before the name', () => {
    const from = 'штаб Петроградского военного округа';
    expect(short('site:general-staff', from).map(([t]) => t)).toEqual(['ПВО', 'штаб ПВО']);
    expect(short('site:admiralty', 'Морской генеральный штаб').map(([t]) => t)).toEqual(['МГШ']);
  });

  it('needs three words of the name, written as a name, for initials', () => {
    expect(short('site:smolny', 'Petrograd Soviet')).toEqual([]);
    expect(short('site:mariinsky-palace', 'Council of the Republic')).toEqual([]);
    // Reed's “Tsay-ee-kah” is already the initials, spelled out.
    expect(short('site:smolny', 'Tsay-ee-kah')).toEqual([]);
    expect(short('site:city-duma', 'Committee of Public Safety').map(([t]) => t)).toEqual(['CPS']);
  });

  it('does not change the body it is given', () => {
    const b = body('site:general-staff', 'Petrograd Military District');
    const copy = structuredClone(b);
    bodyShortNames(b, new Set(['petrograd']));
    expect(b).toEqual(copy);
  });
});
