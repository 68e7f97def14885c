/**
 * The benchmark: `npm run bench` prints a table, `npm run bench -- --json` one JSON line.
 * Builds the app and a bare MapLibre page, serves both from one local server, and measures them in
 * the same run in headless Chromium, alternating, so that the figures are ratios. The bare page draws
 * the style the running app drew (layers, data for the moment shown, marker icons, label font) and
 * nothing else. Both run with reduced motion (camera cuts, labels without fading), so that a load is
 * the work of drawing the view, not the length of an animation.
 *
 * Parts (all by default; `BENCH_ONLY=load,scrub` runs some): sizes, load, switch, scrub, memory,
 * lighthouse, import (`import.ts`). Counts: BENCH_RUNS (loads per case, 7), BENCH_SWITCHES (timed passage switches, 60),
 * BENCH_SOAK (passage switches for the heap, 1000), BENCH_MAP_SWITCHES (200), BENCH_SCRUB (slider moves, 30).
 */
import { execSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { readHeap } from '../../tests/e2e/heap';
import { MAP_IDS, MAPS, type MapId } from '../../src/lib/map/maps';
import { parseEssay } from '../../src/lib/story/parse';
import { slidesOf } from '../../src/lib/story/slides';
import { parseRef } from '../../src/lib/story/refs';
import { importBench } from './import';

const json = process.argv.includes('--json');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 60);
const SOAK = Number(process.env.BENCH_SOAK ?? 1000);
const MAP_SWITCHES = Number(process.env.BENCH_MAP_SWITCHES ?? 200);
const SCRUB = Number(process.env.BENCH_SCRUB ?? 30);
const PARTS = new Set(
  (process.env.BENCH_ONLY ?? 'sizes,load,switch,scrub,memory,lighthouse,import').split(','),
);
const log = (...a: unknown[]) => {
  if (!json) console.error(...a);
};

log('building the app and the bare baseline…');
execSync('npx vite build --logLevel warn', {
  stdio: json ? 'ignore' : 'inherit',
  env: { ...process.env, ATLAS_TEST: '1' },
});
execSync('npx vite build --config scripts/bench/vite.bare.config.ts', {
  stdio: json ? 'ignore' : 'inherit',
});

// --- files ---------------------------------------------------------------------------------
const gzCache = new Map<string, number>();
/** A built file's size at gzip -9, in KB (what a server compressing its files would send). */
const gz = (path: string) => {
  let v = gzCache.get(path);
  if (v === undefined) {
    v = gzipSync(readFileSync(path), { level: 9 }).length / 1024;
    gzCache.set(path, v);
  }
  return v;
};
const assets = 'dist/assets';
const files = readdirSync(assets);
const isJs = (f: string) => f.endsWith('.js') || f.endsWith('.mjs');
const isMapLibre = (f: string) => f.startsWith('maplibre');
const sumOf = (pred: (f: string) => boolean) =>
  files.filter(pred).reduce((t, f) => t + gz(join(assets, f)), 0);

/** What a request for a built file counts as. */
type Kind = 'own_js' | 'maplibre_js' | 'css' | 'fonts' | 'geodata' | 'essay' | 'other';
function kindOf(file: string): Kind {
  const name = file.split('/').pop()!;
  if (isJs(name)) return isMapLibre(name) ? 'maplibre_js' : 'own_js';
  if (name.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf)$/.test(name)) return 'fonts';
  if (file.startsWith('essays/')) return 'essay';
  if (/\.(geo)?json$/.test(name)) return 'geodata';
  return 'other';
}

// --- server --------------------------------------------------------------------------------
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    const root = path.startsWith('/bench/') ? 'dist-bench' : 'dist';
    if (root === 'dist-bench') path = path.slice('/bench'.length);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/**
 * Records every `idle` of the app's map (from the moment the map is made), so that a load is timed to
 * when the map last came to rest, not to a first draw the app then changes.
 */
const RECORD_IDLES = `
  window.__idles = [];
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get() { return this.__m; },
    set(m) { this.__m = m; m.on('idle', () => window.__idles.push(performance.now())); },
  });
`;
/** tsx keeps function names with a helper that does not exist in the page. */
const NAME_HELPER = 'window.__name = (f) => f';

/**
 * In the page: resolves with the ms since `t0` once a frame is drawn with `target` selected and every
 * tile loaded (NaN after 5 s), on the app's map and on the bare page alike.
 */
