/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/svelte" />

/** The peace's figures, computed from the geodata when the app is built (vite.config.ts). */
declare module 'virtual:atlas/stakes' {
  const stakes: import('./lib/geo/stakes').Stakes;
  export default stakes;
}

/** True only in the build the end-to-end tests and the bench run (ATLAS_TEST=1): it exposes the map. */
declare const __ATLAS_TEST__: boolean;
