import { describe, expect, it } from 'vitest';
import {
  expression,
  latest,
  validateStyleMin,
  type ExpressionSpecification,
  type StyleSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import {
  europeLayers,
  LAYER,
  lineSample,
  metresToPixels,
  OVERLAY_SOURCES,
  petrogradLayers,
  SOURCE,
} from '../../../src/lib/map/layers';
import { paperTheme, projectorTheme, type Theme } from '../../../src/lib/map/theme';

const builders = { petrograd: petrogradLayers, europe: europeLayers };
const themes: [string, Theme][] = [
  ['paper', paperTheme],
  ['projector', projectorTheme],
];

describe.each(Object.entries(builders))('%s layers', (_, build) => {
  describe.each(themes)('in the %s theme', (__, theme) => {
    const layers = build(theme);

    it('draw only from known sources and use unique ids from LAYER', () => {
      const sources = Object.values(SOURCE) as string[];
      for (const l of layers) if ('source' in l) expect(sources).toContain(l.source);
      const ids = layers.map((l) => l.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(Object.values(LAYER) as string[]).toContain(id);
    });

    it('pass the MapLibre style validator', () => {
      const used = [...new Set(layers.flatMap((l) => ('source' in l ? [l.source as string] : [])))];
      const style: StyleSpecification = {
        version: 8,
        sources: Object.fromEntries(
          used.map((s) => [
            s,
            { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
          ]),
        ),
        layers,
      };
      expect(validateStyleMin(style)).toEqual([]);
    });

    it('label with the theme font', () => {
      const symbols = layers.filter((l) => l.type === 'symbol');
      expect(symbols.length).toBeGreaterThan(0);
      for (const l of symbols) expect(l.layout?.['text-font']).toEqual([theme.fontFamily]);
    });
  });
});

describe('the two maps', () => {
  it('paint the city on land and Europe on sea, each drawing the other on top', () => {
    const bg = (layers: ReturnType<typeof petrogradLayers>) =>
      layers.find((l) => l.id === LAYER.background)?.paint;
    expect(bg(petrogradLayers(paperTheme))).toEqual({ 'background-color': paperTheme.land });
    expect(bg(europeLayers(paperTheme))).toEqual({ 'background-color': paperTheme.water });
  });

  it('draw every overlay a passage may toggle', () => {
    const drawn = [...petrogradLayers(paperTheme), ...europeLayers(paperTheme)].flatMap((l) =>
      'source' in l ? [l.source] : [],
    );
    for (const s of OVERLAY_SOURCES) expect(drawn).toContain(s);
  });
});

describe('metresToPixels', () => {
  const evaluate = (expr: ExpressionSpecification, zoom: number, width: number) => {
    const e = expression.createExpression(
      expr,
      'line-width',
      latest.paint_line['line-width'] as StylePropertySpecification,
    );
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    return e.value.evaluate({ zoom }, { type: 'LineString', properties: { w: width } } as never);
  };
  // Metres per 512-px-tile pixel at zoom 0 on the equator.
  const equatorZ0 = 40_075_016.686 / 512;

  it('converts metres to pixels exactly at whole zooms', () => {
    const expr = metresToPixels(['get', 'w'], 0);
    expect(evaluate(expr, 0, equatorZ0)).toBeCloseTo(1, 9);
    expect(evaluate(expr, 10, 100)).toBeCloseTo((100 * 1024) / equatorZ0, 9);
    expect(evaluate(expr, 22, 1)).toBeCloseTo(2 ** 22 / equatorZ0, 6);
  });

  it('doubles the width with each zoom, also between whole zooms', () => {
    const expr = metresToPixels(['get', 'w'], 0);
    expect(evaluate(expr, 12.5, 50) / evaluate(expr, 11.5, 50)).toBeCloseTo(2, 9);
  });

  it('makes a metre twice as wide at 60° as at the equator', () => {
    const ratio =
      evaluate(metresToPixels(['get', 'w'], 60), 14, 20) /
      evaluate(metresToPixels(['get', 'w'], 0), 14, 20);
    expect(ratio).toBeCloseTo(2, 9);
  });

  it('holds the floor when one is given, and only then', () => {
    expect(evaluate(metresToPixels(['get', 'w'], 59.94, 1), 3, 5)).toBe(1);
    expect(evaluate(metresToPixels(['get', 'w'], 59.94), 3, 5)).toBeLessThan(0.01);
    expect(evaluate(metresToPixels(['get', 'w'], 59.94, 1), 18, 5)).toBeGreaterThan(1);
  });
});

describe('lineSample', () => {
  const layers = europeLayers(paperTheme);
  it('reads a dashed line’s colour and width, its dashes scaled from line widths to pixels', () => {
    expect(lineSample(layers, LAYER.treatyLine)).toEqual({
      stroke: paperTheme.treatyLine,
      width: 2,
      dash: '6 4',
    });
    expect(lineSample(layers, LAYER.borderLine)).toEqual({
      stroke: paperTheme.border,
      width: 0.7,
      dash: '2.1 1.4',
    });
  });
  it('draws a solid line solid, and has no sample for a layer that is not a plain line', () => {
    expect(lineSample(layers, LAYER.frontLine)?.dash).toBeUndefined();
    expect(lineSample(layers, LAYER.territoryFill)).toBeNull();
    expect(lineSample(layers, 'no-such-layer')).toBeNull();
  });
});
