import type { Map } from 'maplibre-gl';

declare global {
  interface Window {
    __atlasMap?: Map;
    /** The page's live class connection (a Socket.IO socket), in ATLAS_TEST builds. */
    __atlasClass?: {
      timeout(ms: number): { emitWithAck(ev: string, msg: unknown): Promise<unknown> };
    };
  }
}
