import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../src/lib/map/style';
import { MAP_IDS, MAPS, mapOfSource } from '../../../src/lib/map/maps';
import { paperTheme, themeCssVars } from '../../../src/lib/map/theme';
import { ANSWER_SOURCE, LAYER, SOURCE } from '../../../src/lib/map/layers';
import { REF_SCHEMES } from '../../../src/lib/story/refs';

describe.each(MAP_IDS)('the %s style', (id) => {
  const def = MAPS[id];
  const style = buildStyle(def, paperTheme, {});

  it('passes the MapLibre style validator', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has unique layer ids from the LAYER constants, each on a source it declares', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((i) => (Object.values(LAYER) as string[]).includes(i))).toBe(true);
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('promotes feature ids and attributes its sources', () => {
    for (const s of Object.values(style.sources))
      expect(s).toMatchObject({ type: 'geojson', promoteId: 'id' });
    const attribution = Object.values(style.sources)
      .map((s) => ('attribution' in s ? s.attribution : ''))
      .join(' ');
    for (const a of def.attribution) expect(attribution).toContain(a);
  });

  it('draws labels from the shipped font, never from a glyph server', () => {
    expect(style.glyphs).toBeUndefined();
    // The page's own CSS font, not files declared to MapLibre (see fonts.ts).
    expect(style['font-faces']).toBeUndefined();
    for (const layer of style.layers) {
      if (layer.type === 'symbol')
        expect(layer.layout?.['text-font']).toEqual([paperTheme.fontFamily]);
    }
  });

  it('draws the answers given on the map above everything else', () => {
    expect(style.sources[ANSWER_SOURCE]).toMatchObject({ type: 'geojson' });
    expect(style.layers.at(-1)).toMatchObject({ id: LAYER.answerPoint, source: ANSWER_SOURCE });
  });

  it('frames a view inside the extent the camera is held to', () => {
    const [w, s, e, n] = def.extent;
    const [vw, vs, ve, vn] = def.view;
    expect(vw >= w && vs >= s && ve <= e && vn <= n).toBe(true);
  });
});

describe('maps', () => {
  it('puts every linkable layer on exactly one map', () => {
    for (const source of Object.values(REF_SCHEMES)) expect(mapOfSource(source)).toBeDefined();
    expect(mapOfSource(SOURCE.sites)).toBe('petrograd');
    expect(mapOfSource(SOURCE.places)).toBe('brest-litovsk');
    expect(mapOfSource('nowhere')).toBeUndefined();
  });

  it('exposes the interface colours as CSS variables', () => {
    expect(themeCssVars(paperTheme)).toMatchObject({
      '--ui-accent-fg': paperTheme.ui.accentFg,
      '--ui-highlight': paperTheme.highlight,
    });
  });
});
