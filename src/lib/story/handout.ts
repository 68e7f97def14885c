/** What a printed handout holds for each slide: the passage, its places by name and their sources. */
import type { Feature } from 'geojson';
import type { Passage } from './essay';

/** One page of the handout (its map image is drawn by the map). */
export interface HandoutPage {
  passage: Passage;
  /** The names of the features the passage links to, in order. */
  names: string[];
  /** Their sources, each once, as short citations. */
  sources: string[];
}

interface Source {
  author?: string;
  title: string;
  year?: number | string;
}

/** A short citation: “Author, Title (year)”. */
export function cite(s: Source): string {
  return `${s.author ? `${s.author}, ` : ''}${s.title}${s.year ? ` (${s.year})` : ''}`;
}

/**
 * The handout's pages: one per slide, with the linked features' names and sources (at most
 * `maxSources` per page, so a page stays a page).
 */
export function handoutOf(
  slides: readonly Passage[],
  featureOf: (ref: string) => { name: string; feature: Feature } | undefined,
  maxSources = 6,
): HandoutPage[] {
  return slides.map((passage) => {
    const names: string[] = [];
    const sources: string[] = [];
    for (const ref of passage.refs) {
      const f = featureOf(ref);
      if (!f) continue;
      names.push(f.name);
      const list = (f.feature.properties as { sources?: unknown } | null)?.sources;
      if (!Array.isArray(list)) continue;
      for (const s of list)
        if (s && typeof s === 'object' && typeof (s as Source).title === 'string') {
          const c = cite(s as Source);
          if (!sources.includes(c)) sources.push(c);
        }
    }
    return { passage, names, sources: sources.slice(0, maxSources) };
  });
}
