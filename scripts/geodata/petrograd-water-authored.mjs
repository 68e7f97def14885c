// Hand-authored geometry for the Petrograd (1917) water basemap.
// All coordinates are [lon, lat] in WGS84; channel vertices are
// [lon, lat, width_in_metres]. See geodata/petrograd/WATER.md for how these
// were chosen and how far they can be trusted.

export const EXTENT = { west: 29.6, east: 30.6, south: 59.55, north: 60.1 };

// Simplification tolerances (Douglas-Peucker, metres) and the box in which the
// finer one applies (the city and the delta).
export const FINE_BOX = { west: 30.15, east: 30.6, south: 59.79, north: 60.02 };
export const TOL_FINE_M = 8;
export const TOL_COARSE_M = 20;

// Raster clean-up thresholds, in cells of about 7.7 m x 7.7 m (~60 m2).
export const MIN_WATER_CELLS = 40; // ~0.24 ha
export const MIN_LAND_CELLS = 12; // ~0.07 ha

// ---------------------------------------------------------------------------
// GSHHG water inside these rings is discarded (GSHHG's delta channels are
// schematic and misplaced by up to several hundred metres); the authored
// water below replaces it.
export const GSHHG_EXCLUDE = [
  [
    [30.2125, 59.9245],
    [30.2125, 59.9875],
    [30.236, 59.9875],
    [30.236, 59.995],
    [30.62, 59.995],
    [30.62, 59.77],
    [30.3, 59.77],
    [30.3, 59.912],
    [30.236, 59.912],
    [30.236, 59.9185],
    [30.23, 59.9185],
    [30.23, 59.9245],
  ],
];

