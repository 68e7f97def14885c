/**
 * The benchmark: `npm run bench` prints a table, `npm run bench -- --json` one JSON line.
 * Builds the app and a bare MapLibre page, serves both from one local server, and measures them
 * in the same run in headless Chromium, alternating, so that the figures are ratios.
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
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import { MAP_IDS, MAPS } from '../../src/lib/map/maps';

const json = process.argv.includes('--json');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SWITCHES = Number(process.env.BENCH_SWITCHES ?? 60);
const SOAK = Number(process.env.BENCH_SOAK ?? 1000);
const log = (...a: unknown[]) => {
  if (!json) console.error(...a);
};

log('building the app and the bare baseline…');
execSync('npx vite build --logLevel warn', { stdio: json ? 'ignore' : 'inherit' });
execSync('npx vite build --config scripts/bench/vite.bare.config.ts', {
  stdio: json ? 'ignore' : 'inherit',
});

// --- sizes ---------------------------------------------------------------------------------
const assets = 'dist/assets';
const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024;
const files = readdirSync(assets);
const sum = (pred: (f: string) => boolean) => files.filter(pred).reduce((t, f) => t + gz(f), 0);
const isJs = (f: string) => f.endsWith('.js') || f.endsWith('.mjs');
const isMapLibre = (f: string) => f.startsWith('maplibre');
/** The chunks the first view loads: the entry and what it imports statically (not lazy chunks). */
const html = readFileSync('dist/index.html', 'utf8');
const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
const fontsOf = (f: string) => f.endsWith('.woff2');
/** A layer file's built asset: its name, a dash, a hash. */
const assetOf = (file: string) => {
  const stem = file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
  return files.find(
    (f) => f.startsWith(`${stem}-`) && f.endsWith(file.slice(file.lastIndexOf('.'))),
  );
};
const perMap = Object.fromEntries(
  MAP_IDS.map((id) => {
    const def = MAPS[id];
    const own = [...def.files.map((f) => f.file), ...Object.values(def.documents ?? {})].flatMap(
      (f) => assetOf(f) ?? [],
    );
    return [`geodata_${id.replace('-', '_')}_gzip_kb`, own.reduce((t, f) => t + gz(f), 0)];
  }),
);
const sizes = {
  js_gzip_kb: sum(isJs),
  maplibre_gzip_kb: sum((f) => isJs(f) && isMapLibre(f)),
  own_js_gzip_kb: sum((f) => isJs(f) && !isMapLibre(f)),
  own_js_first_view_gzip_kb: entry ? gz(entry) : NaN,
  css_gzip_kb: sum((f) => f.endsWith('.css')),
  fonts_gzip_kb: sum(fontsOf),
  geodata_gzip_kb: sum((f) => f.endsWith('.geojson')),
  ...perMap,
};

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
  '.md': 'text/markdown; charset=utf-8',
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

async function appLoad(browser: Browser, base: string): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(base);
  await page.waitForSelector('.map[data-idle="petrograd"]', { timeout: 60_000, state: 'attached' });
  const t = await page.evaluate(
    () => performance.getEntriesByName('atlas:idle:petrograd')[0]!.startTime,
  );
  await ctx.close();
  return t;
}

async function bareLoad(browser: Browser, base: string, bounds: string): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  // The bare page gets the same map area as the app (the app's essay column takes the rest).
  await page.setViewportSize({ width: mapWidth, height: mapHeight });
  await page.goto(`${base}bench/?map=petrograd&bounds=${encodeURIComponent(bounds)}`);
  await page.waitForFunction(
    () => (window as unknown as { __idleAt?: number }).__idleAt !== undefined,
    null,
    { timeout: 60_000 },
  );
  const t = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  await ctx.close();
  return t;
}

/** Lighthouse's performance, accessibility and best-practices scores (0–100) for the app's page. */
async function runLighthouse(url: string): Promise<Record<string, number>> {
  const { default: lighthouse } = await import('lighthouse');
  // The desktop preset: a teacher's laptop on a wired or classroom network, not a throttled phone.
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
      desktopConfig,
    );
    const c = run?.lhr.categories ?? {};
    const score = (k: string) => Math.round((c[k]?.score ?? NaN) * 100);
    return {
      lighthouse_performance: score('performance'),
      lighthouse_accessibility: score('accessibility'),
      lighthouse_best_practices: score('best-practices'),
    };
  } finally {
    await chrome.kill();
  }
}

let mapWidth = 1280;
let mapHeight = 800;

