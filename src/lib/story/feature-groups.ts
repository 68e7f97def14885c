/** The features a reader can link words to, grouped by layer for the pickers of the link review. */
/** A group of features to link to, for the pickers. */
export interface FeatureGroup {
  label: string;
  items: { ref: string; name: string }[];
}

/** The layers a reader links to, in the order the pickers list them. */
export const LINKABLE_LAYERS: readonly (readonly [source: string, label: string])[] = [
  ['sites', 'Petrograd sites'],
  ['water', 'Petrograd rivers and sea'],
  ['places', 'Places (Brest-Litovsk map)'],
  ['territories', 'Territories (Brest-Litovsk map)'],
];

/** Every loaded feature of a linkable layer, by layer, each group sorted by name. */
export function featureGroups(
  features: ReadonlyMap<string, { key: string; source: string; name: string }>,
): FeatureGroup[] {
  return LINKABLE_LAYERS.map(([source, label]) => ({
    label,
    items: [...features.values()]
      .filter((f) => f.source === source)
      .map((f) => ({ ref: f.key, name: f.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
}