// ---------------------------------------------------------------------------
// Water drawn as bank polygons.
export const WATER_POLYGONS = [
  {
    // Neva, Palace Bridge to the Bolsheokhtinsky bridge, including the open
    // water round Zayachy Island (the island itself is cut out below) and the
    // heads of the Malaya Neva and Bolshaya Nevka.
    id: 'neva-centre',
    rings: [
      [
        // left (south) bank, downstream to upstream
        [30.3094, 59.94],
        [30.3125, 59.9411],
        [30.3165, 59.9417],
        [30.32, 59.9426],
        [30.3235, 59.9442],
        [30.3267, 59.9458],
        [30.3312, 59.9464],
        [30.3378, 59.9473],
        [30.344, 59.9484],
        [30.3482, 59.9492],
        [30.356, 59.9497],
        [30.366, 59.9502],
        [30.376, 59.9507],
        [30.386, 59.9512],
        [30.393, 59.9512],
        [30.3968, 59.9506],
        [30.3988, 59.9492],
        [30.3992, 59.947],
        [30.3986, 59.9445],
        [30.3981, 59.9425],
        // across at the Bolsheokhtinsky bridge; right bank back downstream
        [30.4044, 59.9428],
        [30.4062, 59.945],
        [30.407, 59.9475],
        [30.4068, 59.95],
        [30.4048, 59.9525],
        [30.4005, 59.9546],
        [30.394, 59.9557],
        [30.385, 59.9557],
        [30.375, 59.9552],
        [30.366, 59.9545],
        [30.359, 59.9538],
        [30.353, 59.9528],
        [30.35, 59.9523],
        [30.345, 59.9526],
        [30.3415, 59.9535],
        // mouth of the Bolshaya Nevka (continued by its channel), Petrovskaya nab.
        [30.3372, 59.9533],
        [30.334, 59.9524],
        [30.33, 59.9513],
        [30.327, 59.9504],
        // Petrograd-side bank of the Kronverksky strait
        [30.3245, 59.9503],
        [30.324, 59.9512],
        [30.323, 59.9522],
        [30.3195, 59.9526],
        [30.314, 59.9527],
        [30.3108, 59.9522],
        [30.3092, 59.951],
        // Mytninskaya nab. down to the Birzhevoy bridge
        [30.308, 59.9502],
        [30.306, 59.949],
        [30.304, 59.9477],
        // across the Malaya Neva at the Birzhevoy bridge, round the Strelka
        [30.3032, 59.9452],
        [30.3055, 59.945],
        [30.3072, 59.9448],
        [30.3082, 59.9444],
        [30.308, 59.9437],
        [30.3072, 59.9428],
        [30.3066, 59.9422],
      ],
    ],
  },
  {
    id: 'bolshaya-neva',
    rings: [
      [
        // Vasilievsky (north) bank, Palace Bridge to the mouth
        [30.3066, 59.9422],
        [30.3045, 59.941],
        [30.3, 59.94],
        [30.296, 59.9386],
        [30.292, 59.937],
        [30.2885, 59.9358],
        [30.283, 59.934],
        [30.276, 59.9315],
        [30.27, 59.9289],
        [30.268, 59.9283],
        [30.264, 59.9275],
        [30.258, 59.9266],
        [30.25, 59.9259],
        [30.242, 59.9255],
        [30.23, 59.925],
        // out into the bay, then the south (Gutuevsky) bank back upstream
        [30.23, 59.9185],
        [30.236, 59.9185],
        [30.24, 59.9188],
        [30.247, 59.9198],
        [30.255, 59.9214],
        [30.262, 59.9228],
        [30.268, 59.9245],
        [30.273, 59.9262],
        [30.279, 59.9285],
        [30.285, 59.9315],
        [30.2906, 59.9334],
        [30.296, 59.9352],
        [30.302, 59.9373],
        [30.306, 59.9389],
        [30.3094, 59.94],
      ],
    ],
  },
  {
    id: 'malaya-neva',
    rings: [
      [
        // Vasilievsky / Golodai (south) bank, Birzhevoy bridge to the mouth
        [30.3032, 59.9452],
        [30.299, 59.946],
        [30.294, 59.9468],
        [30.29, 59.9474],
        [30.2856, 59.948],
        [30.28, 59.9487],
        [30.276, 59.9494],
        [30.2736, 59.95],
        [30.27, 59.9518],
        [30.265, 59.955],
        [30.26, 59.9568],
        [30.255, 59.9585],
        [30.25, 59.96],
        [30.245, 59.9612],
        [30.238, 59.9622],
        // out into the bay, then the Petrovsky / Petrograd (north) bank
        [30.24, 59.9632],
        [30.244, 59.963],
        [30.25, 59.962],
        [30.255, 59.9608],
        [30.26, 59.9592],
        [30.2651, 59.9578],
        [30.27, 59.956],
        [30.2745, 59.9538],
        [30.2795, 59.9515],
        [30.283, 59.9505],
        [30.286, 59.9501],
        [30.29, 59.9497],
        [30.295, 59.9492],
        [30.3, 59.9485],
        [30.304, 59.9477],
      ],
    ],
  },
  {
    // The bay off the western ends of the delta islands, drawn to an estimated
    // 1917 shore: GSHHG's shore here includes land made after 1917 (western
    // Vasilievsky and Golodai in the 1960s-80s, western Krestovsky from the
    // 1930s), and its channel mouths are misplaced.
    id: 'islands-1917-shore',
    rings: [
      [
        [30.205, 59.924],
        [30.23, 59.924],
        [30.242, 59.9255],
        [30.237, 59.929],
        [30.2335, 59.933],
        [30.2322, 59.938],
        [30.233, 59.944],
        [30.2355, 59.95],
        [30.238, 59.956],
        [30.239, 59.9615],
        [30.2435, 59.9635],
        [30.24, 59.967],
        [30.233, 59.9675],
        [30.229, 59.97],
        [30.2285, 59.973],
        [30.23, 59.9755],
        [30.233, 59.9768],
        [30.2375, 59.979],
        [30.236, 59.9815],
        [30.233, 59.9845],
        [30.22, 59.9862],
        [30.2125, 59.9875],
        [30.2125, 59.97],
        [30.205, 59.97],
      ],
    ],
  },
];

