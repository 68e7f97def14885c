/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/svelte" />

/** The peace's figures, computed from the geodata when the app is built (vite.config.ts). */
declare module 'virtual:atlas/stakes' {
  const stakes: import('./lib/geo/stakes').Stakes;
  export default stakes;
}
