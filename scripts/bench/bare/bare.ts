/**
 * The baseline of the benchmark: MapLibre alone, drawing a style JSON the bench wrote from the running
 * app's own map (its layers, the data it drew for the moment shown) in the app's label font. No
 * Svelte, no essay, no validation: what any page showing these layers would have to pay.
 *   ?style=FILE   draws that style (load timing: window.__idleAt)
 *   ?scrub=FILE   draws the file's `start` style and keeps its `styles` for the bench to step through
 *   ?steps=FILE   draws the file's `start` style, from which the bench makes a passage switch's
 *                 changes (style or data, camera, feature states) after the app made them
 *   &bounds=[[w,s],[e,n]]  the camera;  &fade=0  labels without fading (as the app under reduced motion)
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
// The labels' font, as the app ships it (the style names it; it has no glyph server).
import '@fontsource/pt-sans/400.css';
import { labelFontReady } from '../../../src/lib/map/fonts';
// The site markers, drawn as the app draws them when the style first needs them.
import { parseIconName } from '../../../src/lib/map/icons';
import { rasterizeIcon } from '../../../src/lib/map/icon-raster';
import { paperTheme } from '../../../src/lib/map/theme';

maplibregl.setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const bounds = JSON.parse(params.get('bounds') ?? '[[30.25,59.905],[30.42,59.975]]') as [
  [number, number],
  [number, number],
];
const scrubFile = params.get('scrub');
const stepsFile = params.get('steps');
const w = window as unknown as {
  __idleAt?: number;
  __bareMap?: maplibregl.Map;
  __scrub?: { start: maplibregl.StyleSpecification; styles: maplibregl.StyleSpecification[] };
  __steps?: { start: maplibregl.StyleSpecification };
};

let style: maplibregl.StyleSpecification;
if (scrubFile) {
  w.__scrub = (await (await fetch(`./${scrubFile}`)).json()) as NonNullable<typeof w.__scrub>;
  style = w.__scrub.start;
} else if (stepsFile) {
  w.__steps = (await (await fetch(`./${stepsFile}`)).json()) as NonNullable<typeof w.__steps>;
  style = w.__steps.start;
} else {
  const file = params.get('style') ?? 'style-petrograd.json';
  style = (await (await fetch(`./${file}`)).json()) as maplibregl.StyleSpecification;
}
await labelFontReady('PT Sans');
const map = new maplibregl.Map({
  container: 'map',
  style,
  bounds,
  attributionControl: false,
  ...(params.get('fade') === '0' ? { fadeDuration: 0 } : {}),
});
map.setMissingStyleImageResolver((id) => {
  const spec = parseIconName(id, paperTheme);
  if (spec && !map.hasImage(id)) map.addImage(id, rasterizeIcon(spec), { pixelRatio: 2 });
});
w.__bareMap = map;
map.once('idle', () => {
  performance.mark('bare:idle');
  w.__idleAt = performance.now();
});
