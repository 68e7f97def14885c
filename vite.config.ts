import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { runnerImport, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSP } from './server/csp';
import { firstScreen } from './scripts/build/first-screen';

/** The Content-Security-Policy (server/csp.ts; the server sends it as a header too). */
export { CSP };

/** Puts the policy in the built page (the dev server's hot reload needs what it forbids). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Writes each shipped essay (public/essays/*.md) beside itself as the model the parser makes, so the
 * first view needs neither the parser nor the time to parse; the dev server makes it on each request.
 */
function compiledEssays(): Plugin {
  const dir = 'public/essays';
  type Compiler = typeof import('./src/lib/story/compile-essay');
  // The app's own parser, loaded through Vite (the config cannot import the app's modules itself):
  // once per build; afresh for each request of the dev server, so that an edit to the parser shows.
  let compiler: Promise<Compiler> | undefined;
  const load = () =>
    runnerImport<Compiler>('./src/lib/story/compile-essay.ts', {
      configFile: false,
      logLevel: 'warn',
    }).then((r) => r.module);
  const compiled = async (name: string, fresh = false) => {
    const c = fresh ? load() : (compiler ??= load());
    return (await c).compileEssay(readFileSync(`${dir}/${name}.md`, 'utf8'));
  };
  return {
    name: 'atlas-compiled-essays',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = /\/essays\/([\w-]+)\.json$/.exec(req.url?.split('?')[0] ?? '')?.[1];
        if (!name || !readdirSync(dir).includes(`${name}.md`)) return next();
        compiled(name, true).then((json) => {
          res.setHeader('content-type', 'application/json');
          res.end(json);
        }, next);
      });
    },
    async generateBundle() {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const name = file.slice(0, -3);
        const source = await compiled(name);
        this.emitFile({ type: 'asset', fileName: `essays/${name}.json`, source });
      }
    },
  };
}

/** The peace's figures (src/lib/geo/stakes-build.ts) as a module the app loads with the peace map. */
function precomputedStakes(): Plugin {
  const id = 'virtual:atlas/stakes';
  const files = [
    'geodata/brest-litovsk/territories.geojson',
    'geodata/brest-litovsk/frontier-1914.geojson',
  ];
  return {
    name: 'atlas-precomputed-stakes',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: {
      filter: { id: /^\0virtual:atlas\/stakes$/ },
      async handler() {
        for (const f of files) this.addWatchFile(f);
        const { module } = await runnerImport<typeof import('./src/lib/geo/stakes-build')>(
          './src/lib/geo/stakes-build.ts',
          { configFile: false, logLevel: 'warn' },
        );
        const [territories, frontier] = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
        return `export default ${JSON.stringify(module.stakesFromGeodata(territories, frontier))};`;
      },
    },
  };
}

/**
 * The essay reader's worker has no DOM: packages that offer a build for workers (micromark's named
 * character references decode through `document` in their browser build) are taken in that one.
 */
function workerConditions(): Plugin {
  const noDom = fileURLToPath(
    new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
  );
  return {
    name: 'atlas-worker-conditions',
    enforce: 'pre',
    resolveId: (id) => (id === 'decode-named-character-reference' ? noDom : null),
  };
}

export default defineConfig({
  // The essay reader (src/lib/story/read-worker.ts) is a module worker; its file is precached with
  // the other scripts (the globs below) and allowed by the policy's worker-src 'self'.
  worker: { format: 'es', plugins: () => [workerConditions()] },
  plugins: [
    svelte(),
    contentSecurityPolicy(),
    compiledEssays(),
    // The essay's first screen is in the built page, before any script runs (text first).
    firstScreen(),
    precomputedStakes(),
    // The app works offline after its first visit: the shell, the geodata, the fonts and the
    // default essay are precached. A new version is offered, never forced (see UpdatePrompt).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Atlas 1917',
        short_name: 'Atlas 1917',
        description:
          'How Lenin came to power: an essay linked passage by passage to maps of Petrograd 1917 and Brest-Litovsk 1918.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#fbf9f4',
        theme_color: '#8f2a25',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,json,geojson,md,woff,woff2,png,svg}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  // The tests and the bench read the map through `window.__atlasMap`; only their build has it.
  define: { __ATLAS_TEST__: JSON.stringify(process.env.ATLAS_TEST === '1') },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes rarely (long cache life) and the bench can
        // tell its bytes from ours.
        manualChunks: (id: string) =>
          id.includes('node_modules/maplibre-gl/') ? 'maplibre' : undefined,
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
