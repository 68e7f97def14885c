/**
 * Text first: the built page carries the app's first screen (the header, the essay's title and first
 * section, the map column around an empty map), drawn at build time by the app's own components, so
 * a reader sees the essay before the script and the map have loaded. The page then reads the essay,
 * which the page asks for at once (a preload), and mounts the app over the drawing in one task
 * (src/main.ts), which draws the same elements with the same classes: nothing moves.
 */
import { readFileSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** Where the app mounts in index.html; the first screen is written inside it. */
const MOUNT = '<div id="app"></div>';

/** The page with `body` inside its mount point; throws when the page has none (empty, it would). */
export function withFirstScreen(html: string, body: string): string {
  if (!html.includes(MOUNT))
    throw new Error(`index.html has no ${MOUNT} to draw the first screen in`);
  return html.replace(MOUNT, () => `<div id="app">${body}</div>`);
}

/**
 * Stand-ins for what the first screen never runs and the server renderer cannot load: styles (the
 * built CSS styles the drawing, the class names being the same) and the offline worker's register.
 */
function serverStandIns(): Plugin {
  const none = '\0atlas-first-screen-none';
  return {
    name: 'atlas-first-screen-stand-ins',
    enforce: 'pre',
    resolveId: (id) =>
      /\.css($|\?)/.test(id) || id === 'virtual:pwa-register/svelte' ? none : undefined,
    load: (id) =>
      id === none
        ? 'export default ""; export function useRegisterSW() { throw new Error("not at build time"); }'
        : undefined,
  };
}

/** The Vite plugin: writes the first screen of `essay` (Markdown) into the built index.html. */
export function firstScreen(essay = 'public/essays/default.md'): Plugin {
  return {
    name: 'atlas-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const { module } = await runnerImport<typeof import('./render-first-screen')>(
          './scripts/build/render-first-screen.ts',
          {
            configFile: false,
            logLevel: 'warn',
            plugins: [svelte({ emitCss: false }), serverStandIns()],
            define: { __ATLAS_TEST__: JSON.stringify(process.env.ATLAS_TEST === '1') },
          },
        );
        return {
          html: withFirstScreen(html, module.renderFirstScreen(readFileSync(essay, 'utf8'))),
          // The essay is asked for with the page, not after the script: the app mounts once it is in.
          tags: [
            {
              tag: 'link',
              attrs: {
                rel: 'preload',
                href: `./${essay.replace(/^public\//, '').replace(/\.md$/, '.json')}`,
                as: 'fetch',
                crossorigin: 'anonymous',
              },
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
