import { describe, expect, it } from 'vitest';
import {
  frame,
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
  constructor(private sources: string[]) {}
  setFeatureState(t: FeatureTarget, state: Record<string, unknown>) {
    this.calls.push(`state ${t.source}/${t.id} ${JSON.stringify(state)}`);
  }
  fitBounds(
    b: [[number, number], [number, number]],
    o: { padding: Padding; maxZoom: number; duration: number },
  ) {
    this.calls.push(
      `fit ${b.flat().join(',')} z<=${o.maxZoom} ${o.duration}ms pad ${Object.values(o.padding).join('/')}`,
    );
  }
  getSource(id: string) {
    return this.sources.includes(id) ? {} : undefined;
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
