import { defineConfig } from 'vite';

/** Builds the bare MapLibre baseline page into dist-bench/. */
export default defineConfig({
  root: 'scripts/bench/bare',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: '../../../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // MapLibre is one large chunk here, as it is in the app.
    chunkSizeWarningLimit: 1200,
  },
});
