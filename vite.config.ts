import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: scripts only from its own files (no inline script, no
 * eval), MapLibre's worker from its own file, images and fonts from the app or data it made itself.
 * Inline styles stay allowed (Svelte's style attributes and MapLibre's controls use them).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

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

export default defineConfig({
  plugins: [
    svelte(),
    contentSecurityPolicy(),
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