const server = await serve();
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
try {
  // The baseline's style is the app's own, taken from the running app, data included.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(base);
    await page.waitForSelector('.map[data-idle="petrograd"]', {
      timeout: 60_000,
      state: 'attached',
    });
    const { style, bounds, w, h } = await page.evaluate(() => {
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
    writeFileSync('dist-bench/style-petrograd.json', JSON.stringify(style));
    mapWidth = w;
    mapHeight = h;
    (globalThis as { __bounds?: string }).__bounds = bounds;
    await page.close();
  }
  const bounds = (globalThis as { __bounds?: string }).__bounds!;

  log(`load: ${RUNS} alternating runs of the app and the bare page…`);
  await appLoad(browser, base); // warm the server and the OS file cache, not measured
  await bareLoad(browser, base, bounds);
  const app: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      app.push(await appLoad(browser, base));
      bare.push(await bareLoad(browser, base, bounds));
    } else {
      bare.push(await bareLoad(browser, base, bounds));
      app.push(await appLoad(browser, base));
    }
  }
  const ratios = app.map((a, i) => a / bare[i]!);

  log(`passage switches: ${SWITCHES}, then ${SOAK} activations for the heap…`);
  const ctx = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  // tsx keeps function names with a helper that does not exist in the page.
  await ctx.addInitScript('window.__name = (f) => f');
  const page = await ctx.newPage();
  await page.goto(base);
  await page.waitForSelector('.map[data-idle="petrograd"]', { timeout: 60_000, state: 'attached' });
  await page.waitForSelector('button.feature-link');
  // From a click on a link to the first frame drawn with that feature highlighted and its tiles loaded.
  const activate = (n: number) =>
    page.evaluate(async (n) => {
      const map = window.__atlasMap!;
      const links = [
        ...document.querySelectorAll<HTMLButtonElement>('button.feature-link:not(.unknown)'),
      ];
      const sources: Record<string, string> = {
        site: 'sites',
        place: 'places',
        territory: 'territories',
        water: 'water',
      };
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const link = links[i % links.length]!;
        const [scheme, id] = link.dataset.ref!.split(':') as [string, string];
        const target = { source: sources[scheme]!, id };
        const t0 = performance.now();
        const drawn = new Promise<number>((resolve) => {
          const check = () => {
            if (
              map.getSource(target.source) &&
              map.getFeatureState(target).selected === true &&
              map.areTilesLoaded()
            ) {
              map.off('render', check);
              resolve(performance.now() - t0);
            }
          };
          map.on('render', check);
          setTimeout(() => {
            map.off('render', check);
            resolve(NaN);
          }, 5000);
        });
        link.click();
        times.push(await drawn);
      }
      return times;
    }, n);
  const switches = await activate(SWITCHES);
  const missed = switches.filter((t) => Number.isNaN(t)).length;
  if (missed) throw new Error(`${missed} passage switches never drew their highlight`);
  const cdp = await ctx.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await activate(10);
  const heap10 = await heap();
  await activate(SOAK - 10);
  const heapN = await heap();
  await ctx.close();

  log('Lighthouse 12.2.3 on the built app…');
  const lighthouseScores = await runLighthouse(base).catch((e: unknown) => {
    log(`Lighthouse could not run: ${String(e)}`);
    return {};
  });

  const result = {
    load_ratio: +median(ratios).toFixed(3),
    app_load_ms: +median(app).toFixed(0),
    bare_load_ms: +median(bare).toFixed(0),
    load_runs: RUNS,
    ...Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, +v.toFixed(1)])),
    passage_switch_ms_p50: +median(switches).toFixed(1),
    passage_switch_ms_p95: +pct(switches, 95).toFixed(1),
    heap_after_10_mb: +(heap10 / 2 ** 20).toFixed(2),
    [`heap_after_${SOAK}_mb`]: +(heapN / 2 ** 20).toFixed(2),
    heap_growth_pct: +(((heapN - heap10) / heap10) * 100).toFixed(2),
    ...lighthouseScores,
  };
  const budgets: Record<string, [number, string]> = {
    load_ratio: [1.25, '<='],
    own_js_first_view_gzip_kb: [80, '<='],
    geodata_petrograd_gzip_kb: [250, '<='],
    geodata_brest_litovsk_gzip_kb: [250, '<='],
    heap_growth_pct: [5, '<='],
    lighthouse_performance: [95, '>='],
    lighthouse_accessibility: [100, '>='],
    lighthouse_best_practices: [100, '>='],
  };
  if (json) console.log(JSON.stringify(result));
  else {
    console.log('\nfigure                     value      budget');
    for (const [k, v] of Object.entries(result)) {
      const b = budgets[k];
      const met = b && (b[1] === '<=' ? (v as number) <= b[0] : (v as number) >= b[0]);
      const verdict = b ? `${b[1]} ${b[0]}  ${met ? 'met' : 'MISSED'}` : '';
      console.log(`${k.padEnd(26)} ${String(v).padStart(9)}  ${verdict}`);
    }
    console.log(
      `\nload runs (ms): app ${app.map((x) => x.toFixed(0)).join(' ')} | bare ${bare.map((x) => x.toFixed(0)).join(' ')}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
