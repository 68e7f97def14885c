/**
 * What the geodata's names do not say: the spellings essays use (transliteration variants, short
 * forms, older and newer names) and the bodies that stand for a place in an essay. The gazetteer adds
 * these to every name the geodata gives a feature.
 */

/**
 * A spelling and how sure a match on it makes us (0–1); a bare string counts as 0.9. With `near`,
 * the spelling means the feature only in a sentence that also names one of those words (a canal
 * means its crossing of the Nevsky only where the Nevsky is named), and not where its sentence
 * names one of the words in `unless`, or where a word before it is one of them. With `about`, it means the
 * feature only in an essay that names that feature by a name of its own (“the peace conference” is
 * the talks at Brest-Litovsk only in an essay about Brest-Litovsk).
 */
export type Variant =
  | string
  | {
      text: string;
      confidence: number;
      near?: readonly string[];
      unless?: readonly string[];
      about?: string;
    };

/** Other spellings of features, by reference. */
export const VARIANTS: Readonly<Record<string, readonly Variant[]>> = {
  'site:smolny': [
    'Smolny',
    'Smolnyi',
    'Smolnyy',
    'Smolny Institute',
    'Smolnyi Institute',
    'Smolny Palace',
    'Смольный',
  ],
  'site:kshesinskaya-mansion': [
    'Kshesinskaya',
    'Kshesinskaia',
    'Kschessinska',
    'Kschessinskaya',
    'Kshesinskaya Palace',
    'Kschessinska Mansion',
    'Kschessinska Palace',
    'особняк Кшесинской',
  ],
  'site:gorokhovaya-2': ['Gorokhovaya 2', 'Gorokhovaia 2', 'Gorokhovaya Street 2', 'Гороховая, 2'],
  // The palace is the State Hermitage's main building (geodata: `today_ru`), and Russian accounts
  // of 25 October name its river wing «Эрмитаж».
  'site:winter-palace': ['Winter Palace', 'Hermitage', 'Зимний дворец', 'Эрмитаж'],
  'site:mariinsky-palace': [
    'Mariinsky Palace',
    'Mariinskii Palace',
    { text: 'Mariinsky', confidence: 0.7 },
  ],
  'site:tauride-palace': [
    'Tauride Palace',
    'Tavrichesky Palace',
    'Tavricheskii Palace',
    { text: 'Tauride', confidence: 0.85 },
    { text: 'Таврический', confidence: 0.85 },
  ],
  'site:city-duma': ['City Duma', 'Petrograd City Duma', 'Городская дума'],
  'site:palace-square': ['Palace Square', 'Dvortsovaya Square', 'Dvortsovaya ploshchad'],
  'site:general-staff': [
    'General Staff Building',
    'General Staff',
    'Главный штаб',
    // The triumphal arch of the building, through which Palace Square opens onto Bolshaya
    // Morskaya; the accounts of 1917 call it the Red Arch, after the building's colour then (John
    // Reed, Ten Days that Shook the World, 1919, ch. 4: “we poured through the Red Arch”; Helen
    // Rappaport, Caught in the Revolution, 2016, ch. 14: “the Red Arch leading into Palace Square”).
    { text: 'Red Arch', confidence: 0.75 },
    { text: 'General Staff Arch', confidence: 0.8 },
    // Russian writes the common noun in lower case: a capital would make «аркой» a weak match
    // that still hides «Главного штаба» behind it.
    { text: 'арка Главного штаба', confidence: 0.8 },
  ],
  'site:admiralty': ['Admiralty', 'Адмиралтейство'],
  'site:peter-and-paul-fortress': [
    'Peter and Paul Fortress',
    'Peter-Paul Fortress',
    'Peter & Paul Fortress',
    'Petropavlovsk Fortress',
    'Petropavlovskaya Fortress',
    'Fortress of Peter and Paul',
    'Петропавловская крепость',
  ],
  'site:aurora-anchorage': ['Aurora', 'Avrora', 'cruiser Aurora', 'Аврора'],
  'site:pavlovsky-barracks': [
    'Pavlovsky barracks',
    'Pavlovsky Regiment barracks',
    'Field of Mars',
    'Marsovo Pole',
    'Марсово поле',
  ],
  'site:engineers-castle': [
    'Engineers’ Castle',
    'Engineering Castle',
    'Mikhailovsky Castle',
    'Михайловский замок',
    'Инженерный замок',
  ],
  'site:kronstadt': ['Kronstadt', 'Kronshtadt', 'Cronstadt'],
  'site:pulkovo-heights': ['Pulkovo Heights', 'Pulkovo', 'Пулково'],
  'site:gatchina': ['Gatchina', 'Гатчина'],
  'site:tsarskoye-selo': ['Tsarskoye Selo', 'Tsarskoe Selo', 'Tsarskoie Selo', 'Царское Село'],
  'site:central-telegraph': [
    'Central Telegraph',
    'Central Telegraph Office',
    { text: 'telegraph office', confidence: 0.7 },
    { text: 'telegraph exchange', confidence: 0.7 },
    // In a list of what was seized, «телеграф» is the Central Telegraph; a station's telegraph is
    // not (the linker drops a service named with the place it belongs to).
    { text: 'телеграф', confidence: 0.6 },
  ],
  'site:telephone-exchange': [
    'Telephone Exchange',
    'Central Telephone Exchange',
    'Central Telephone Station',
    { text: 'telephone exchange', confidence: 0.75 },
    { text: 'telephone station', confidence: 0.7 },
    // The common noun in Russian, as the accounts write it without «Центральная».
    { text: 'телефонная станция', confidence: 0.7 },
  ],
  'site:main-post-office': [
    'Main Post Office',
    'General Post Office',
    'Post Office',
    'Pochtamt',
    'Почтамт',
    { text: 'post office', confidence: 0.7 },
    { text: 'почтамт', confidence: 0.7 },
  ],
  'site:nikolaevsky-station': [
    'Nikolaevsky Station',
    'Nikolayevsky Station',
    'Nikolaevskii Station',
    'Nikolaevsky railway station',
    'Nicholas Station',
    'Moscow Station',
    'Moskovsky Station',
    'Moskovsky railway station',
    'Николаевский вокзал',
    'Московский вокзал',
  ],
  'site:finland-station': [
    'Finland Station',
    'Finlyandsky Station',
    'Finland railway station',
    'Финляндский вокзал',
  ],
  'site:baltic-station': [
    'Baltic Station',
    'Baltiysky Station',
    'Baltic railway station',
    'Балтийский вокзал',
  ],
  'site:tsarskoselsky-station': [
    'Tsarskoselsky Station',
    'Tsarskoe Selo Station',
    'Tsarskoye Selo Station',
    'Vitebsky Station',
    'Vitebsk Station',
    'Царскосельский вокзал',
  ],
  'site:warsaw-station': [
    'Warsaw Station',
    'Varshavsky Station',
    'Warsaw railway station',
    'Варшавский вокзал',
  ],
  'site:nikolaevsky-bridge': [
    'Nikolaevsky Bridge',
    'Nikolayevsky Bridge',
    'Nicholas Bridge',
    'Blagoveshchensky Bridge',
    'Annunciation Bridge',
    'Lieutenant Schmidt Bridge',
    'Николаевский мост',
    'мост Лейтенанта Шмидта',
    'Благовещенский мост',
  ],
  'site:palace-bridge': ['Palace Bridge', 'Dvortsovy Bridge', 'Дворцовый мост'],
  'site:troitsky-bridge': ['Troitsky Bridge', 'Trinity Bridge', 'Троицкий мост'],
  'site:liteyny-bridge': ['Liteyny Bridge', 'Liteiny Bridge', 'Литейный мост'],
  'site:state-bank': ['State Bank', 'Государственный банк', 'Госбанк'],
  'site:kazan-cathedral': [
    'Kazan Cathedral',
    'Казанский собор',
    // The feature is the cathedral and the Nevsky crossing of the Ekaterininsky Canal, where the
    // sailors' cordon stood (its geodata name; Reed, 1919, ch. 4: “At the corner of the Ekaterina
    // Canal … a cordon of armed sailors was drawn across the Nevsky”). The canal itself is a
    // basemap feature no essay links to (geodata/petrograd/canals.geojson, `catherine-canal`, with
    // these names): named where the Nevsky is, it means the crossing; elsewhere, nothing.
    ...[
      'Ekaterininsky Canal',
      'Ekaterina Canal',
      'Catherine Canal',
      'Griboyedov Canal',
      'Екатерининский канал',
      'канал Грибоедова',
    ].map((text) => ({ text, confidence: 0.65, near: ['Nevsky', 'Невский'] })),
  ],
  'place:petrograd': ['Petrograd', 'St Petersburg', 'Saint Petersburg', 'Petersburg', 'Питер'],
  'place:brest-litovsk': ['Brest-Litovsk', 'Brest Litovsk', 'Brest', 'Брест'],
  'place:kiev': ['Kiev', 'Kyiv', 'Kiew'],
  'place:reval': ['Reval', 'Revel', 'Tallinn', 'Ревель', 'Таллин'],
  'place:helsingfors': ['Helsingfors', 'Helsinki', 'Гельсингфорс'],
  'place:vilna': ['Vilna', 'Vilnius', 'Wilno', 'Вильно'],
  'place:kovno': ['Kovno', 'Kaunas'],
  'place:dorpat': ['Dorpat', 'Tartu', 'Yuryev', 'Yurev'],
  'place:tiflis': ['Tiflis', 'Tbilisi'],
  // The territory of Kars, Ardahan and Batum shares these names; alone, each means the town.
  'place:batum': ['Batum', 'Batumi', 'Батум'],
  'place:kars': ['Kars', 'Карс'],
  'place:ardahan': ['Ardahan', 'Ардаган'],
  // The territory “Livonia west of the treaty line (Riga, …)” names Riga too; alone, it is the city.
  'place:riga': ['Riga', 'Рига'],
  'territory:congress-poland': [
    'Congress Poland',
    'Kingdom of Poland',
    'Russian Poland',
    'Vistula Land',
    'Poland',
    'Польша',
    'Царство Польское',
  ],
  'territory:lithuania': ['Lithuania', 'Литва'],
  'territory:courland': ['Courland', 'Kurland', 'Kurzeme', 'Курляндия'],
  // The part of Livonia west of the treaty line is the land around Riga, beside Courland: named in
  // a sentence with either, “Livonia” is that part (“Courland and a considerable part of Livonia”),
  // unless the sentence names Estonia, which the rest of Livonia shared the treaty's fate with, or
  // says it is the rest (“Esthonia and the remaining part of Livonia”, “the remainder of Livland”).
  'territory:livonia-riga': [
    ...['Livonia', 'Livland', 'Лифляндия'].map((text) => ({
      text,
      confidence: 0.8,
      near: ['Riga', 'Рига', 'Courland', 'Kurland', 'Курляндия'],
      unless: [
        ...['Estonia', 'Esthonia', 'Estland', 'Эстония', 'Эстляндия'],
        ...['remaining', 'remainder', 'rest', 'left', 'northern', 'остальная', 'северная'],
      ],
    })),
    'Ösel',
    'Oesel',
    'Saaremaa',
    'Эзель',
    'Riga district of Livonia',
  ],
  'territory:livonia-rest': [
    { text: 'Livonia', confidence: 0.75 },
    { text: 'Livland', confidence: 0.75 },
    { text: 'Лифляндия', confidence: 0.75 },
  ],
  // Esthonia: the English spelling until the 1920s (G. V. Chicherin, Two Years of Foreign Policy,
  // New York, 1920, p. 7; the League of Nations Treaty Series, vol. 11, 1922, prints the Treaty of
  // Tartu as the peace between “Esthonia” and Russia).
  'territory:estonia': ['Estonia', 'Esthonia', 'Estland', 'Эстляндия', 'Эстония'],
  'territory:finland': ['Finland', 'Grand Duchy of Finland', 'Финляндия'],
  'territory:ukraine': [
    'Ukraine',
    'Ukrainian People’s Republic',
    // Ukrainia: an American spelling of 1918 (A. E. McKinley, C. A. Coulomb, A. J. Gerson, A School
    // History of the Great War, New York, 1918: “The Separation of Ukrainia and Finland”).
    { text: 'Ukrainia', confidence: 0.85 },
    'Украина',
    'Украинская Народная Республика',
  ],
  'territory:belarus-west': [
    { text: 'Belarus', confidence: 0.7 },
    { text: 'Byelorussia', confidence: 0.7 },
    { text: 'Belorussia', confidence: 0.7 },
    { text: 'Grodno', confidence: 0.7 },
  ],
  'territory:kars-ardahan-batum': ['Kars, Ardahan and Batum', 'Kars, Ardahan, and Batum'],
  'water:neva': ['Neva', 'Нева'],
};

