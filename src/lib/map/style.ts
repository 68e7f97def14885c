/** Builds a whole MapLibre style for one map from its definition, its data and a theme. */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { ANSWER_SOURCE, answerLayers, type SourceId } from './layers';
import type { MapDef } from './maps';
import type { Theme } from './theme';

/**
 * The style of a map: a GeoJSON source per layer file (ids promoted from `id`, so feature-state
 * highlights address features by their stable ids) and the layers, with the answers' points on top. There is no `glyphs` URL:
 * labels are drawn locally in the theme's font, which the page ships (see fonts.ts).
 */
export function buildStyle(
  def: MapDef,
  theme: Theme,
  data: Partial<Record<SourceId, FeatureCollection>>,
): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  def.files.forEach((file, i) => {
    sources[file.source] = {
      type: 'geojson',
      data: data[file.source] ?? { type: 'FeatureCollection', features: [] },
      promoteId: 'id',
      // MapLibre shows each distinct attribution once; the map's list goes on its first source.
      ...(i === 0 ? { attribution: def.attribution.join(' · ') } : {}),
    };
  });
  // Every map draws the answers given on it, above everything else.
  sources[ANSWER_SOURCE] = {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
  };
  return {
    version: 8,
    name: def.title,
    sources,
    layers: [...def.layers(theme), ...answerLayers(theme)],
  };
}