// ---------------------------------------------------------------------------
// Water drawn as centrelines with widths: [lon, lat, width_m].
export const CHANNELS = [
  {
    id: 'neva-upstream',
    line: [
      [30.4013, 59.9427, 335],
      [30.4005, 59.938, 360],
      [30.3985, 59.932, 380],
      [30.3956, 59.9257, 400],
      [30.397, 59.92, 380],
      [30.405, 59.915, 350],
      [30.415, 59.906, 380],
      [30.425, 59.898, 400],
      [30.437, 59.889, 380],
      [30.4535, 59.8777, 330],
      [30.468, 59.868, 380],
      [30.48, 59.86, 400],
      [30.4899, 59.8537, 420],
      [30.5, 59.848, 450],
      [30.515, 59.842, 500],
      [30.53, 59.838, 500],
      [30.545, 59.834, 500],
      [30.555, 59.83, 500],
      [30.57, 59.82, 500],
      [30.585, 59.811, 450],
      [30.615, 59.802, 450],
    ],
  },
  {
    id: 'kronverksky-strait',
    line: [
      [30.309, 59.9505, 50],
      [30.3104, 59.9519, 55],
      [30.314, 59.9524, 55],
      [30.3195, 59.9523, 55],
      [30.3228, 59.9518, 55],
      [30.324, 59.9506, 50],
    ],
  },
  {
    id: 'bolshaya-nevka',
    line: [
      [30.3393, 59.9528, 260],
      [30.3392, 59.9555, 200],
      [30.339, 59.958, 200],
      [30.3385, 59.961, 200],
      [30.3372, 59.9645, 210],
      [30.3345, 59.9676, 210],
      [30.331, 59.97, 200],
      [30.3275, 59.974, 200],
      [30.324, 59.9775, 200],
      [30.32, 59.98, 200],
      [30.315, 59.9818, 220],
      [30.309, 59.9818, 220],
      [30.3, 59.9826, 200],
      [30.292, 59.9838, 200],
      [30.284, 59.9848, 220],
      [30.276, 59.9852, 200],
      [30.266, 59.9843, 190],
      [30.256, 59.982, 160],
      [30.246, 59.9822, 180],
      [30.238, 59.9826, 220],
      [30.23, 59.983, 260],
    ],
  },
  {
    id: 'malaya-nevka',
    line: [
      [30.3085, 59.9808, 180],
      [30.305, 59.9792, 160],
      [30.3013, 59.9775, 150],
      [30.296, 59.9748, 150],
      [30.2905, 59.9718, 160],
      [30.286, 59.9695, 170],
      [30.281, 59.9672, 180],
      [30.277, 59.9657, 180],
      [30.2738, 59.9651, 170],
      [30.265, 59.965, 180],
      [30.255, 59.9652, 200],
      [30.247, 59.9654, 220],
      [30.238, 59.9656, 280],
    ],
  },
  {
    id: 'srednyaya-nevka',
    line: [
      [30.2805, 59.9848, 150],
      [30.2775, 59.9812, 130],
      [30.2748, 59.9778, 130],
      [30.269, 59.9757, 150],
      [30.26, 59.9754, 170],
      [30.25, 59.9758, 190],
      [30.24, 59.977, 220],
      [30.23, 59.9778, 250],
    ],
  },
  {
    // GSHHG shows a channel (probably the Ekateringofka or a harbour basin)
    // running south from the Bolshaya Neva mouth; this stub joins it to the
    // authored bank.
    id: 'port-link',
    line: [
      [30.2618, 59.91, 90],
      [30.2625, 59.9232, 90],
    ],
  },
  {
    id: 'krestovka',
    ownLabel: 'krestovka',
    line: [
      [30.284, 59.9702, 50],
      [30.28, 59.9735, 45],
      [30.2765, 59.9765, 45],
      [30.2745, 59.978, 50],
    ],
  },
  {
    id: 'karpovka',
    ownLabel: 'karpovka',
    line: [
      [30.3338, 59.9668, 40],
      [30.325, 59.969, 35],
      [30.314, 59.9698, 35],
      [30.305, 59.9712, 35],
      [30.296, 59.9712, 35],
      [30.288, 59.97, 40],
    ],
  },
  {
    id: 'zhdanovka',
    ownLabel: 'zhdanovka',
    line: [
      [30.2815, 59.9505, 55],
      [30.2812, 59.954, 50],
      [30.279, 59.958, 50],
      [30.274, 59.9615, 50],
      [30.269, 59.964, 55],
    ],
  },
  {
    id: 'smolenka',
    ownLabel: 'smolenka',
    line: [
      [30.2736, 59.9498, 45],
      [30.268, 59.95, 40],
      [30.26, 59.9505, 40],
      [30.252, 59.952, 40],
      [30.245, 59.9545, 45],
      [30.2415, 59.958, 50],
      [30.2405, 59.962, 50],
    ],
  },
];

// ---------------------------------------------------------------------------
// Land carved out of the water after everything else.
export const LAND_POLYGONS = [
  {
    // Zayachy Island with the Peter and Paul Fortress (~750 m x 430 m)
    id: 'zayachy',
    rings: [
      [
        [30.3097, 59.95],
        [30.3108, 59.949],
        [30.3135, 59.9484],
        [30.3185, 59.9483],
        [30.3213, 59.9489],
        [30.3232, 59.9502],
        [30.3226, 59.9514],
        [30.3195, 59.952],
        [30.314, 59.9521],
        [30.311, 59.9515],
      ],
    ],
  },
];