const HIGHLIGHT_DRAWN = `
  window.__highlightDrawn = (map, target, t0) => new Promise((resolve) => {
    const check = () => {
      if (map.getSource(target.source) && map.getFeatureState(target).selected === true && map.areTilesLoaded()) {
        map.off('render', check);
        resolve(performance.now() - t0);
      }
    };
    map.on('render', check);
    setTimeout(() => { map.off('render', check); resolve(NaN); }, 5000);
  });
`;
interface HighlightHelper {
  __highlightDrawn(
    map: unknown,
    target: { source: string; id: string },
    t0: number,
  ): Promise<number>;
}

interface AppView {
  /** When the map last came to rest. */
  t: number;
  /** When it was first drawn (what the first view needed was fetched before). */
  first: number;
  style: unknown;
  bounds: string;
  w: number;
  h: number;
  resources: { name: string; start: number }[];
}

/** A feature as MapLibre's feature state names it. */
interface FeatureTarget {
  source: string;
  id: string;
}

/** What one passage switch changed on the app's map, for the bare page to make the same change. */
interface SwitchStep {
  /** The whole style, when the switch changed maps. */
  style: import('maplibre-gl').StyleSpecification | null;
  /** New data for each source whose data changed (same map). */
  data: Record<string, GeoJSON.GeoJSON>;
  camera: { center: [number, number]; zoom: number; bearing: number; pitch: number };
  target: FeatureTarget;
  linked: FeatureTarget[];
}

/** The style the app's map draws, where it looks and its size, for a bare page to start from. */
function mapViewOf(page: Page) {
  return page.evaluate(() => {
    const map = window.__atlasMap!;
    const b = map.getBounds();
    const c = map.getContainer();
    return {
      style: map.getStyle(),
      bounds: JSON.stringify([b.getSouthWest().toArray(), b.getNorthEast().toArray()]),
      w: c.clientWidth,
      h: c.clientHeight,
    };
  });
}

/** Waits until the app's map has rested: no new idle for 1.5 s, nothing moving, all drawn. */
function rested(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const w = window as unknown as {
        __idles: number[];
        __atlasMap: { isMoving(): boolean; loaded(): boolean };
      };
      const last = w.__idles[w.__idles.length - 1] ?? 0;
      return performance.now() - last > 1500 && !w.__atlasMap.isMoving() && w.__atlasMap.loaded();
    },
    null,
    { timeout: 60_000, polling: 250 },
  );
}

/** Loads the app at `path` and waits until its map has rested on `mapId`. */
async function appLoad(
  browser: Browser,
  path: string,
  mapId: MapId,
  capture = false,
): Promise<AppView> {
  const ctx = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  await ctx.addInitScript(RECORD_IDLES);
  const page = await ctx.newPage();
  await page.goto(base + path);
  await page.waitForSelector(`.map[data-idle="${mapId}"]`, { timeout: 60_000, state: 'attached' });
  await rested(page);
  const view = await page.evaluate(
    ([capture, mapId]) => {
      const w = window as unknown as {
        __idles: number[];
        __atlasMap: import('maplibre-gl').Map;
      };
      const map = w.__atlasMap;
      const b = map.getBounds();
      const c = map.getContainer();
      return {
        t: w.__idles[w.__idles.length - 1]!,
        first: performance.getEntriesByName(`atlas:idle:${mapId}`)[0]!.startTime,
        style: capture ? map.getStyle() : null,
        bounds: JSON.stringify([b.getSouthWest().toArray(), b.getNorthEast().toArray()]),
        w: c.clientWidth,
        h: c.clientHeight,
        resources: performance
          .getEntriesByType('resource')
          .map((e) => ({ name: e.name, start: e.startTime })),
      };
    },
    [capture, mapId] as const,
  );
  await ctx.close();
  return view;
}

/** Loads the bare page drawing `style` (written to dist-bench) at the app's map size and bounds. */
async function bareLoad(
  browser: Browser,
  styleFile: string,
  view: { bounds: string; w: number; h: number },
): Promise<number> {
  const ctx = await browser.newContext({
    viewport: { width: view.w, height: view.h },
    reducedMotion: 'reduce',
  });
  const page = await ctx.newPage();
  await page.goto(
    `${base}bench/?style=${styleFile}&fade=0&bounds=${encodeURIComponent(view.bounds)}`,
  );
  await page.waitForFunction(
    () => (window as unknown as { __idleAt?: number }).__idleAt !== undefined,
    null,
    { timeout: 60_000 },
  );
  const t = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  await ctx.close();
  return t;
}