/**
 * Bodies and events that stand for a place in an essay about 1917: where a reader would look on the
 * map when the essay names them. Their confidence is lower, as the place is an inference.
 */
export const ENTITIES: Readonly<Record<string, readonly Variant[]>> = {
  // The government's seat from July to its arrest in October.
  'site:winter-palace': [
    { text: 'Provisional Government', confidence: 0.7 },
    { text: 'Временное правительство', confidence: 0.7 },
    // Students' notes write it so; the capitals keep it from meaning anything in lower case.
    { text: 'PG', confidence: 0.6 },
  ],
  // The Soviet sat in the Smolny from August 1917, and its committee led the rising from there.
  'site:smolny': [
    { text: 'Petrograd Soviet', confidence: 0.75 },
    { text: 'Petrosoviet', confidence: 0.75 },
    { text: 'Петросовет', confidence: 0.75 },
    { text: 'Петроградский совет', confidence: 0.75 },
    { text: 'Military Revolutionary Committee', confidence: 0.8 },
    { text: 'Military-Revolutionary Committee', confidence: 0.8 },
    { text: 'Revolutionary Military Committee', confidence: 0.8 },
    { text: 'Milrevkom', confidence: 0.8 },
    { text: 'MRC', confidence: 0.75 },
    { text: 'Военно-революционный комитет', confidence: 0.8 },
    { text: 'ВРК', confidence: 0.75 },
    // The Central Executive Committee of the Soviets sat in the Smolny from October 1917 to March
    // 1918; Reed (1919) transliterates its initials.
    { text: 'Tsay-ee-kah', confidence: 0.7 },
    { text: 'VTsIK', confidence: 0.7 },
    { text: 'ВЦИК', confidence: 0.7 },
  ],
  'site:gorokhovaya-2': [
    { text: 'Cheka', confidence: 0.75 },
    { text: 'Vecheka', confidence: 0.75 },
    { text: 'VChK', confidence: 0.75 },
    { text: 'ВЧК', confidence: 0.75 },
    { text: 'ЧК', confidence: 0.7 },
  ],
  // The Council of the Republic met in the Mariinsky Palace from 7 (20) October 1917.
  'site:mariinsky-palace': [
    { text: 'Pre-Parliament', confidence: 0.8 },
    { text: 'Preparliament', confidence: 0.8 },
    { text: 'Council of the Republic', confidence: 0.75 },
    { text: 'Preliminary Parliament', confidence: 0.8 },
    { text: 'Предпарламент', confidence: 0.8 },
  ],
  // The Committee for Salvation of the Country and the Revolution met in the City Duma from 25
  // October (7 November) 1917, as the Duma's Committee of Public Safety had before it.
  'site:city-duma': [
    { text: 'Committee for Salvation of the Country and the Revolution', confidence: 0.7 },
    { text: 'Committee for the Salvation of the Country and the Revolution', confidence: 0.7 },
    { text: 'Committee for Saving the Country and the Revolution', confidence: 0.7 },
    { text: 'Committee on Saving the Country and the Revolution', confidence: 0.7 },
    { text: 'Committee of Public Safety', confidence: 0.7 },
    { text: 'Комитет спасения родины и революции', confidence: 0.7 },
  ],
  // The Naval Ministry and its Naval General Staff were housed in the Admiralty.
  'site:admiralty': [
    { text: 'Naval General Staff', confidence: 0.75 },
    { text: 'Naval Ministry', confidence: 0.75 },
    { text: 'Морской генеральный штаб', confidence: 0.75 },
    { text: 'Морское министерство', confidence: 0.75 },
  ],
  // The staff of the Petrograd Military District worked in the General Staff Building. The
  // gazetteer derives the short forms: “the Military District” (the town's name left out, 0.6, and
  // not after another town's name), ПВО and «штаб ПВО» (its initials, as Soviet histories write it).
  'site:general-staff': [
    { text: 'Petrograd Military District', confidence: 0.7 },
    { text: 'Петроградский военный округ', confidence: 0.7 },
    { text: 'штаб Петроградского военного округа', confidence: 0.75 },
  ],
  // A regiment stands for its barracks only where the atlas has them.
  'site:pavlovsky-barracks': [
    { text: 'Pavlovsky Regiment', confidence: 0.7 },
    { text: 'Павловский полк', confidence: 0.7 },
  ],
  // In an atlas of 1917–1918 the one peace is Brest-Litovsk's: its talks and conference met there.
  'place:brest-litovsk': [
    // Only in an essay that names Brest-Litovsk: elsewhere a peace conference may be Paris's.
    ...['peace talks', 'peace conference', 'мирные переговоры', 'мирная конференция'].map(
      (text) => ({ text, confidence: 0.6, about: 'place:brest-litovsk' }),
    ),
  ],
};