// ---------------------------------------------------------------------------
// Features (output order) and the zones that label the water. Water outside
// every zone gets DEFAULT_LABEL; later zones override earlier ones, so the
// boundary between two water bodies is the edge of the later zone where it
// crosses water (a short straight cut line).
export const DEFAULT_LABEL = 'gulf-of-finland';

export const LABEL_ZONES = [
  {
    id: 'neva-bay', // east of the line Lisy Nos - Kotlin - Oranienbaum
    rings: [
      [
        [29.765, 59.993],
        [29.99, 60.02],
        [29.99, 60.2],
        [30.8, 60.2],
        [30.8, 59.4],
        [29.77, 59.4],
        [29.77, 59.928],
      ],
    ],
  },
  {
    id: 'neva',
    rings: [
      [
        [30.3094, 59.94],
        [30.3066, 59.9422],
        [30.3076, 59.9443],
        [30.308, 59.9516],
        [30.31, 59.9545],
        [30.33, 59.9545],
        [30.3355, 59.954],
        [30.344, 59.954],
        [30.36, 59.958],
        [30.4, 59.96],
        [30.415, 59.95],
        [30.43, 59.92],
        [30.48, 59.88],
        [30.62, 59.83],
        [30.62, 59.78],
        [30.58, 59.79],
        [30.52, 59.825],
        [30.47, 59.845],
        [30.435, 59.87],
        [30.4, 59.9],
        [30.385, 59.925],
        [30.33, 59.942],
        [30.312, 59.9395],
      ],
    ],
  },
  {
    id: 'bolshaya-neva',
    rings: [
      [
        [30.3094, 59.94],
        [30.3066, 59.9422],
        [30.3, 59.944],
        [30.27, 59.935],
        [30.2425, 59.9262],
        [30.2425, 59.915],
        [30.258, 59.915],
        [30.258, 59.9205],
        [30.266, 59.9205],
        [30.29, 59.93],
        [30.31, 59.939],
      ],
    ],
  },
  {
    id: 'malaya-neva',
    rings: [
      [
        [30.3076, 59.9443],
        [30.308, 59.9516],
        [30.295, 59.9525],
        [30.283, 59.953],
        [30.27, 59.96],
        [30.255, 59.963],
        [30.244, 59.9636],
        [30.242, 59.9605],
        [30.25, 59.957],
        [30.27, 59.949],
        [30.3, 59.944],
      ],
    ],
  },
  {
    id: 'bolshaya-nevka',
    rings: [
      [
        [30.3355, 59.954],
        [30.344, 59.954],
        [30.348, 59.965],
        [30.335, 59.985],
        [30.3, 59.988],
        [30.27, 59.99],
        [30.2368, 59.9885],
        [30.2368, 59.9808],
        [30.27, 59.9795],
        [30.3, 59.976],
        [30.33, 59.965],
      ],
    ],
  },
  {
    // from the south bank of the Bolshaya Nevka at Kamenny Island's east tip
    id: 'malaya-nevka',
    rings: [
      [
        [30.305, 59.9806],
        [30.314, 59.9806],
        [30.308, 59.976],
        [30.295, 59.97],
        [30.28, 59.964],
        [30.26, 59.9628],
        [30.244, 59.9636],
        [30.244, 59.969],
        [30.26, 59.969],
        [30.278, 59.97],
        [30.29, 59.9745],
      ],
    ],
  },
  {
    // from the south bank of the Bolshaya Nevka between Kamenny and Yelagin
    id: 'srednyaya-nevka',
    rings: [
      [
        [30.2835, 59.9838],
        [30.2765, 59.984],
        [30.274, 59.98],
        [30.26, 59.979],
        [30.238, 59.9793],
        [30.238, 59.974],
        [30.26, 59.972],
        [30.28, 59.9745],
        [30.285, 59.979],
      ],
    ],
  },
];

