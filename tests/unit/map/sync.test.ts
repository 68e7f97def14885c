import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import {
  applyStyle,
  frame,
  syncLayerVisibility,
  syncSourceData,
  placeCamera,
  syncFeatureState,
  paddingBesideCard,
  syncSelection,
  type CameraCommand,
  type FeatureTarget,
  type MapLike,
  type Padding,
} from '../../../src/lib/map/sync';

/** Records the calls the sync logic makes; knows which sources exist, as a real style would. */
class RecordingMap implements MapLike {
  calls: string[] = [];
  /** The layers of the style, with their visibility as MapLibre keeps it. */
  layers: { id: string; source?: string; visibility?: string }[] = [];
  constructor(private sources: string[]) {}
  getStyle() {
    return { layers: this.layers.map(({ id, source }) => (source ? { id, source } : { id })) };
  }
  getLayoutProperty(layer: string, name: string) {
    return name === 'visibility' ? this.layers.find((l) => l.id === layer)?.visibility : undefined;
  }
  setLayoutProperty(layer: string, name: string, value: unknown) {
    this.calls.push(`layout ${layer} ${name}=${String(value)}`);
    const l = this.layers.find((x) => x.id === layer);
    if (l && name === 'visibility') l.visibility = String(value);
  }
  setStyle(style: StyleSpecification, o: { diff: boolean }) {
    this.calls.push(`style ${style.name ?? '?'} diff=${o.diff}`);
  }
  setMinZoom(z: number) {
    this.calls.push(`minZoom ${z}`);
  }
  setMaxZoom(z: number) {
    this.calls.push(`maxZoom ${z}`);
  }
  setMaxBounds(b: [[number, number], [number, number]]) {
    this.calls.push(`maxBounds ${b.flat().join(',')}`);
  }
  setFeatureState(t: FeatureTarget, state: Record<string, unknown>) {
    this.calls.push(`state ${t.source}/${t.id} ${JSON.stringify(state)}`);
  }
  fitBounds(
    b: [[number, number], [number, number]],
    o: { padding: Padding | number; maxZoom?: number; duration: number },
  ) {
    const pad = typeof o.padding === 'number' ? o.padding : Object.values(o.padding).join('/');
    this.calls.push(
      `fit ${b.flat().join(',')}${o.maxZoom === undefined ? '' : ` z<=${o.maxZoom}`} ${o.duration}ms pad ${pad}`,
    );
  }
  getSource(id: string) {
    if (!this.sources.includes(id)) return undefined;
    return {
      setData: (fc: FeatureCollection) =>
        this.calls.push(`data ${id} (${fc.features.length} features)`),
    };
  }
  jumpTo(o: { center: [number, number]; zoom: number }) {
    this.calls.push(`jump ${o.center.join(',')} z${o.zoom}`);
  }
  flyTo(o: { center: [number, number]; zoom: number; duration: number }) {
    this.calls.push(`fly ${o.center.join(',')} z${o.zoom} ${o.duration}ms`);
  }
}

const smolny = { source: 'sites', id: 'smolny' };
const palace = { source: 'sites', id: 'winter-palace' };

describe('syncSelection', () => {
  it('selects a feature', () => {
    const map = new RecordingMap(['sites']);
    syncSelection(map, [], [smolny]);
    expect(map.calls).toEqual(['state sites/smolny {"selected":true}']);
  });

  it('moves the selection, touching only what changes', () => {
    const map = new RecordingMap(['sites']);
    syncSelection(map, [smolny], [palace]);
    expect(map.calls).toEqual([
      'state sites/smolny {"selected":false}',
      'state sites/winter-palace {"selected":true}',
    ]);
    map.calls = [];
    syncSelection(map, [palace], [palace]);
    expect(map.calls).toEqual([]);
  });

  it('skips sources the current style does not have', () => {
    const map = new RecordingMap(['places']);
    syncSelection(map, [smolny], [{ source: 'places', id: 'riga' }]);
    expect(map.calls).toEqual(['state places/riga {"selected":true}']);
  });
});

describe('paddingBesideCard', () => {
  it('keeps the card’s side clear on a wide map, and the top on a narrow one', () => {
    expect(paddingBesideCard(1000, 700, 370)).toEqual({
      top: 50,
      right: 50,
      bottom: 50,
      left: 420,
    });
    expect(paddingBesideCard(400, 700, 370)).toEqual({ top: 200, right: 50, bottom: 50, left: 50 });
  });

  it('keeps the bottom clear where the card is a sheet, whatever the map’s width', () => {
    expect(paddingBesideCard(820, 700, 370, true)).toEqual({
      top: 50,
      right: 50,
      bottom: 470,
      left: 50,
    });
    // A phone on its side: the margins shrink with the map, so the feature keeps some room.
    expect(paddingBesideCard(500, 240, 370, true)).toEqual({
      top: 24,
      right: 24,
      bottom: 168,
      left: 24,
    });
  });
});

