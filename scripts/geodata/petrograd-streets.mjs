// Build geodata/petrograd/streets.geojson from the OpenStreetMap extract of the centre
// (/work/shared/osm/streets-centre.geojson, ODbL 1.0). CI has no /work/shared: the built layer is
// committed and the tests read only it. Plain Node 20, no dependencies.
//
//   node scripts/geodata/petrograd-streets.mjs [osm.geojson] [out.geojson]
//
// What it does, in order:
// - keeps the named ways (unnamed ways are service links, courtyards and ramps: left out);
// - classes them by OSM `highway`: primary → rank 1, secondary and tertiary → rank 2, the rest → 3;
// - joins the ways of one name and one rank into a MultiLineString (one feature per street);
// - simplifies each line with Douglas-Peucker at 3 m and rounds to 5 decimals (about 1.1 m);
// - names: the 1917 name from geodata/petrograd/street-names.json when the street is there (the
//   contract with the names table), else from the hand-drawn main streets this layer replaces, else
//   today's name for 1917 too; English by one transliteration rule set; `later: true` streets are
//   dropped (laid out after 1917).
import fs from 'node:fs';

const here = (p) => new URL(`../../${p}`, import.meta.url).pathname;
const input = process.argv[2] || '/work/shared/osm/streets-centre.geojson';
const output = process.argv[3] || here('geodata/petrograd/streets.geojson');
const osm = JSON.parse(fs.readFileSync(input, 'utf8'));

const tablePath = here('geodata/petrograd/street-names.json');
const table = fs.existsSync(tablePath) ? JSON.parse(fs.readFileSync(tablePath, 'utf8')) : null;
// The hand-drawn layer this one replaces carried sourced 1917 names for the main streets.
const oldLayerPath = here('scripts/geodata/petrograd-streets-hand.json');
const handNames = new Map();
if (fs.existsSync(oldLayerPath)) {
  for (const f of JSON.parse(fs.readFileSync(oldLayerPath, 'utf8')).features) {
    const n = f.properties.name;
    handNames.set(n.today_ru ?? n.ru, { n, sources: f.properties.sources });
  }
}

// Transliteration of Russian for English labels (a BGN/PCGN-like rule set, simplified: no
// diacritics, ь and ъ dropped, е after a vowel or at the start → ye).
const LETTERS = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const VOWELS = new Set('аеёиоуыэюяьъ');
export function transliterate(ru) {
  let out = '';
  const s = [...ru];
  s.forEach((ch, i) => {
    const lower = ch.toLowerCase();
    const prev = s[i - 1]?.toLowerCase();
    let t = LETTERS[lower];
    if (t === undefined) {
      out += ch;
      return;
    }
    if (lower === 'е' && (prev === undefined || !/\p{L}/u.test(prev) || VOWELS.has(prev))) t = 'ye';
    // -ий / -ый endings → -y
    if (lower === 'й' && (prev === 'и' || prev === 'ы') && !/\p{L}/u.test(s[i + 1] ?? '')) {
      out = out.slice(0, -1);
      t = 'y';
    }
    out += ch !== lower && t ? t[0].toUpperCase() + t.slice(1) : t;
  });
  return out;
}

// Generic words of a street name in English; the proper name is transliterated.
const WORDS = {
  мост: 'Bridge',
  набережная: 'Embankment',
  площадь: 'Square',
  переулок: 'Lane',
  улица: 'Street',
  проспект: 'Prospekt',
  линия: 'Line',
  бульвар: 'Boulevard',
  шоссе: 'Highway',
  проезд: 'Passage',
  аллея: 'Alley',
  дорога: 'Road',
  спуск: 'Descent',
  сад: 'Garden',
  остров: 'Island',
};
export function englishName(ru) {
  const words = ru.split(' ');
  // 'улица Короленко' → 'Korolenko Street': the generic word goes last in English.
  if (words.length > 1 && WORDS[words[0].toLowerCase()]) words.push(words.shift());
  return words
    .map(
      (w) => WORDS[w.toLowerCase()] ?? transliterate(w).replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
    )
    .join(' ');
}

