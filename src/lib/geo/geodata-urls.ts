/** Where the build serves each file of `geodata/`, keyed by its path under that folder. */
const found = {
  ...import.meta.glob('../../../geodata/**/*.geojson', {
    query: '?url',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob('../../../geodata/**/*.json', {
    query: '?url',
    import: 'default',
    eager: true,
  }),
} as Record<string, string>;

export const GEODATA_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(found).map(([path, url]) => [path.replace(/^.*\/geodata\//, ''), url]),
);