describe('frame', () => {
  const pad = paddingBesideCard(1000, 700, 370);
  const target = {
    bounds: [30.39, 59.94, 30.39, 59.94] as [number, number, number, number],
    maxZoom: 15,
  };

  it('flies to the target', () => {
    const map = new RecordingMap([]);
    frame(map, target, { reducedMotion: false, padding: pad });
    expect(map.calls).toEqual(['fit 30.39,59.94,30.39,59.94 z<=15 1200ms pad 50/50/50/420']);
  });

  it('cuts instead of flying when the reader asked for reduced motion', () => {
    const map = new RecordingMap([]);
    frame(map, target, { reducedMotion: true, padding: pad });
    expect(map.calls).toEqual(['fit 30.39,59.94,30.39,59.94 z<=15 0ms pad 50/50/50/420']);
  });
});

describe('placeCamera', () => {
  const CameraMap = RecordingMap;
  const padding = { top: 1, right: 2, bottom: 3, left: 4 };
  it('flies to a fixed view, or cuts to it with reduced motion', () => {
    const map = new CameraMap([]);
    const view: CameraCommand = { kind: 'view', center: [30.3, 59.9], zoom: 12 };
    placeCamera(map, view, { reducedMotion: false, padding });
    placeCamera(map, view, { reducedMotion: true, padding });
    expect(map.calls).toEqual(['fly 30.3,59.9 z12 1200ms', 'jump 30.3,59.9 z12']);
  });
  it('frames features and the map’s own view with fitBounds', () => {
    const map = new CameraMap([]);
    const target = { bounds: [30, 59, 31, 60] as [number, number, number, number], maxZoom: 15 };
    placeCamera(map, { kind: 'bounds', target }, { reducedMotion: true, padding });
    expect(map.calls).toEqual(['fit 30,59,31,60 z<=15 0ms pad 1/2/3/4']);
  });
  it('moves the linked state between features', () => {
    const map = new CameraMap(['sites']);
    syncFeatureState(map, 'linked', [smolny], [palace]);
    expect(map.calls).toEqual([
      'state sites/smolny {"linked":false}',
      'state sites/winter-palace {"linked":true}',
    ]);
  });
});

const collection = (n: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    id: i,
    properties: {},
    geometry: { type: 'Point', coordinates: [30, 60] },
  })),
});

describe('syncLayerVisibility', () => {
  const styled = () => {
    const map = new RecordingMap([]);
    map.layers = [
      { id: 'background' },
      { id: 'water-fill', source: 'basemap' },
      { id: 'site-marker', source: 'sites' },
      { id: 'site-label', source: 'sites' },
      { id: 'movement-line', source: 'movements', visibility: 'none' },
    ];
    return map;
  };
  const overlays = ['sites', 'movements'];

  it('hides the overlays a passage leaves out and shows those it names, never a base layer', () => {
    const map = styled();
    syncLayerVisibility(map, overlays, ['movements']);
    expect(map.calls).toEqual([
      'layout site-marker visibility=none',
      'layout site-label visibility=none',
      'layout movement-line visibility=visible',
    ]);
  });

  it('shows every overlay again for null, touching only layers that change', () => {
    const map = styled();
    syncLayerVisibility(map, overlays, null);
    expect(map.calls).toEqual(['layout movement-line visibility=visible']);
    map.calls = [];
    syncLayerVisibility(map, overlays, null);
    expect(map.calls).toEqual([]);
  });
});

describe('syncSourceData', () => {
  it('hands only the sources whose data changed their new data', () => {
    const map = new RecordingMap(['sites', 'water']);
    const sites = collection(3);
    const water = collection(1);
    const first = syncSourceData(map, {}, { sites, water });
    expect(map.calls).toEqual(['data sites (3 features)', 'data water (1 features)']);
    map.calls = [];
    const later = collection(4);
    const second = syncSourceData(map, first, { sites: later, water });
    expect(map.calls).toEqual(['data sites (4 features)']);
    expect(second).toEqual({ sites: later, water });
    expect(first.sites).toBe(sites);
  });

  it('leaves a source the style lacks for the next style', () => {
    const map = new RecordingMap(['sites']);
    const held = syncSourceData(map, {}, { territories: collection(2) });
    expect(map.calls).toEqual([]);
    expect(held).toEqual({});
  });
});

describe('applyStyle', () => {
  const def = {
    minZoom: 9,
    maxZoom: 17,
    extent: [29, 59, 31, 61],
    view: [30.2, 59.9, 30.4, 60],
  } as {
    minZoom: number;
    maxZoom: number;
    extent: [number, number, number, number];
    view: [number, number, number, number];
  };
  const style = { version: 8, name: 'petrograd', sources: {}, layers: [] } as StyleSpecification;

  it('sets the zoom range and bounds before swapping the whole style, then opens the map’s view', () => {
    const map = new RecordingMap([]);
    applyStyle(map, def, style, { openView: true });
    expect(map.calls).toEqual([
      'minZoom 9',
      'maxZoom 17',
      'maxBounds 29,59,31,61',
      'style petrograd diff=false',
      'fit 30.2,59.9,30.4,60 0ms pad 10',
    ]);
  });

  it('keeps the camera for a new theme on the same map', () => {
    const map = new RecordingMap([]);
    applyStyle(map, def, style, { openView: false });
    expect(map.calls.at(-1)).toBe('style petrograd diff=false');
  });
});