// ---------------------------------------------------------------------------
// Sources. For web references with no publication date, `year` is the year
// they were consulted (2026).
const SRC_GSHHG = {
  author: 'Wessel, P. and Smith, W. H. F.',
  title:
    'GSHHG: A Global Self-consistent, Hierarchical, High-resolution Geography Database, version 2.3.7 (full resolution), as packaged by Debian (gmt-gshhg-full 2.3.7-6)',
  year: 2017,
  url: 'https://www.soest.hawaii.edu/pwessel/gshhg/',
};
const SRC_WESSEL_1996 = {
  author: 'Wessel, P. and Smith, W. H. F.',
  title: 'A global, self-consistent, hierarchical, high-resolution shoreline database',
  year: 1996,
  page: 'Journal of Geophysical Research 101(B4), 8741-8743',
};
const enc = (title, id) => ({
  author: 'Encyclopaedia of Saint Petersburg (encspb.ru)',
  title,
  year: 2026,
  url: `http://www.encspb.ru/object/${id}?lc=en`,
  page: 'online entry, consulted 2026',
});
const SRC_ENC_NEVA = enc('Neva, river', '2803997867');
const SRC_ENC_BNEVA = enc('Bolshaya Neva', '2803997720');
const SRC_ENC_MNEVA = enc('Malaya Neva', '2803997832');
const SRC_ENC_MNEVKA = enc('Malaya Nevka', '2803997839');
const SRC_ENC_GRENADER = enc("Grenadier's Bridge", '2804005951');
const SRC_ENC_SAMPSON = enc('Sampsonievsky Bridge', '2855730682');
const SRC_ENC_USHAKOV = enc('Ushakovsky Bridge', '2855710926');
const wp = (title, url, page) => ({
  author: 'Wikipedia contributors',
  title,
  year: 2026,
  url,
  page,
});
const SRC_WP_TROITSKY = wp(
  'Troizki-Brücke',
  'https://de.wikipedia.org/wiki/Troizki-Br%C3%BCcke',
  'infobox: 59.94875 N 30.32741 E, length 582 m',
);
const SRC_WP_SAMPSON = wp(
  'Sampsonievsky Bridge',
  'https://en.wikipedia.org/wiki/Sampsonievsky_Bridge',
  'coordinates 59.95797 N 30.33737 E, length 215 m',
);
const SRC_WP_LNEVKA = wp(
  'Little Nevka',
  'https://en.wikipedia.org/wiki/Little_Nevka',
  'branching at Kamenny Island, width 120-300 m',
);
const SRC_WP_YELAGIN = wp(
  'Yelagin Island',
  'https://en.wikipedia.org/wiki/Yelagin_Island',
  'infobox: 59.9794 N 30.2603 E, 0.94 km2, 2.1 x 0.8 km',
);
const SRC_WP_MNEVKA_MID = wp(
  'Middle Nevka (Srednyaya Nevka)',
  'https://fr.wikipedia.org/wiki/Moyenne_Nevka',
  'length 2.6 km, width 100-230 m, between Yelagin and Kamenny/Krestovsky',
);
const SRC_WP_SMOLENKA = wp(
  'Smolenka River',
  'https://en.wikipedia.org/wiki/Smolenka_River',
  'branches off the Malaya Neva at 59°57′00″N 30°16′25″E',
);
const SRC_BRIDGETOUR = {
  author: 'St. Petersburg Bridge Tour (blog)',
  title: 'Grenader Bridge across the Bolshaya Nevka River',
  year: 2014,
  url: 'http://stpetersburgbridgetour.blogspot.com/2014/09/124-grenader-bridge-across-bolshaya.html',
  page: '59°58′04″N 30°20′04″E',
};
const SRC_BRIDGETOUR_SMOLENKA = {
  author: 'St. Petersburg Bridge Tour (blog)',
  title: '4th Smolenka Bridge across the Smolenka River',
  year: 2014,
  url: 'http://stpetersburgbridgetour.blogspot.com/2014/09/103-smolenka-bridge-across-northern.html',
  page: 'new mouth channel dug 1965-1975; earlier mouth in the Malaya Neva',
};
const SRC_BRIDGE_POINTS = {
  author: 'unknown (public GitHub repository of a St Petersburg bridge quiz)',
  title:
    'Street-level positions of the Neva bridges (Liteyny, Palace, Blagoveshchensky, Tuchkov, Birzhevoy, Bolsheokhtinsky, Alexander Nevsky, Volodarsky, Bolshoy Obukhovsky, Lazarevsky, Kamennoostrovsky, Ushakovsky, Bolshoy Petrovsky, Betancourt)',
  year: 2026,
  page: 'consulted 2026; used as bridge-deck positions, cross-checked against Wikipedia coordinates where available',
};
const SRC_OSM_POINTS = {
  author: 'OpenStreetMap contributors',
  title:
    'Centroids of St Petersburg landmarks (Kunstkamera, Rostral Columns, Exchange, museum ship Aurora, Hotel Sankt-Peterburg, Hotel Okhtinskaya, Yelagin Palace service buildings, Datsan, icebreaker Krasin), used only as check points',
  year: 2026,
  url: 'https://www.openstreetmap.org/copyright',
  page: 'ODbL 1.0; extracted in a public dataset (github.com/fiji6479/tourist_bot, bot/jsfile/test.js)',
};
const SRC_PETROV = {
  author: 'Petrov, S.',
  title:
    'Krestovsky, Yelagin, Petrovsky. Ostrova Nevskoy del’ty (on the Zhdanovka, deepened in the 1830s and straightened in the 1960s)',
  year: 2026,
  url: 'https://iknigi.net/avtor-sergey-petrov/106983-krestovskiy-elagin-petrovskiy-ostrova-nevskoy-delty-sergey-petrov/read/page-3.html',
  page: 'online excerpt, consulted 2026',
};
const SRC_NAMYV = {
  author: 'Parkina, M. (Bellona)',
  title:
    'Nuzhen li Peterburgu eshchyo odin namyv v Vasileostrovskom rayone? (first reclaimed ground in western Vasilievsky dates from the 1960s; Morskoy Fasad from 2006)',
  year: 2021,
  url: 'https://bellona.ru/2021/10/14/nuzhen-li-peterburgu-eshhe-odin-namyv-v-vasileostrovskom-rajone/',
};
const SRC_NAMYV2 = {
  author: 'Gorodovoy.ru',
  title:
    'Kak Leningrad vyros na 3000 gektarov: istoriya iskusstvennykh ostrovov (Morskaya naberezhnaya named in 1972 when it ran along the Gulf shore)',
  year: 2025,
  url: 'https://gorodovoy.ru/news/ot-petra-do-zsd-kak-namyvy-menyali-morskoe-lico-leningrada_id898972_a182_c5_dp251222',
};