/**
 * The Russian forms of the English names of towns and territories, 1917's and today's: the
 * gazetteer gives each the feature its English name means. A test holds every English name of a
 * town or territory in the gazetteer to an entry here; an empty list says Russian has no form of
 * its own for it (a German administrative name). Russian spellings as in the Большая российская
 * энциклопедия and ru.wikipedia's article titles; pre-1918 names as in the geodata's `period_ru`.
 */
export const RUSSIAN_FORMS: Readonly<Record<string, readonly string[]>> = {
  Petrograd: ['Петроград'],
  'St Petersburg': ['Санкт-Петербург'],
  'Saint Petersburg': ['Санкт-Петербург'],
  Petersburg: ['Петербург'],
  'Brest-Litovsk': ['Брест-Литовск'],
  Brest: ['Брест'],
  Kiev: ['Киев'],
  Kyiv: ['Киев'],
  Moscow: ['Москва'],
  Riga: ['Рига'],
  Reval: ['Ревель'],
  Revel: ['Ревель'],
  Tallinn: ['Таллин', 'Таллинн'],
  Narva: ['Нарва'],
  Pskov: ['Псков'],
  Minsk: ['Минск'],
  Dvinsk: ['Двинск'],
  Daugavpils: ['Даугавпилс'],
  Helsingfors: ['Гельсингфорс'],
  Helsinki: ['Хельсинки'],
  Kars: ['Карс'],
  Batum: ['Батум'],
  Batumi: ['Батуми'],
  Ardahan: ['Ардаган'],
  Berlin: ['Берлин'],
  Vienna: ['Вена'],
  Wien: ['Вена'],
  Constantinople: ['Константинополь'],
  Istanbul: ['Стамбул'],
  Warsaw: ['Варшава'],
  Warszawa: ['Варшава'],
  Vilna: ['Вильна'],
  Wilno: ['Вильно'],
  Vilnius: ['Вильнюс'],
  Kovno: ['Ковно'],
  Kaunas: ['Каунас'],
  Mitau: ['Митава'],
  Jelgava: ['Елгава'],
  Dorpat: ['Дерпт'],
  Yuryev: ['Юрьев'],
  Tartu: ['Тарту'],
  Odessa: ['Одесса'],
  Odesa: ['Одесса'],
  Bucharest: ['Бухарест'],
  Bucuresti: ['Бухарест'],
  Tiflis: ['Тифлис'],
  Tbilisi: ['Тбилиси'],
  Sofia: ['София'],
  'Congress Poland': ['Конгрессовая Польша'],
  'Kingdom of Poland': ['Царство Польское', 'Королевство Польское'],
  'Russian Poland': ['Русская Польша'],
  'Vistula Land': ['Привислинский край'],
  Poland: ['Польша'],
  Lithuania: ['Литва'],
  'Ober Ost Verwaltungsgebiet Litauen': [],
  Courland: ['Курляндия'],
  Kurland: ['Курляндия'],
  Kurzeme: ['Курземе'],
  Osel: ['Эзель'],
  Oesel: ['Эзель'],
  Saaremaa: ['Сааремаа'],
  'Osel and Moon': ['Эзель и Моон'],
  'Riga and Osel': ['Рига и Эзель'],
  Livonia: ['Лифляндия', 'Ливония'],
  Livland: ['Лифляндия'],
  Estonia: ['Эстония'],
  Esthonia: ['Эстония'],
  Estland: ['Эстляндия'],
  Finland: ['Финляндия'],
  'Grand Duchy of Finland': ['Великое княжество Финляндское'],
  Ukraine: ['Украина'],
  Ukrainia: ['Украина'],
  'Ukrainian People’s Republic': ['Украинская Народная Республика', 'УНР'],
  Belarus: ['Беларусь', 'Белоруссия'],
  Byelorussia: ['Белоруссия'],
  Belorussia: ['Белоруссия'],
  Grodno: ['Гродно'],
  'Kars, Ardahan and Batum': ['Карс, Ардаган и Батум'],
  'Ardahan and Batum': ['Ардаган и Батум'],
};

