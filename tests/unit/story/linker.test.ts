import { readdirSync, readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/essay/geodata';
import { scoreFile } from '../../../scripts/essay/evaluate';
import {
  EssayLinker,
  linkEssay,
  linkText,
  type PassageProposal,
} from '../../../src/lib/story/linker';
import { parseEssay } from '../../../src/lib/story/parse';
import { PERSON_NAMES, VARIANTS } from '../../../src/lib/story/gazetteer-data';
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
    // The peace talks stand for Brest-Litovsk only in an essay that names it (third round).
    expect(found('Brest-Litovsk: the Cheka and the peace talks').slice(1)).toEqual([
      ['Cheka', 'site:gorokhovaya-2'],
      ['peace talks', 'place:brest-litovsk'],
    ]);
  });
  it('keeps a name’s confidence when spelled as the data spells it, a little less when folded', () => {
    const [exact] = linkText('the Smolny Institute', gazetteer);
    const [folded] = linkText('the Smolnyi Institute', gazetteer);
    expect(exact!.confidence).toBe(0.9);
    expect(folded!.confidence).toBe(0.85);
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

const why = (text: string) => linkText(text, gazetteer).map((p) => [p.text, p.why]);

describe('coordinated names share one head noun (issue 16)', () => {
  it('links each name of “the Nikolayevsky and Baltic Railway stations”', () => {
    expect(found('the Nikolayevsky and Baltic Railway stations were taken')).toEqual([
      ['Nikolayevsky', 'site:nikolaevsky-station'],
      ['Baltic Railway stations', 'site:baltic-station'],
    ]);
    expect(found('Red Guards held the Palace and Troitsky bridges.')).toEqual([
      ['Palace', 'site:palace-bridge'],
      ['Troitsky bridges', 'site:troitsky-bridge'],
    ]);
  });
  it('walks back through a list with commas, in English and Russian', () => {
    expect(found('the Nikolaevsky, Baltic and Warsaw stations')).toEqual([
      ['Nikolaevsky', 'site:nikolaevsky-station'],
      ['Baltic', 'site:baltic-station'],
      ['Warsaw stations', 'site:warsaw-station'],
    ]);
    expect(found('захвачены Николаевский и Балтийский вокзалы')).toEqual([
      ['Николаевский', 'site:nikolaevsky-station'],
      ['Балтийский вокзалы', 'site:baltic-station'],
    ]);
  });
  it('says why, and does not reach past a word that is not in the list', () => {
    expect(why('the Palace and Troitsky bridges')[0]![1]).toBe(
      'shares “bridges” with the name after it (“Palace Bridge”)',
    );
    expect(found('from Moscow and the Warsaw Station')).toEqual([
      ['Moscow', 'place:moscow'],
      ['Warsaw Station', 'site:warsaw-station'],
    ]);
  });
});

describe('bodies and units stand for their building (issue 16)', () => {
  it('links a body to the building it sat in, less surely than a name, and says so', () => {
    expect(
      found(
        'soldiers of the Pavlovsky Regiment threw a cordon; the Naval General Staff; the Committee of Public Safety at the City Duma; the Preliminary Parliament; Lenin told the Tsay-ee-kah',
      ),
    ).toEqual([
      ['Pavlovsky Regiment', 'site:pavlovsky-barracks'],
      ['Naval General Staff', 'site:admiralty'],
      ['Committee of Public Safety', 'site:city-duma'],
      ['City Duma', 'site:city-duma'],
      ['Preliminary Parliament', 'site:mariinsky-palace'],
      ['Tsay-ee-kah', 'site:smolny'],
    ]);
    const [body] = linkText('the Naval General Staff', gazetteer);
    expect(body!.confidence).toBeLessThan(0.9);
    expect(body!.why).toBe('“Naval General Staff” stands for the building it sat in');
  });
  it('leaves a unit whose barracks the atlas does not have', () => {
    expect(found('the Kexholm Regiment and the Lithuanian Regiment')).toEqual([]);
  });
});

describe('spellings of other systems and short forms (issue 16)', () => {
  it('meets the spellings of the 1919–1930s accounts and translated names', () => {
    expect(
      found('Smolni. The Nikolaievsky Station. Tzarskoe Selo. Trinity Bridge, the Field of Mars.'),
    ).toEqual([
      ['Smolni', 'site:smolny'],
      ['Nikolaievsky Station', 'site:nikolaevsky-station'],
      ['Tzarskoe Selo', 'site:tsarskoye-selo'],
      ['Trinity Bridge', 'site:troitsky-bridge'],
      ['Field of Mars', 'site:pavlovsky-barracks'],
    ]);
    expect(why('Smolni')[0]![1]).toBe('“Smolny”, spelled another way');
  });
  it('forgives one slip in a long word of a longer name, and no more', () => {
    expect(found('seized the telehone exchange')).toEqual([
      ['telehone exchange', 'site:telephone-exchange'],
    ]);
    // A name of one word, or a second slip, is too likely to be another word.
    expect(found('Trotsky spoke; the telehone exchang')).toEqual([]);
  });
  it('takes “the Palace” or “the Fortress” for the one the essay named before, not for another', () => {
    expect(
      found(
        'The Winter Palace stood. The Palace Square was empty; the Palace fell, the palace too.',
      ),
    ).toEqual([
      ['Winter Palace', 'site:winter-palace'],
      ['Palace Square', 'site:palace-square'],
      ['Palace', 'site:winter-palace'],
    ]);
    expect(found('to the Fortress of Peter and Paul. Later the Fortress fired.')).toEqual([
      ['Fortress of Peter and Paul', 'site:peter-and-paul-fortress'],
      ['Fortress', 'site:peter-and-paul-fortress'],
    ]);
    expect(found('Then the Fortress fired.')).toEqual([]);
  });
  it('takes the words before the head for the name, in either script', () => {
    expect(found('from Tsarskoe Selo; at Tsarskoe the station')).toEqual([
      ['Tsarskoe Selo', 'site:tsarskoye-selo'],
      ['Tsarskoe', 'site:tsarskoye-selo'],
    ]);
    expect(found('Зимний дворец. Штурм Зимнего')).toEqual([
      ['Зимний дворец', 'site:winter-palace'],
      ['Зимнего', 'site:winter-palace'],
    ]);
    expect(why('Зимний дворец. Штурм Зимнего')[1]![1]).toBe(
      'short for “Зимний дворец”, named earlier',
    );
  });
});

describe('context says what is not the place (issue 16)', () => {
  it('drops a service named with the place it belongs to', () => {
    expect(found('the telegraph office of the Nikolayevsky station')).toEqual([
      ['Nikolayevsky station', 'site:nikolaevsky-station'],
    ]);
    expect(found('На телеграфе Николаевского вокзала')).toEqual([
      ['Николаевского вокзала', 'site:nikolaevsky-station'],
    ]);
    expect(found('заняли почтамт, телеграф')).toEqual([
      ['почтамт', 'site:main-post-office'],
      ['телеграф', 'site:central-telegraph'],
    ]);
  });
  it('does not take a person for her house, nor an alliance for a city', () => {
    expect(
      found(
        'the ballerina Kshesinskaya danced. Later Mathilde Kshesinskaya left. The Central Powers',
      ),
    ).toEqual([]);
    expect(found('the Kshesinskaya Mansion; at Kshesinskaya’s')).toEqual([
      ['Kshesinskaya Mansion', 'site:kshesinskaya-mansion'],
      ['Kshesinskaya', 'site:kshesinskaya-mansion'],
    ]);
  });
  it('lends no feature to what has none', () => {
    expect(found('the electric power station and the Baltic Station')).toEqual([
      ['Baltic Station', 'site:baltic-station'],
    ]);
    expect(found('Центральную электростанцию; у Адмиралтейской набережной')).toEqual([]);
  });
  it('takes a country after a town for where the town is now', () => {
    expect(found('signed at Brest-Litovsk (now Brest, Belarus). Russia lost Belarus.')).toEqual([
      ['Brest-Litovsk', 'place:brest-litovsk'],
      ['Brest', 'place:brest-litovsk'],
      ['Belarus', 'territory:belarus-west'],
    ]);
  });
});

describe('the peace (issue 16)', () => {
  it('takes the towns of a ceded territory listed together for the territory', () => {
    expect(found('the province of Kars and Batum; ceded Kars, Ardahan, and Batumi.')).toEqual([
      ['Kars and Batum', 'territory:kars-ardahan-batum'],
      ['Kars, Ardahan, and Batumi', 'territory:kars-ardahan-batum'],
    ]);
    expect(found('Batum fell in April.')).toEqual([['Batum', 'place:batum']]);
  });
  it('takes the treaty and the talks for Brest-Litovsk when the essay names it elsewhere', () => {
    const text =
      'The talks opened at Brest-Litovsk. Trotsky stalled the negotiations. The treaty was harsh. The Treaty of Bucharest followed.';
    expect(found(text)).toEqual([
      ['Brest-Litovsk', 'place:brest-litovsk'],
      ['negotiations', 'place:brest-litovsk'],
      ['treaty', 'place:brest-litovsk'],
      ['Bucharest', 'place:bucharest'],
    ]);
    expect(found('Brest-Litovsk. The Versailles treaty.')).toEqual([
      ['Brest-Litovsk', 'place:brest-litovsk'],
    ]);
    expect(found('The negotiations dragged on. The treaty was harsh.')).toEqual([]);
    expect(found('Переговоры шли в Брест-Литовске. Договор подписали в марте.')).toEqual([
      ['Брест-Литовске', 'place:brest-litovsk'],
      ['Договор', 'place:brest-litovsk'],
    ]);
  });
  it('names territories by today’s countries and the older English forms', () => {
    expect(
      found('Belorussia, Russian Poland and the Ukraine; Latvia and the Baltic provinces'),
    ).toEqual([
      ['Belorussia', 'territory:belarus-west'],
      ['Russian Poland', 'territory:congress-poland'],
      ['Ukraine', 'territory:ukraine'],
    ]);
  });
});

describe('Russian beyond case endings (issue 16)', () => {
  it('reads abbreviations of the bodies', () => {
    expect(found('ВРК, ВЦИК и Петросовету')).toEqual([
      ['ВРК', 'site:smolny'],
      ['ВЦИК', 'site:smolny'],
      ['Петросовету', 'site:smolny'],
    ]);
  });
  it('reads pre-1918 names and spelling', () => {
    expect(found('Николаевскій вокзалъ и Маріинскій дворецъ')).toEqual([
      ['Николаевскій вокзалъ', 'site:nikolaevsky-station'],
      ['Маріинскій дворецъ', 'site:mariinsky-palace'],
    ]);
  });
  it('reads names of two words and more in prepositional phrases', () => {
    expect(
      found(
        'на Дворцовой площади, у Николаевского моста (ныне моста Лейтенанта Шмидта), в штабе Петроградского военного округа',
      ),
    ).toEqual([
      ['Дворцовой площади', 'site:palace-square'],
      ['Николаевского моста', 'site:nikolaevsky-bridge'],
      ['моста Лейтенанта Шмидта', 'site:nikolaevsky-bridge'],
      ['штабе Петроградского военного округа', 'site:general-staff'],
    ]);
  });
});

describe('what the held-out texts missed (issue 16, second round)', () => {
  it('takes a canal for the crossing the atlas has only where its sentence names the Nevsky', () => {
    expect(
      found('The truck turned into the Nevsky, but at the Ekaterininsky Canal it stopped.'),
    ).toEqual([['Ekaterininsky Canal', 'site:kazan-cathedral']]);
    expect(found('у Невского проспекта, на Екатерининском канале')).toEqual([
      ['Екатерининском канале', 'site:kazan-cathedral'],
    ]);
    expect(found('The Griboyedov Canal winds south. The Catherine Canal froze.')).toEqual([]);
    expect(why('the Catherine Canal at the Nevsky')[0]![1]).toBe(
      '“Catherine Canal”, in a sentence that names Nevsky or Невский',
    );
  });
  it('takes a part of a building named in the accounts for the building', () => {
    expect(found('through the Red Arch into Palace Square')).toEqual([
      ['Red Arch', 'site:general-staff'],
      ['Palace Square', 'site:palace-square'],
    ]);
    // The arch in Russian, in lower case as Russian writes it (a regression of the variant's first
    // spelling, found by the second held-out set).
    expect(found('под аркой Главного штаба, у Главного штаба')).toEqual([
      ['аркой Главного штаба', 'site:general-staff'],
      ['Главного штаба', 'site:general-staff'],
    ]);
  });
  it('reads a body by its short name or its initials, less surely, and says so', () => {
    expect(found('talks between the MRC and the Military District')).toEqual([
      ['MRC', 'site:smolny'],
      ['Military District', 'site:general-staff'],
    ]);
    const [district] = linkText('the Military District', gazetteer);
    expect(district!.confidence).toBeLessThan(0.7);
    expect(district!.why).toBe(
      '“Military District”, short for “Petrograd Military District”, stands for the building it sat in',
    );
    expect(
      found('взять Зимний дворец и Штаб ПВО; в штабе ПВО; Морской генеральный штаб (МГШ)'),
    ).toEqual([
      ['Зимний дворец', 'site:winter-palace'],
      ['Штаб ПВО', 'site:general-staff'],
      ['штабе ПВО', 'site:general-staff'],
      ['Морской генеральный штаб', 'site:admiralty'],
      ['МГШ', 'site:admiralty'],
    ]);
  });
  it('does not take the short name of one town’s body after another town', () => {
    expect(found('the Kiev Military District and the Moscow Military District')).toEqual([]);
    expect(found('A military district; пво')).toEqual([]);
  });
  it('does not take a town for the body named after it', () => {
    expect(
      found(
        'the Petersburg Committee, the Moscow Soviet, the Finland Regiment, the Kronstadt Soviet',
      ),
    ).toEqual([]);
    expect(found('the Petrograd garrison; Moscow Station; in Moscow Lenin spoke')).toEqual([
      ['Petrograd', 'place:petrograd'],
      ['Moscow Station', 'site:nikolaevsky-station'],
      ['Moscow', 'place:moscow'],
    ]);
  });
  it('knows the Russian forms of today’s names of towns and territories', () => {
    expect(
      found('из Хельсинки, Таллинна и Вильнюса; Даугавпилс, Тарту, Тбилиси; Белоруссия и Гродно'),
    ).toEqual([
      ['Хельсинки', 'place:helsingfors'],
      ['Таллинна', 'place:reval'],
      ['Вильнюса', 'place:vilna'],
      ['Даугавпилс', 'place:dvinsk'],
      ['Тарту', 'place:dorpat'],
      ['Тбилиси', 'place:tiflis'],
      ['Белоруссия', 'territory:belarus-west'],
      ['Гродно', 'territory:belarus-west'],
    ]);
  });
  it('takes the peace conference and peace talks in Russian for the talks, in their case forms', () => {
    expect(
      found('Брест-Литовск: на мирной конференции; после мирных переговоров').slice(1),
    ).toEqual([
      ['мирной конференции', 'place:brest-litovsk'],
      ['мирных переговоров', 'place:brest-litovsk'],
    ]);
    // The genitive plural in -ов, of any name.
    expect(found('у Николаевского и Балтийского вокзалов')).toEqual([
      ['Николаевского', 'site:nikolaevsky-station'],
      ['Балтийского вокзалов', 'site:baltic-station'],
    ]);
    expect(why('Брест-Литовск. мирная конференция')[1]![1]).toBe(
      '“мирная конференция” stands for the town where it met',
    );
  });
  it('takes the treaty named by the town’s adjective, whatever else its sentence names', () => {
    expect(
      found(
        'В Брест-Литовске. Заключению Брестского мирного договора предшествовала мирная конференция.',
      ),
    ).toEqual([
      ['Брест-Литовске', 'place:brest-litovsk'],
      ['Брестского мирного договора', 'place:brest-litovsk'],
      ['мирная конференция', 'place:brest-litovsk'],
    ]);
  });
});

describe('linkEssay', () => {
  it('reads passages in order: a short form may follow a name an earlier passage gave', () => {
    const essay = parseEssay('The Winter Palace was dark.\n\nAt two the Palace fell.');
    expect(linkEssay(essay, gazetteer).map((p) => [p.passage, p.text, p.ref])).toEqual([
      [0, 'Winter Palace', 'site:winter-palace'],
      [1, 'Palace', 'site:winter-palace'],
    ]);
  });
  it('leaves alone what is already linked', () => {
    const essay = parseEssay('The [Smolny](site:smolny) and the Smolny again.');
    expect(linkEssay(essay, gazetteer).map((p) => [p.passage, p.start, p.text])).toEqual([
      [0, 19, 'Smolny'],
    ]);
  });
});

describe('what the second held-out set missed (issue 16, third round)', () => {
  it('knows the English spellings of territories before the 1920s', () => {
    const refs = found('Esthonia and Ukrainia broke away.').map((f) => f[1]);
    expect(refs).toEqual(['territory:estonia', 'territory:ukraine']);
  });
  it('takes “the conference” and “the peace conference” for the talks only in an essay about Brest-Litovsk', () => {
    expect(found('The delegates met at Brest-Litovsk. At the conference Hoffmann spoke.')).toEqual([
      ['Brest-Litovsk', 'place:brest-litovsk'],
      ['conference', 'place:brest-litovsk'],
    ]);
    expect(found('The peace conference opened in January.')).toEqual([]);
    expect(found('At the conference the delegates sat.')).toEqual([]);
    const essay = parseEssay(
      'The armistice was signed at Brest-Litovsk.\n\nThe peace conference met.',
    );
    expect(linkEssay(essay, gazetteer).map((p) => [p.passage, p.text, p.ref])).toEqual([
      [0, 'Brest-Litovsk', 'place:brest-litovsk'],
      [1, 'peace conference', 'place:brest-litovsk'],
    ]);
    expect(found('Брест-Литовск. Мирная конференция открылась.').map((f) => f[1])).toEqual([
      'place:brest-litovsk',
      'place:brest-litovsk',
    ]);
  });
  it('takes “the treaty” for the treaty only when nothing makes it another or none', () => {
    const brest = 'The talks were held at Brest-Litovsk. ';
    const treaties = (text: string) => found(brest + text).slice(1);
    expect(treaties('No treaty of peace had been signed.')).toEqual([]);
    expect(treaties('Later, in the treaty of August 27, Russia paid.')).toEqual([]);
    expect(treaties('The supplementary treaty followed.')).toEqual([]);
    // The Ukrainian treaty of 9 February 1918 was signed at Brest-Litovsk too.
    expect(treaties('The treaty of 9 February with the Rada opened Ukraine.')).toEqual([
      ['treaty', 'place:brest-litovsk'],
      ['Ukraine', 'territory:ukraine'],
    ]);
    expect(treaties('They signed a separate treaty with the Rada.')).toEqual([
      ['treaty', 'place:brest-litovsk'],
    ]);
    expect(found('Брест-Литовск. Договор от 27 августа был подписан.').slice(1)).toEqual([]);
  });
  it('takes Livonia for its part around Riga only in a sentence about that part', () => {
    const livonia = (text: string) => found(text).find((f) => /^Liv/.test(f[0]!))?.[1];
    expect(livonia('Germany kept Courland and a part of Livonia.')).toBe('territory:livonia-riga');
    expect(livonia('Riga and southern Livonia were lost.')).toBe('territory:livonia-riga');
    for (const rest of [
      'Esthonia and the remaining part of Livonia stayed occupied.',
      'Riga fell; Estland and Livonia were occupied.',
      'Riga was lost with the remainder of Livland.',
      'Livonia was occupied.',
    ])
      expect(livonia(rest), rest).toBe('territory:livonia-rest');
  });
  it('knows the Russian names of the Petrograd sites, common nouns and short forms too', () => {
    const text =
      'Заняли телефонную станцию и почтамт; юнкера у Эрмитажа; толпа у Таврического; бой под Пулковом.';
    expect(found(text).map((f) => f.join(' → '))).toEqual([
      'телефонную станцию → site:telephone-exchange',
      'почтамт → site:main-post-office',
      'Эрмитажа → site:winter-palace',
      'Таврического → site:tauride-palace',
      'Пулковом → site:pulkovo-heights',
    ]);
  });
  it('has a Russian form of every kind of English name each Petrograd site has', () => {
    // For every site: if it has a one-word English name (Hermitage, Tauride), a one-word Russian
    // one; if a common noun in lower case (telephone exchange), a Russian one in lower case. A
    // one-word name that is also a person's (Kshesinskaya) needs none: Russian writes the mansion
    // «особняк Кшесинской».
    const sites = JSON.parse(readFileSync('geodata/petrograd/sites.geojson', 'utf8')) as {
      features: Feature[];
    };
    const persons = new Set(PERSON_NAMES.map((n) => foldToken(n)));
    const missing: string[] = [];
    for (const f of sites.features) {
      const ref = `site:${(f.properties as { id: string }).id}`;
      const names = [
        ...namesOf(f, 'sites'),
        ...(VARIANTS[ref] ?? []).map((v) => (typeof v === 'string' ? v : v.text)),
      ];
      const ru = names.filter((n) => /\p{Script=Cyrillic}/u.test(n));
      const en = names.filter((n) => !/\p{Script=Cyrillic}/u.test(n));
      const one = (n: string) => !/[\s-]/.test(n.trim());
      const lower = (n: string) => /^\p{Ll}/u.test(n);
      if (en.some((n) => one(n) && !persons.has(foldToken(n))) && !ru.some(one))
        missing.push(`${ref}: one word`);
      if (en.some(lower) && !ru.some(lower)) missing.push(`${ref}: lower case`);
    }
    expect(missing).toEqual([]);
  });
});

describe('EssayLinker', () => {
  it('stepped to the end proposes what linkEssay proposes, each passage on its own step', () => {
    const essay = parseEssay(
      'The [Smolny](site:smolny) and the Smolny again.\n\nThe Winter Palace and the Neva.\n\nNo place.',
    );
    const linker = new EssayLinker(essay, gazetteer);
    expect(linker.total).toBe(6);
    const steps: PassageProposal[][] = [];
    while (linker.done < linker.total) steps.push(linker.step());
    expect(steps.slice(0, 3)).toEqual([[], [], []]);
    expect(steps.slice(3).flat()).toEqual(linkEssay(essay, gazetteer));
    expect(steps[4]!.map((p) => p.ref)).toEqual(['site:winter-palace', 'water:neva']);
    expect(linker.step()).toEqual([]);
  });
});

describe('the linker measured on essays marked by hand', () => {
  const files = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f !== 'README.md')
      .map((f) => dir + f);
  const total = (paths: string[]) => {
    const scores = paths.map((p) => scoreFile(p, gazetteer));
    const tp = scores.reduce((n, s) => n + s.truePositives, 0);
    return {
      precision: tp / scores.reduce((n, s) => n + s.proposed, 0),
      recall: tp / scores.reduce((n, s) => n + s.expected, 0),
    };
  };
  const friendly = files('tests/fixtures/essays/');
  const outside = files('tests/fixtures/essays-outside/');
  // The first held-out pair was the list of misses for the second round of issue 16, the second
  // set's misses the list for the third: both are tuned on now.
  const tunedHeldOut = [
    ...files('tests/fixtures/essays-held-out/'),
    ...files('tests/fixtures/essays-held-out-2/'),
  ];
  const heldOut = files('tests/fixtures/essays-held-out-3/');

  it('has the essays written for it, six outside texts or more and texts held out', () => {
    expect(friendly.length).toBeGreaterThanOrEqual(3);
    expect(outside.length).toBeGreaterThanOrEqual(6);
    expect(tunedHeldOut.length).toBeGreaterThanOrEqual(5);
    expect(heldOut.length).toBeGreaterThanOrEqual(3);
  });
  it.each(friendly)('%s (written for it): recall and precision ≥ 0.95', (file) => {
    const s = scoreFile(file, gazetteer);
    expect(s.expected).toBeGreaterThanOrEqual(25);
    expect(s.recall, JSON.stringify(s.misses)).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, JSON.stringify(s.wrong)).toBeGreaterThanOrEqual(0.95);
  });
  it.each(outside)('%s (outside): recall and precision ≥ 0.9', (file) => {
    const s = scoreFile(file, gazetteer);
    expect(s.expected).toBeGreaterThanOrEqual(10);
    expect(s.recall, JSON.stringify(s.misses)).toBeGreaterThanOrEqual(0.9);
    expect(s.precision, JSON.stringify(s.wrong)).toBeGreaterThanOrEqual(0.9);
  });
  it('the outside texts together: recall and precision ≥ 0.9', () => {
    const t = total(outside);
    expect(t.recall).toBeGreaterThanOrEqual(0.9);
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
  });
  it.each(tunedHeldOut)(
    '%s (held out once, tuned on since): recall and precision ≥ 0.95',
    (file) => {
      const s = scoreFile(file, gazetteer);
      expect(s.recall, JSON.stringify(s.misses)).toBeGreaterThanOrEqual(0.95);
      expect(s.precision, JSON.stringify(s.wrong)).toBeGreaterThanOrEqual(0.95);
    },
  );
  // Held-out texts are a floor against regressions, not a target to tune to (see their README):
  // the floors sit just under what was measured when the third set was scored once (lowest:
  // russian.md, P 0.895, R 0.944; docs/linker-evaluation.md).
  it.each(heldOut)('%s (held out): recall ≥ 0.9 and precision ≥ 0.85', (file) => {
    const s = scoreFile(file, gazetteer);
    expect(s.expected).toBeGreaterThanOrEqual(15);
    expect(s.recall, JSON.stringify(s.misses)).toBeGreaterThanOrEqual(0.9);
    expect(s.precision, JSON.stringify(s.wrong)).toBeGreaterThanOrEqual(0.85);
  });
});