const SEA_NOTE_COMMON =
  'GSHHG lakes are treated as land (none fall inside the extent at full resolution).';

export const FEATURES = [
  {
    id: 'gulf-of-finland',
    kind: 'sea',
    name: { en: 'Gulf of Finland', ru: 'Финский залив' },
    accuracy_m: 300,
    note:
      'The open gulf west of the Neva Bay, inside the map extent. Shoreline from GSHHG 2.3.7 at full resolution, rasterised on a ~7.7 m grid, traced back to polygons and simplified with a 20 m Douglas-Peucker tolerance. GSHHG is compiled from late-20th-century charts: expect errors of a few hundred metres, and a modern rather than a 1917 shore. The boundary with the Neva Bay is two straight lines from a point on Kotlin just west of Kronstadt, one to Lisy Nos on the north shore and one to the coast west of Oranienbaum; Kotlin is therefore land bounded by both sea features rather than a hole in one. ' +
      SEA_NOTE_COMMON,
    sources: [SRC_GSHHG, SRC_WESSEL_1996],
  },
  {
    id: 'neva-bay',
    kind: 'sea',
    name: { en: 'Neva Bay', ru: 'Невская губа' },
    accuracy_m: 300,
    note:
      "The shallow eastern end of the gulf between Kotlin and the city, from GSHHG full resolution as for the gulf (20 m tolerance outside the city, 8 m inside). Off the western ends of the delta islands (about 30.21-30.24 E) the shore was redrawn by hand to an estimated 1917 line, because GSHHG there includes ground reclaimed later (western Vasilievsky and Golodai from the 1960s, the western end of Krestovsky from the 1930s); that estimate is good to roughly 300 m. The port channels south of the Bolshaya Neva mouth (Sea Canal area) are GSHHG's schematic version, joined to the river by a short drawn link, and are approximate. The Kronstadt flood barrier and the post-2006 Morskoy Fasad fill are not in the data, correctly for 1917. " +
      SEA_NOTE_COMMON,
    sources: [SRC_GSHHG, SRC_WESSEL_1996, SRC_NAMYV, SRC_NAMYV2],
  },
  {
    id: 'neva',
    kind: 'river',
    name: { en: 'Neva', ru: 'Нева' },
    accuracy_m: 150,
    note: "Main channel from the eastern edge of the extent (near Ust-Izhora) round the Smolny bend to the head of the delta. Its downstream limits are straight cut lines: along the Palace Bridge where the Bolshaya Neva starts, from the tip of the Strelka north to the Petrograd bank where the Malaya Neva starts, and across the head of the Bolshaya Nevka between the Petrograd and Vyborg sides. Includes the Kronverksky strait; Zayachy Island (Peter and Paul Fortress, about 750 x 430 m) is a drawn hole. GSHHG's channels here are schematic and stop near the Liteyny bridge, so all of this is drawn by hand: from the Palace to the Bolsheokhtinsky bridge as bank polygons fitted to bridge positions and lengths and to buildings on both banks, and upstream as a centreline with widths through the Alexander Nevsky, Volodarsky and Bolshoy Obukhovsky bridge sites. Expected error 50-100 m in the centre, about 150 m up to the Volodarsky bridge and 300 m or more past Obukhovo. The central embankments were granite long before 1917, so the centre is close to the 1917 line; the upstream banks have been built up since.",
    sources: [SRC_ENC_NEVA, SRC_WP_TROITSKY, SRC_BRIDGE_POINTS, SRC_OSM_POINTS],
  },
  {
    id: 'bolshaya-neva',
    kind: 'river',
    name: { en: 'Bolshaya Neva', ru: 'Большая Нева' },
    accuracy_m: 100,
    note: 'From the Palace Bridge line to the south-western corner of Vasilievsky Island, where a north-south cut at 30.2425 E separates it from the Neva Bay. Hand-drawn bank polygon fitted to the Palace and Blagoveshchensky (in 1917 Nikolaevsky) bridge positions and lengths and to landmarks on the banks (Kunstkamera, Admiralty, Bronze Horseman, Rumyantsev mansion, the Krasin berth), keeping the 200-400 m width given by the St Petersburg encyclopedia. Expected error 50-80 m between the bridges, up to about 150 m towards the mouth and the Gutuevsky side.',
    sources: [SRC_ENC_BNEVA, SRC_BRIDGE_POINTS, SRC_OSM_POINTS],
  },
  {
    id: 'malaya-neva',
    kind: 'river',
    name: { en: 'Malaya Neva', ru: 'Малая Нева' },
    accuracy_m: 100,
    note: "From the line between the Strelka tip and the Petrograd bank to its mouth between Golodai (Dekabristov) Island and Petrovsky Island, closed off by a short cut from Petrovsky's western tip to Golodai. Hand-drawn bank polygon fitted to the Birzhevoy and Tuchkov bridge positions, the Betancourt bridge site and the point where the Smolenka leaves it, with the 200-400 m width given by the encyclopedia. Serny Island and the low Volny Island at the mouth are not drawn. Expected error about 80 m near the bridges and 150 m near the mouth.",
    sources: [SRC_ENC_MNEVA, SRC_WP_SMOLENKA, SRC_BRIDGE_POINTS, SRC_OSM_POINTS],
  },
  {
    id: 'bolshaya-nevka',
    kind: 'river',
    name: { en: 'Bolshaya Nevka', ru: 'Большая Невка' },
    accuracy_m: 150,
    note: "Drawn as a centreline with widths (160-260 m) from its head opposite the Liteyny bridge, past the Sampsonievsky and Grenadersky bridge sites, round Aptekarsky Island and along the north side of Kamenny and Yelagin islands to a cut at Yelagin's western tip. Positions checked against the Sampsonievsky, Grenadersky and Ushakovsky (Stroganov in 1917) bridges, the present berth of the Aurora, and buildings on the banks (Hotel Sankt-Peterburg, the Datsan). The Malaya and Srednyaya Nevka are cut off along its own south bank. Expected error about 100 m near the head and 150 m elsewhere.",
    sources: [
      SRC_ENC_SAMPSON,
      SRC_WP_SAMPSON,
      SRC_ENC_GRENADER,
      SRC_BRIDGETOUR,
      SRC_ENC_USHAKOV,
      SRC_BRIDGE_POINTS,
      SRC_OSM_POINTS,
    ],
  },
  {
    id: 'malaya-nevka',
    kind: 'river',
    name: { en: 'Malaya Nevka', ru: 'Малая Невка' },
    accuracy_m: 150,
    note: "Leaves the Bolshaya Nevka at the eastern tip of Kamenny Island and runs past the Kamennoostrovsky, Krestovsky, Lazarevsky and Bolshoy Petrovsky bridge sites to the bay north of Petrovsky Island, where a short north-south cut at Petrovsky's western tip separates it from the bay. Centreline with widths of 150-280 m (the references give 120-300 m). Expected error about 150 m.",
    sources: [SRC_ENC_MNEVKA, SRC_WP_LNEVKA, SRC_BRIDGE_POINTS],
  },
  {
    id: 'srednyaya-nevka',
    kind: 'river',
    name: { en: 'Srednyaya Nevka', ru: 'Средняя Невка' },
    accuracy_m: 200,
    note: "Leaves the Bolshaya Nevka between Kamenny and Yelagin islands and runs west between Yelagin (north) and Kamenny and Krestovsky (south) to a cut at Yelagin's western tip. Centreline with widths of 130-250 m (references give 100-230 m), placed from the position and size of Yelagin Island and the palace buildings on it. Expected error 150-200 m.",
    sources: [SRC_WP_MNEVKA_MID, SRC_WP_YELAGIN, SRC_WP_LNEVKA, SRC_OSM_POINTS],
  },
  {
    id: 'krestovka',
    kind: 'river',
    name: { en: 'Krestovka', ru: 'Крестовка' },
    accuracy_m: 150,
    note: 'Small channel between Kamenny and Krestovsky islands linking the Malaya and Srednyaya Nevka, drawn 45-50 m wide along a hand-sketched course; it ends where it meets the banks of its parents. Expected error 100-150 m. Included mainly so that Kamenny and Krestovsky come out as separate islands.',
    sources: [SRC_ENC_MNEVKA],
  },
  {
    id: 'karpovka',
    kind: 'river',
    name: { en: 'Karpovka', ru: 'Карповка' },
    accuracy_m: 150,
    note: 'Separates Aptekarsky from Petrogradsky Island, from the Bolshaya Nevka beside the Grenadersky bridge site to the Malaya Nevka. Drawn 35-40 m wide along a hand-sketched course; expected error 100-150 m.',
    sources: [SRC_ENC_MNEVKA, SRC_ENC_GRENADER],
  },
  {
    id: 'zhdanovka',
    kind: 'river',
    name: { en: 'Zhdanovka', ru: 'Ждановка' },
    accuracy_m: 150,
    note: 'Separates Petrogradsky from Petrovsky Island, from the Malaya Neva just below the Tuchkov bridge to the Malaya Nevka. Drawn 50-55 m wide along a hand-sketched course. Its bed was straightened in the 1960s; this sketch follows neither the old nor the new course closely. Expected error 100-150 m.',
    sources: [SRC_ENC_MNEVA, SRC_ENC_MNEVKA, SRC_PETROV],
  },
  {
    id: 'smolenka',
    kind: 'river',
    name: { en: 'Smolenka', ru: 'Смоленка' },
    accuracy_m: 200,
    note: 'Separates Vasilievsky Island from Golodai (Dekabristov) Island. It leaves the Malaya Neva at 59°57′00″N 30°16′25″E. Before a new mouth was dug in 1965-1975 it ended in the Malaya Neva near the former Volny Island rather than in the open bay, and it is drawn that way here. Drawn 40-50 m wide along a hand-sketched course; expected error 150-200 m.',
    sources: [SRC_WP_SMOLENKA, SRC_BRIDGETOUR_SMOLENKA],
  },
];