/** The gzip KB a load fetched from the app's own files before its map first rested, by kind. */
function bytesOf(view: AppView): Record<Kind, number> {
  const out: Record<Kind, number> = {
    own_js: 0,
    maplibre_js: 0,
    css: 0,
    fonts: 0,
    geodata: 0,
    essay: 0,
    other: 0,
  };
  const seen = new Set<string>();
  for (const r of view.resources) {
    if (r.start > view.first || !r.name.startsWith(base) || r.name.startsWith(`${base}bench/`))
      continue;
    const file = decodeURIComponent(new URL(r.name).pathname).replace(/^\//, '');
    if (seen.has(file) || !existsSync(join('dist', file))) continue;
    seen.add(file);
    out[kindOf(file)] += gz(join('dist', file));
  }
  return out;
}

/**
 * Lighthouse's performance, accessibility and best-practices scores (0–100) for a page, with its
 * desktop preset (a teacher's laptop on a wired or classroom network) or its default, mobile one (a
 * mid-range phone on a slow 4G network, its processor slowed four times, simulated).
 */
async function runLighthouse(
  url: string,
  preset: 'desktop' | 'mobile',
): Promise<Record<string, number>> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', ...chromiumArgs],
  });
  try {
    const run = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const c = run?.lhr.categories ?? {};
    const a = run?.lhr.audits ?? {};
    const score = (k: string) => Math.round((c[k]?.score ?? NaN) * 100);
    const ms = (k: string) => Math.round(a[k]?.numericValue ?? NaN);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      lcp_ms: ms('largest-contentful-paint'),
      tbt_ms: ms('total-blocking-time'),
      fcp_ms: ms('first-contentful-paint'),
    };
  } finally {
    await chrome.kill();
  }
}

/** A fresh page of the app with reduced motion (no fades or flights: each step's work, not its animation). */
async function quietApp(
  browser: Browser,
  path = '',
  /** The map to wait for; null: whichever is drawn first. */
  mapId: MapId | null = 'petrograd',
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  await ctx.addInitScript(NAME_HELPER);
  await ctx.addInitScript(HIGHLIGHT_DRAWN);
  const page = await ctx.newPage();
  await page.goto(base + path);
  const drawn = mapId ? `.map[data-idle="${mapId}"]` : '.map[data-idle]';
  await page.waitForSelector(drawn, { timeout: 60_000, state: 'attached' });
  await page.waitForSelector('button.feature-link');
  return { ctx, page };
}

/**
 * In the page: runs `trigger` and resolves with the ms until the map has drawn what it asked for
 * (the next `idle`; at once after two frames when it asked for nothing new).
 */
const SETTLE = `
  window.__settle = (map, trigger) => new Promise((resolve) => {
    const t0 = performance.now();
    let rendered = false, frames = 0, done = false;
    const finish = () => { if (done) return; done = true; map.off('render', onRender); map.off('idle', onIdle); resolve(performance.now() - t0); };
    const onRender = () => { rendered = true; };
    const onIdle = () => finish();
    map.on('render', onRender);
    map.on('idle', onIdle);
    trigger();
    const tick = () => {
      if (done) return;
      if (++frames >= 2 && !rendered && map.loaded()) return finish();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    setTimeout(() => { if (!done) { done = true; resolve(NaN); } }, 10000);
  });
`;

const result: Record<string, number | string> = {};
const budgets: Record<string, [number, '<=' | '>=']> = {
  load_ratio_petrograd: [1.15, '<='],
  load_ratio_brest_litovsk: [1.15, '<='],
  load_ratio_deep_link: [1.15, '<='],
  own_js_first_view_gzip_kb: [80, '<='],
  geodata_petrograd_gzip_kb: [250, '<='],
  geodata_brest_litovsk_gzip_kb: [250, '<='],
  heap_growth_passages_pct: [5, '<='],
  heap_growth_map_switches_pct: [5, '<='],
  lighthouse_performance: [95, '>='],
  lighthouse_accessibility: [100, '>='],
  lighthouse_best_practices: [100, '>='],
  lighthouse_lcp_ratio: [1.25, '<='],
  lighthouse_mobile_accessibility: [100, '>='],
  lighthouse_mobile_lcp_ratio: [1.25, '<='],
  // No lower than the bare page drawing the same map on the same machine.
  lighthouse_mobile_performance_over_bare: [0, '>='],
  passage_switch_ratio: [1.2, '<='],
};
const notes: string[] = [];

