import { afterEach, describe, expect, it, vi } from 'vitest';
import { rasterizeIcon } from '../../../src/lib/map/icon-raster';
import { shapeOutline, type IconSpec } from '../../../src/lib/map/icons';

// Node has no canvas: a stand-in 2D context records the drawing calls instead of painting pixels.
function fakeCanvas(withContext = true) {
  const calls: [string, ...unknown[]][] = [];
  const state: Record<string, unknown> = {};
  const canvas = {
    width: 0,
    height: 0,
    getContext: (kind: string) => (kind === '2d' && withContext ? ctx : null),
  };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const ctx = new Proxy(state, {
    get: (target, key: string) =>
      key === 'getImageData'
        ? (_x: number, _y: number, w: number, h: number) => ({
            data: new Uint8ClampedArray(w * h * 4),
          })
        : key in target
          ? target[key]
          : record(key),
    set: (target, key: string, value) => {
      target[key] = value;
      calls.push([`set ${key}`, value]);
      return true;
    },
  });
  vi.stubGlobal('document', {
    createElement: (tag: string) => {
      expect(tag).toBe('canvas');
      return canvas;
    },
  });
  return { calls, canvas };
}

const spec: IconSpec = { shape: 'bar', fill: '#c00', stroke: '#fff', raised: false };

describe('rasterizeIcon', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('draws the outline of the shape at the device pixel ratio, filled then stroked', () => {
    const { calls, canvas } = fakeCanvas();
    const image = rasterizeIcon(spec, 18, 2);
    expect([canvas.width, canvas.height]).toEqual([36, 36]);
    expect(image.width).toBe(36);
    expect(image.height).toBe(36);
    expect(image.data).toHaveLength(36 * 36 * 4);
    const path = calls.filter(([n]) => n === 'moveTo' || n === 'lineTo').map(([, x, y]) => [x, y]);
    expect(path).toEqual(shapeOutline('bar', 36));
    const order = calls.map(([n]) => n);
    expect(order.indexOf('beginPath')).toBeLessThan(order.indexOf('moveTo'));
    expect(order.indexOf('closePath')).toBeLessThan(order.indexOf('fill'));
    expect(order.indexOf('fill')).toBeLessThan(order.indexOf('stroke'));
    expect(calls).toContainEqual(['set fillStyle', '#c00']);
    expect(calls).toContainEqual(['set strokeStyle', '#fff']);
    expect(calls).toContainEqual(['set lineWidth', 3.2]);
    expect(order).not.toContain('clearRect');
  });

  it('rounds the pixel size for fractional ratios', () => {
    const { canvas } = fakeCanvas();
    expect(rasterizeIcon(spec, 18, 1.25).width).toBe(23);
    expect(canvas.width).toBe(23);
  });

  it('breaks a raised bridge with a gap down the middle, after stroking', () => {
    const { calls } = fakeCanvas();
    rasterizeIcon({ ...spec, raised: true }, 18, 2);
    const order = calls.map(([n]) => n);
    expect(order.indexOf('clearRect')).toBeGreaterThan(order.indexOf('stroke'));
    expect(calls.find(([n]) => n === 'clearRect')).toEqual(['clearRect', 14, 0, 8, 36]);
  });

  it('fails with a clear message when there is no 2D canvas', () => {
    fakeCanvas(false);
    expect(() => rasterizeIcon(spec)).toThrow('No 2D canvas to draw map markers with.');
  });
});