export const METADATA = {
  title: 'Petrograd 1917: water basemap (Neva delta, Neva Bay and Gulf of Finland)',
  description:
    'Water polygons for the Petrograd city map, lon 29.60-30.60, lat 59.55-60.10, WGS84. The sea comes from the GSHHG full-resolution shoreline; the Neva and its delta branches are drawn by hand, because GSHHG renders them schematically and misplaced by up to several hundred metres. Neighbouring water bodies share their boundaries exactly and meet along short straight cut lines. Land is not drawn: it is the map background. Grid 0.5 x 0.25 arc-seconds (about 7.7 m); Douglas-Peucker tolerance 8 m in the city (lon 30.15-30.60, lat 59.79-60.02) and 20 m elsewhere. Each feature states its own accuracy; see geodata/petrograd/WATER.md.',
  licence:
    'Derived from GSHHG 2.3.7 (Wessel and Smith), LGPL-3.0-or-later; the hand-drawn delta geometry is original work of the Atlas 1917 project, checked against a handful of OpenStreetMap point positions (ODbL 1.0, attribution: OpenStreetMap contributors). Distribute under the LGPL-3.0-or-later with attribution to GSHHG and OpenStreetMap contributors.',
  sources: [
    SRC_GSHHG,
    SRC_WESSEL_1996,
    SRC_ENC_NEVA,
    SRC_ENC_BNEVA,
    SRC_ENC_MNEVA,
    SRC_ENC_MNEVKA,
    SRC_BRIDGE_POINTS,
    SRC_OSM_POINTS,
    SRC_NAMYV,
  ],
  generated_by: 'scripts/geodata/petrograd-water.sh',
};