// Sizes of everything built, whatever a view loads.
if (PARTS.has('sizes')) {
  Object.assign(result, {
    js_all_gzip_kb: sumOf(isJs),
    maplibre_gzip_kb: sumOf((f) => isJs(f) && isMapLibre(f)),
    own_js_all_gzip_kb: sumOf((f) => isJs(f) && !isMapLibre(f)),
    css_all_gzip_kb: sumOf((f) => f.endsWith('.css')),
    fonts_all_woff2_gzip_kb: sumOf((f) => f.endsWith('.woff2')),
  });
  for (const id of MAP_IDS) {
    const def = MAPS[id];
    const own = [...def.files.map((f) => f.file), ...Object.values(def.documents ?? {})];
    const stem = (file: string) =>
      file
        .split('/')
        .pop()!
        .replace(/\.[^.]+$/, '');
    const built = own.flatMap(
      (f) => files.find((a) => a.startsWith(`${stem(f)}-`) && a.endsWith(extname(f))) ?? [],
    );
    result[`geodata_${id.replace('-', '_')}_gzip_kb`] = built.reduce(
      (t, f) => t + gz(join(assets, f)),
      0,
    );
  }
}

const server = await serve();
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
try {
  // The last slide of the essay: a deep link to it restores its passage, map, moment and camera.
  const essay = parseEssay(readFileSync('public/essays/default.md', 'utf8'));
  const lastSlide = slidesOf(essay).at(-1)!;
  /** Where each reference of the essay points: a layer's source and a feature id. */
  const targets = Object.fromEntries(
    essay.passages
      .flatMap((p) => p.refs)
      .flatMap((r) => {
        const ref = parseRef(r);
        return ref ? [[ref.key, { source: ref.source, id: ref.id }] as const] : [];
      }),
  );
  const cases: { key: string; path: string; mapId: MapId }[] = [
    { key: 'petrograd', path: '', mapId: 'petrograd' },
    { key: 'brest_litovsk', path: '?map=brest-litovsk', mapId: 'brest-litovsk' },
  ];
  const lastMap = await (async () => {
    // The map the last passage shows, read from the app itself once it has rested there.
    const ctx = await browser.newContext({ reducedMotion: 'reduce' });
    await ctx.addInitScript(RECORD_IDLES);
    const page = await ctx.newPage();
    await page.goto(`${base}#${lastSlide.id}`);
    await page.waitForSelector('.map[data-idle]', { timeout: 60_000, state: 'attached' });
    await rested(page);
    const id = await page.evaluate(
      () => document.querySelector<HTMLElement>('.map')!.dataset.mapId,
    );
    await ctx.close();
    return (id ?? 'petrograd') as MapId;
  })();
  cases.push({ key: 'deep_link', path: `#${lastSlide.id}`, mapId: lastMap });

  if (PARTS.has('load')) {
    for (const c of cases) {
      log(`load (${c.key}): ${RUNS} alternating runs of the app and the bare page…`);
      // The bare page draws the style the app drew, at the same size and bounds.
      const first = await appLoad(browser, c.path, c.mapId, true);
      const styleFile = `style-${c.key}.json`;
      writeFileSync(join('dist-bench', styleFile), JSON.stringify(first.style));
      await bareLoad(browser, styleFile, first); // warms the OS file cache, not measured
      const app: number[] = [];
      const bare: number[] = [];
      let view = first;
      for (let i = 0; i < RUNS; i++) {
        const runApp = async () => {
          view = await appLoad(browser, c.path, c.mapId);
          app.push(view.t);
        };
        const runBare = async () => bare.push(await bareLoad(browser, styleFile, first));
        if (i % 2 === 0) await runApp().then(runBare);
        else await runBare().then(runApp);
      }
      result[`load_ratio_${c.key}`] = median(app) / median(bare);
      result[`load_app_${c.key}_ms`] = median(app);
      result[`load_bare_${c.key}_ms`] = median(bare);
      notes.push(
        `load ${c.key} (ms): app ${app.map((x) => x.toFixed(0)).join(' ')} | bare ${bare.map((x) => x.toFixed(0)).join(' ')}`,
      );
      // What that view fetched before its map first rested, per kind (gzip KB).
      for (const [kind, kb] of Object.entries(bytesOf(view)))
        if (kb > 0) result[`first_view_${c.key}_${kind}_gzip_kb`] = kb;
      if (c.key === 'petrograd') result.own_js_first_view_gzip_kb = bytesOf(view).own_js;
    }
  }

  if (PARTS.has('switch')) {
    log(`passage switches: ${SWITCHES}, app and bare page in turn…`);
    const { ctx, page } = await quietApp(browser);
    await page.waitForTimeout(1500);
    const start = await mapViewOf(page);
    // The bare page, at the app's map size, starts from the style the app's map shows. It makes each
    // switch's changes itself, right after the app made them (the machine is shared: in turn, both
    // see the same load): the other map's style when the switch changed maps, else new data for each
    // source whose data changed; the camera where the app's came to rest; the clicked feature
    // highlighted and the passage's other features linked.
    writeFileSync(join('dist-bench', 'switch.json'), JSON.stringify({ start: start.style }));
    const bctx = await browser.newContext({
      viewport: { width: start.w, height: start.h },
      reducedMotion: 'reduce',
    });
    await bctx.addInitScript(NAME_HELPER);
    await bctx.addInitScript(HIGHLIGHT_DRAWN);
    const bpage = await bctx.newPage();
    await bpage.goto(
      `${base}bench/?steps=switch.json&fade=0&bounds=${encodeURIComponent(start.bounds)}`,
    );
    await bpage.waitForFunction(
      () => (window as unknown as { __idleAt?: number }).__idleAt !== undefined,
      null,
      { timeout: 60_000 },
    );
    await bpage.waitForTimeout(1500);
    const switches: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const recorded: SwitchStep[] = [];
      switches.push(...(await activate(page, 1, recorded, i)));
      bare.push(await bareSwitch(bpage, recorded[0]!));
    }
    await ctx.close();
    await bctx.close();
    const missed = switches.filter((t) => Number.isNaN(t)).length;
    if (missed) throw new Error(`${missed} passage switches never drew their highlight`);
    const drawnBare = bare.filter((x) => !Number.isNaN(x));
    if (drawnBare.length < bare.length)
      notes.push(`switch: ${bare.length - drawnBare.length} bare switches not drawn within 5 s`);
    result.passage_switch_ms_p50 = median(switches);
    result.passage_switch_ms_p95 = pct(switches, 95);
    result.passage_switch_bare_ms_p50 = median(drawnBare);
    result.passage_switch_bare_ms_p95 = pct(drawnBare, 95);
    result.passage_switch_ratio = median(switches) / median(drawnBare);
    notes.push(
      `switch (ms): app ${switches.map((x) => x.toFixed(0)).join(' ')} | bare ${bare.map((x) => x.toFixed(0)).join(' ')}`,
    );
  }

  if (PARTS.has('scrub')) {
    log(`timeline scrub: ${SCRUB} slider moves on each map, app then bare…`);
    for (const id of MAP_IDS) {
      const key = id.replace('-', '_');
      const { ctx, page } = await quietApp(browser, `?map=${id}`, id);
      await page.evaluate(SETTLE);
      const sliderSel = '[role="slider"][aria-label="Moment shown on the map"]';
      const slider = page.locator(sliderSel).first();
      await slider.focus();
      await slider.press('Home');
      await page.waitForTimeout(1500);
      const start = (await page.evaluate(() => window.__atlasMap!.getStyle())) as object;
      const view = await page.evaluate(() => {
        const map = window.__atlasMap!;
        const b = map.getBounds();
        const c = map.getContainer();
        return {
          bounds: JSON.stringify([b.getSouthWest().toArray(), b.getNorthEast().toArray()]),
          w: c.clientWidth,
          h: c.clientHeight,
        };
      });
      // A reader dragging the slider from the start of the timeline to its end, in SCRUB moves:
      // each move timed from its pointer event to the map drawn (or, when the moment changes
      // nothing on the map, to the second frame after it). The style each step leaves is kept.
      const box = (await slider.boundingBox())!;
      const y = box.y + box.height / 2;
      const xAt = (i: number) => box.x + 2 + ((box.width - 4) * i) / SCRUB;
      await page.mouse.move(xAt(0), y);
      await page.mouse.down();
      await page.waitForTimeout(1000);
      const appTimes: number[] = [];
      const styles: object[] = [];
      for (let i = 1; i <= SCRUB; i++) {
        await page.evaluate(() => {
          const w = window as unknown as {
            __armed: Promise<number>;
            __settle(m: unknown, f: () => void): Promise<number>;
          };
          // Armed on the window, capturing: the first listener the move reaches, before the app's.
          w.__armed = new Promise((resolve) => {
            const deadline = setTimeout(() => resolve(NaN), 10_000);
            window.addEventListener(
              'pointermove',
              () =>
                void w
                  .__settle(window.__atlasMap!, () => undefined)
                  .then((ms) => {
                    clearTimeout(deadline);
                    resolve(ms);
                  }),
              { once: true, capture: true },
            );
          });
        });
        await page.mouse.move(xAt(i), y);
        appTimes.push(
          await page.evaluate(() => (window as unknown as { __armed: Promise<number> }).__armed),
        );
        styles.push((await page.evaluate(() => window.__atlasMap!.getStyle())) as object);
      }
      await page.mouse.up();
      await ctx.close();
      // The bare page steps through the same data.
      writeFileSync(join('dist-bench', `scrub-${key}.json`), JSON.stringify({ start, styles }));
      const bctx = await browser.newContext({
        viewport: { width: view.w, height: view.h },
        reducedMotion: 'reduce',
      });
      await bctx.addInitScript(NAME_HELPER);
      const bpage = await bctx.newPage();
      await bpage.addInitScript(SETTLE);
      await bpage.goto(
        `${base}bench/?scrub=scrub-${key}.json&fade=0&bounds=${encodeURIComponent(view.bounds)}`,
      );
      await bpage.waitForFunction(
        () => (window as unknown as { __idleAt?: number }).__idleAt !== undefined,
        null,
        { timeout: 60_000 },
      );
      await bpage.waitForTimeout(1000);
      const bareTimes = await bpage.evaluate(async () => {
        const w = window as unknown as {
          __bareMap: import('maplibre-gl').Map;
          __scrub: { styles: import('maplibre-gl').StyleSpecification[] };
          __settle(m: unknown, f: () => void): Promise<number>;
        };
        // What a page of its own would do: hand each source whose data changed its new data.
        const out: number[] = [];
        const map = w.__bareMap;
        const json = (st: import('maplibre-gl').StyleSpecification) =>
          Object.fromEntries(
            Object.entries(st.sources).map(([id, src]) => [
              id,
              JSON.stringify((src as { data?: unknown }).data),
            ]),
          );
        let shown = json(map.getStyle());
        for (const s of w.__scrub.styles) {
          const next = json(s);
          const changed = Object.keys(next)
            .filter((id) => next[id] !== shown[id])
            .map((id) => [id, (s.sources[id] as { data: GeoJSON.GeoJSON }).data] as const);
          out.push(
            await w.__settle(map, () => {
              for (const [id, data] of changed)
                map.getSource<import('maplibre-gl').GeoJSONSource>(id)?.setData(data);
            }),
          );
          shown = next;
        }
        return out;
      });
      await bctx.close();
      const drawn = (xs: number[]) => xs.filter((x) => !Number.isNaN(x));
      const stalls = appTimes.length - drawn(appTimes).length;
      const bareStalls = bareTimes.length - drawn(bareTimes).length;
      if (stalls || bareStalls)
        notes.push(
          `scrub ${key}: ${stalls} app and ${bareStalls} bare moves not drawn within 10 s`,
        );
      result[`scrub_${key}_app_ms_p50`] = median(drawn(appTimes));
      result[`scrub_${key}_app_ms_p95`] = pct(drawn(appTimes), 95);
      result[`scrub_${key}_bare_ms_p50`] = median(drawn(bareTimes));
      result[`scrub_${key}_ratio`] = median(drawn(appTimes)) / median(drawn(bareTimes));
      notes.push(
        `scrub ${key} (ms per step): app ${appTimes.map((x) => x.toFixed(0)).join(' ')} | bare ${bareTimes.map((x) => x.toFixed(0)).join(' ')}`,
      );
    }
  }

  if (PARTS.has('memory')) {
    log(`memory: ${SOAK} passage switches, then ${MAP_SWITCHES} map switches…`);
    const { ctx, page } = await quietApp(browser);
    const cdp = await ctx.newCDPSession(page);
    const heap = async () => {
      await page.waitForTimeout(500);
      return readHeap(cdp);
    };
    const mb = (b: number) => b / 2 ** 20;
    /** Growth of the heap's objects (the budget) and, beside it, of all V8 uses incl. compiled code. */
    const record = (
      what: string,
      count: number,
      a: { used: number; objects: number },
      b: { used: number; objects: number },
    ) => {
      result[`heap_objects_before_${what}_mb`] = mb(a.objects);
      result[`heap_objects_after_${count}_${what}_mb`] = mb(b.objects);
      result[`heap_growth_${what}_pct`] = ((b.objects - a.objects) / a.objects) * 100;
      result[`heap_in_use_growth_${what}_pct`] = ((b.used - a.used) / a.used) * 100;
    };
    // Warm-up: every link twice, so that code compiled on first use and the second map's data are
    // in the baseline, not counted as growth.
    const links = await page.locator('button.feature-link:not(.unknown)').count();
    await activate(page, 2 * links);
    const h0 = await heap();
    // Whole rounds of the links, so that the heap is read again in the same view (map, place,
    // moment): the tiles a view holds differ from one view to another, and are not growth.
    const rounds = Math.max(1, Math.round(SOAK / links));
    await activate(page, rounds * links);
    record('passages', rounds * links, h0, await heap());
    // Map switches: the switcher's buttons, each time until the other map has drawn.
    const switchMaps = (n: number) =>
      page.evaluate(async (n) => {
        const buttons = [
          ...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Maps"] button'),
        ];
        const container = document.querySelector<HTMLElement>('.map')!;
        for (let i = 0; i < n; i++) {
          const before = container.dataset.mapId;
          buttons.find((x) => x.getAttribute('aria-pressed') === 'false')!.click();
          await new Promise<void>((resolve, reject) => {
            const deadline = performance.now() + 30_000;
            const check = () => {
              const { mapId, idle } = container.dataset;
              if (mapId !== before && idle === mapId && window.__atlasMap!.loaded()) resolve();
              else if (performance.now() > deadline)
                reject(new Error(`switch ${i + 1}: the other map was not drawn within 30 s`));
              else setTimeout(check, 20);
            };
            setTimeout(check, 20);
          });
        }
      }, n);
    await switchMaps(10);
    const m0 = await heap();
    // An even number, so that the heap is read again on the same map.
    const switches = MAP_SWITCHES + (MAP_SWITCHES % 2);
    await switchMaps(switches);
    record('map_switches', switches, m0, await heap());
    await ctx.close();
  }

  if (PARTS.has('import')) Object.assign(result, await importBench(browser, base, log));
  if (PARTS.has('lighthouse')) {
    if (!existsSync('dist-bench/style-petrograd.json')) {
      const { style } = await appLoad(browser, '', 'petrograd', true);
      writeFileSync('dist-bench/style-petrograd.json', JSON.stringify(style));
    }
    for (const preset of ['desktop', 'mobile'] as const) {
      log(
        `Lighthouse 12.2.3 (${preset}) on the built app, then on the bare page (the same style)…`,
      );
      // The desktop figures keep their names (lighthouse_*); the mobile ones say so.
      const key = (k: string) => (preset === 'desktop' ? k : `mobile_${k}`);
      const app = await runLighthouse(base, preset).catch((e: unknown) => {
        log(`Lighthouse could not run: ${String(e)}`);
        return {} as Record<string, number>;
      });
      for (const [k, v] of Object.entries(app)) result[`lighthouse_${key(k)}`] = v;
      const bare = await runLighthouse(`${base}bench/?style=style-petrograd.json`, preset).catch(
        () => ({}) as Record<string, number>,
      );
      for (const k of ['performance', 'lcp_ms', 'tbt_ms', 'fcp_ms'])
        if (bare[k] !== undefined) result[`lighthouse_bare_${key(k)}`] = bare[k];
      if (app.lcp_ms && bare.lcp_ms)
        result[`lighthouse_${key('lcp_ratio')}`] = app.lcp_ms / bare.lcp_ms;
      if (app.performance !== undefined && bare.performance !== undefined)
        result[`lighthouse_${key('performance_over_bare')}`] = app.performance - bare.performance;
    }
  }

  /**
   * Clicks each link in turn; ms from the click to the frame with its feature highlighted and drawn.
   * With `record`, notes what each switch changed on the map (after its timing), for the bare page.
   */
  async function activate(
    page: Page,
    n: number,
    record?: SwitchStep[],
    from = 0,
  ): Promise<number[]> {
    const { times, steps } = await page.evaluate(
      async ([n, targets, recording, from]) => {
        const map = window.__atlasMap!;
        const links = [
          ...document.querySelectorAll<HTMLButtonElement>('button.feature-link:not(.unknown)'),
        ];
        const times: number[] = [];
        const steps: SwitchStep[] = [];
        const container = document.querySelector<HTMLElement>('.map')!;
        const dataOf = () =>
          Object.fromEntries(
            Object.entries(map.getStyle().sources).map(([id, s]) => [
              id,
              JSON.stringify((s as { data?: unknown }).data),
            ]),
          );
        // What the last recorded switch left on the map, kept between calls (read after a switch's
        // timing, never before it).
        const w = window as unknown as { __shown?: { map?: string; data: Record<string, string> } };
        if (recording) w.__shown ??= { map: container.dataset.mapId, data: dataOf() };
        for (let i = from; i < from + n; i++) {
          const link = links[i % links.length]!;
          const target = targets[link.dataset.ref!]!;
          const t0 = performance.now();
          const drawn = (window as unknown as HighlightHelper).__highlightDrawn(map, target, t0);
          link.click();
          times.push(await drawn);
          if (!recording) continue;
          const shown = w.__shown!;
          const style = container.dataset.mapId !== shown.map ? map.getStyle() : null;
          const now = dataOf();
          const changed = Object.keys(now).filter((id) => now[id] !== shown.data[id]);
          w.__shown = { map: container.dataset.mapId, data: now };
          const passage = link.closest('[data-passage]')!;
          const linked = [...passage.querySelectorAll<HTMLElement>('button.feature-link')]
            .flatMap((b): FeatureTarget[] => {
              const t = targets[b.dataset.ref!];
              return t && map.getSource(t.source) ? [t] : [];
            })
            .filter((t) => t.source !== target.source || t.id !== target.id);
          const c = map.getCenter();
          steps.push({
            style,
            data: style
              ? {}
              : Object.fromEntries(
                  changed.map((id) => [id, JSON.parse(now[id]!) as GeoJSON.GeoJSON]),
                ),
            camera: {
              center: [c.lng, c.lat],
              zoom: map.getZoom(),
              bearing: map.getBearing(),
              pitch: map.getPitch(),
            },
            target,
            linked,
          });
        }
        return { times, steps };
      },
      [n, targets, record !== undefined, from] as const,
    );
    record?.push(...steps);
    return times;
  }

  /** Makes one recorded switch on the bare page; ms until its highlight is drawn (as `activate`). */
  function bareSwitch(page: Page, step: SwitchStep): Promise<number> {
    return page.evaluate(async (json) => {
      const step = JSON.parse(json) as SwitchStep;
      const map = (window as unknown as { __bareMap: import('maplibre-gl').Map }).__bareMap;
      const w = window as unknown as { __shown?: FeatureTarget[] };
      const t0 = performance.now();
      const drawn = (window as unknown as HighlightHelper).__highlightDrawn(map, step.target, t0);
      if (step.style) {
        map.setStyle(step.style, { diff: false });
        w.__shown = [];
        await new Promise((r) => map.once('style.load', r));
      } else
        for (const [id, data] of Object.entries(step.data))
          map.getSource<import('maplibre-gl').GeoJSONSource>(id)?.setData(data);
      map.jumpTo(step.camera);
      for (const f of w.__shown ?? []) if (map.getSource(f.source)) map.removeFeatureState(f);
      for (const f of step.linked) map.setFeatureState(f, { linked: true });
      map.setFeatureState(step.target, { selected: true });
      w.__shown = [step.target, ...step.linked];
      return drawn;
    }, JSON.stringify(step));
  }
} finally {
  await browser.close();
  server.close();
}

const rounded = Object.fromEntries(
  Object.entries(result).map(([k, v]) => [
    k,
    typeof v === 'number' ? +v.toFixed(k.includes('ratio') ? 3 : 1) : v,
  ]),
);
if (json) console.log(JSON.stringify(rounded));
else {
  console.log('\nfigure                                        value      budget');
  for (const [k, v] of Object.entries(rounded)) {
    const b = budgets[k];
    const met = b && (b[1] === '<=' ? (v as number) <= b[0] : (v as number) >= b[0]);
    const verdict = b ? `${b[1]} ${b[0]}  ${met ? 'met' : 'MISSED'}` : '';
    console.log(`${k.padEnd(44)} ${String(v).padStart(9)}  ${verdict}`);
  }
  console.log(`\n${notes.join('\n')}`);
}
