import { describe, expect, it } from 'vitest';
import { SITE_CATEGORIES } from '../../../src/lib/model/features';
import {
  CATEGORY_SHAPE,
  CONTROLS,
  iconName,
  parseIconName,
  shapeOutline,
  type Shape,
} from '../../../src/lib/map/icons';
import { paperTheme, projectorTheme } from '../../../src/lib/map/theme';

describe('iconName and parseIconName', () => {
  it.each(SITE_CATEGORIES.flatMap((c) => CONTROLS.map((k) => [c, k] as const)))(
    'round-trip %s held by %s, plain and raised',
    (category, control) => {
      for (const raised of [false, true]) {
        const name = iconName(category, control, raised);
        expect(parseIconName(name, paperTheme)).toEqual({
          shape: CATEGORY_SHAPE[category],
          fill: paperTheme.control[control],
          stroke: paperTheme.markerStroke,
          raised,
        });
      }
    },
  );

  it('gives distinct names to every category, holder and bridge state', () => {
    const names = SITE_CATEGORIES.flatMap((c) =>
      CONTROLS.flatMap((k) => [iconName(c, k), iconName(c, k, true)]),
    );
    expect(new Set(names).size).toBe(SITE_CATEGORIES.length * CONTROLS.length * 2);
    expect(iconName('bridge', 'mrc', true)).toBe('site/bridge/mrc/raised');
  });

  it('colours by the theme it is given', () => {
    expect(parseIconName('site/military/mrc', projectorTheme)?.fill).toBe(
      projectorTheme.control.mrc,
    );
  });

  it.each([
    '',
    'site',
    'site/bridge',
    'site/bridge/rebels',
    'site/castle/mrc',
    'poi/bridge/mrc',
    'site/bridge/mrc/lowered',
    'Site/bridge/mrc',
    'site/bridge/mrc/raised/again',
  ])('rejects %j, an image that is not one of ours', (name) => {
    expect(parseIconName(name, paperTheme)).toBeNull();
  });
});

describe('CATEGORY_SHAPE', () => {
  it('gives each category its own shape, so the legend can tell them apart', () => {
    const shapes = SITE_CATEGORIES.map((c) => CATEGORY_SHAPE[c]);
    expect(new Set(shapes).size).toBe(SITE_CATEGORIES.length);
  });
});

describe('shapeOutline', () => {
  const shapes: Shape[] = ['star', 'circle', 'diamond', 'square', 'bar', 'triangle', 'hexagon'];
  const vertices: Record<Shape, number> = {
    star: 10,
    circle: 32,
    diamond: 4,
    square: 4,
    bar: 4,
    triangle: 3,
    hexagon: 6,
  };
  const area = (pts: [number, number][]) =>
    Math.abs(
      pts.reduce((sum, [x, y], i) => {
        const [nx, ny] = pts[(i + 1) % pts.length]!;
        return sum + x * ny - nx * y;
      }, 0) / 2,
    );

  it.each(shapes)('draws a %s as a polygon inside its box at several sizes', (shape) => {
    for (const size of [12, 20, 48]) {
      const pts = shapeOutline(shape, size);
      expect(pts).toHaveLength(vertices[shape]);
      for (const [x, y] of pts) {
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(size);
        expect(y).toBeLessThanOrEqual(size);
      }
      // Open list of vertices: the canvas path closes it, so no vertex repeats.
      const keys = pts.map(([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`);
      expect(new Set(keys).size).toBe(pts.length);
      expect(area(pts)).toBeGreaterThan(size * size * 0.1);
    }
  });

  it('scales with the size', () => {
    for (const shape of shapes) {
      const ratio = area(shapeOutline(shape, 40)) / area(shapeOutline(shape, 20));
      expect(ratio).toBeCloseTo(4, 9);
    }
  });

  it('draws the square of the documented example', () => {
    expect(shapeOutline('square', 20)).toEqual([
      [3, 3],
      [17, 3],
      [17, 17],
      [3, 17],
    ]);
  });

  it('draws the bridge deck wider than tall, and the star pointing up', () => {
    const bar = shapeOutline('bar', 20);
    const xs = bar.map(([x]) => x);
    const ys = bar.map(([, y]) => y);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(
      2 * (Math.max(...ys) - Math.min(...ys)),
    );
    const [tipX, tipY] = shapeOutline('star', 20)[0]!;
    expect(tipX).toBeCloseTo(10, 9);
    expect(tipY).toBeLessThan(10);
    expect(Math.min(...shapeOutline('star', 20).map(([, y]) => y))).toBeCloseTo(tipY, 9);
  });
});