const rankOf = (hw) => (/^primary/.test(hw) ? 1 : /^(secondary|tertiary)/.test(hw) ? 2 : 3);

function simplify(pts, tol) {
  if (pts.length < 3) return pts;
  const k = Math.cos((59.94 * Math.PI) / 180);
  const xy = pts.map(([x, y]) => [x * 111_320 * k, y * 110_574]);
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = xy[a];
    const [bx, by] = xy[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = xy[i];
      const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
      const d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
      if (d > best) [best, at] = [d, i];
    }
    if (best > tol) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}
const round = ([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];

const OSM_SOURCE = {
  author: 'OpenStreetMap contributors',
  title:
    'OpenStreetMap street ways of central St Petersburg (Overpass API, database of 2026-03-20)',
  year: 2026,
  url: 'https://www.openstreetmap.org/copyright',
  page: 'ODbL 1.0; geometry and today’s Russian name (`name`)',
};

const groups = new Map();
let dropped = { unnamed: 0, later: 0 };
for (const f of osm.features) {
  const p = f.properties;
  if (!p.name) {
    dropped.unnamed++;
    continue;
  }
  const entry = table?.streets?.[p.name];
  if (entry?.later) {
    dropped.later++;
    continue;
  }
  const rank = rankOf(p.highway);
  const key = `${p.name}|${rank}`;
  const line = simplify(f.geometry.coordinates, 3).map(round);
  if (!groups.has(key)) groups.set(key, { name: p.name, rank, lines: [] });
  groups.get(key).lines.push(line);
}

const slug = (s) =>
  transliterate(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const ids = new Set();
const features = [...groups.values()]
  .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'ru'))
  .map(({ name, rank, lines }) => {
    const entry = table?.streets?.[name];
    const hand = handNames.get(name);
    const todayEn = entry?.en_today ?? hand?.n.today_en ?? englishName(name);
    const periodRu = entry?.ru_1917 ?? hand?.n.period_ru ?? name;
    const periodEn = entry?.en_1917 ?? hand?.n.period_en ?? englishName(periodRu);
    let id = `${slug(name)}-${rank}`;
    while (ids.has(id)) id += '-x';
    ids.add(id);
    const from = entry ? 'the street-names table' : hand ? 'the earlier hand-drawn layer' : null;
    return {
      type: 'Feature',
      id,
      geometry:
        lines.length === 1
          ? { type: 'LineString', coordinates: lines[0] }
          : { type: 'MultiLineString', coordinates: lines },
      properties: {
        id,
        kind: 'street',
        rank,
        name: {
          en: periodEn,
          ru: periodRu,
          period_en: periodEn,
          period_ru: periodRu,
          today_en: todayEn,
          today_ru: name,
        },
        accuracy_m: 5,
        note: from
          ? `OSM geometry; the 1917 name from ${from}.`
          : 'OSM geometry; name unchanged for 1917 (no entry in the street-names table).',
        sources: [OSM_SOURCE, ...(hand && !entry ? hand.sources : [])],
      },
    };
  });

const out = {
  type: 'FeatureCollection',
  metadata: {
    title: 'Petrograd 1917: streets of the centre',
    description:
      'Every named drivable street of the centre from OpenStreetMap (one feature per street name and class), rank 1 = primary, 2 = secondary or tertiary, 3 = residential and smaller. Douglas-Peucker 3 m, 5 decimals. 1917 names from geodata/petrograd/street-names.json where present. Built by scripts/geodata/petrograd-streets.mjs; see geodata/petrograd/BASEMAP.md.',
    licence:
      'Derived from OpenStreetMap (ODbL 1.0, © OpenStreetMap contributors); this layer is under the ODbL 1.0 too.',
    generated_by: 'scripts/geodata/petrograd-streets.mjs',
    sources: [OSM_SOURCE],
  },
  features,
};
fs.writeFileSync(output, JSON.stringify(out) + '\n');
console.log(
  `${features.length} streets from ${osm.features.length} ways (dropped ${dropped.unnamed} unnamed, ${dropped.later} later)`,
);