/**
 * The head nouns of bodies (folded): a town's name before one (“the Petersburg Committee”, “the
 * Moscow Soviet”, “the Kiev Military District”) names the body, not the town.
 */
export const BODY_HEADS: readonly string[] = [
  'committee',
  'soviet',
  'council',
  'regiment',
  'district',
  'party',
  'bureau',
  'organisation',
  'organization',
  'executive',
];

/** Names of features that are also a person's name: not the place after a first name or a title. */
export const PERSON_NAMES: readonly string[] = [
  'Kshesinskaya',
  'Kshesinskaia',
  'Kschessinska',
  'Kschessinskaya',
  'Кшесинская',
];

/** Words before a name that make it a person's: titles and callings (folded). */
export const PERSON_CUES: readonly string[] = [
  'ballerina',
  'dancer',
  'madame',
  'mme',
  'mrs',
  'miss',
  'mlle',
  'countess',
  'princess',
  'балерина',
  'балерины',
];

/**
 * The head nouns of place names (folded): “the Palace” may stand for the Winter Palace an essay has
 * named, and the words before the head (“Tsarskoe”, «Зимний») for the whole name.
 */
export const HEAD_NOUNS: readonly string[] = [
  'palace',
  'fortress',
  'station',
  'bridge',
  'institute',
  'cathedral',
  'castle',
  'selo',
  'mansion',
  'дворец',
  'крепость',
  'вокзал',
  'мост',
  'институт',
  'собор',
  'замок',
  'село',
  'особняк',
];

/** Words that mean the peace talks or a treaty when an essay has named Brest-Litovsk. */
export const TALKS_WORDS: readonly string[] = [
  'treaty',
  'negotiations',
  'talks',
  'conference',
  'конференция',
  'договор',
  'переговоры',
];

/**
 * The days the treaties at Brest-Litovsk were signed (geodata/brest-litovsk/events.json: the
 * Ukrainian treaty of 9 February 1918, 27 January by the Julian calendar, and the treaty with
 * Russia of 3 March 1918): “the treaty of 9 February” is one of them, “the treaty of August 27”
 * (the supplementary treaty signed at Berlin) is not.
 */
export const BREST_TREATY_DAYS: readonly { day: number; months: readonly string[] }[] = [
  { day: 3, months: ['March', 'марта'] },
  { day: 9, months: ['February', 'февраля'] },
  { day: 27, months: ['January', 'января'] },
];

/** Names in the geodata too vague to propose on their own (a poet, a common word). */
export const STOP_TERMS: readonly string[] = ['Pushkin', 'Moon'];
