/**
 * The baseline of the load benchmark: MapLibre alone, drawing a style JSON that the bench wrote
 * from the app's own style builder, with the same GeoJSON as static files. No Svelte, no essay,
 * no validation: what any page showing these layers would have to pay.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const name = params.get('map') ?? 'petrograd';
const bounds = JSON.parse(params.get('bounds') ?? '[[30.25,59.905],[30.42,59.975]]') as [
  [number, number],
  [number, number],
];

const style = (await (await fetch(`./style-${name}.json`)).json()) as maplibregl.StyleSpecification;
const map = new maplibregl.Map({ container: 'map', style, bounds, attributionControl: false });
map.once('idle', () => {
  performance.mark('bare:idle');
  (window as unknown as { __idleAt: number }).__idleAt = performance.now();
});
