/** The features essays can link to, read from the repository's geodata/ (for the CLI and tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAP_IDS, MAPS } from '../../src/lib/map/maps';
import { featureName } from '../../src/lib/map/load';
import { refFor } from '../../src/lib/story/refs';
import { gazetteerOf, type Gazetteer, type LinkableFeature } from '../../src/lib/story/gazetteer';

/** Every linkable feature of every map, by reference. */
export function linkableFeatures(
  root = 'geodata',
): Map<string, LinkableFeature & { mapId: string }> {
  const out = new Map<string, LinkableFeature & { mapId: string }>();
  for (const mapId of MAP_IDS) {
    for (const file of MAPS[mapId].files) {
      if (!file.linkable) continue;
      const layer = file.parse(JSON.parse(readFileSync(join(root, file.file), 'utf8')));
      for (const feature of layer.features) {
        const id = (feature.properties as { id?: string } | null)?.id ?? String(feature.id);
        const key = refFor(file.source, id);
        if (key)
          out.set(key, { key, source: file.source, name: featureName(feature), feature, mapId });
      }
    }
  }
  return out;
}

/** The gazetteer of the shipped geodata. */
export function loadGazetteer(root = 'geodata'): Gazetteer {
  return gazetteerOf(linkableFeatures(root).values());
}
