/**
 * Site markers as data: a shape per category, filled with the colour of whoever held the site.
 * Images are named `site/<category>/<control>[/raised]` and drawn on demand when the map asks.
 */
import { SITE_CATEGORIES, type Control, type SiteCategory } from '../model/features';
import type { Theme } from './theme';

export type Shape = 'star' | 'circle' | 'diamond' | 'square' | 'bar' | 'triangle' | 'hexagon';

/** The shape of each category's marker; the legend reads the same table. */
export const CATEGORY_SHAPE: Record<SiteCategory, Shape> = {
  'bolshevik-command': 'star',
  government: 'circle',
  communications: 'diamond',
  transport: 'square',
  bridge: 'bar',
  military: 'triangle',
  finance: 'hexagon',
};

export const CONTROLS: readonly Control[] = ['government', 'mrc', 'contested', 'none'];

/** The name of a marker image. */
export function iconName(category: SiteCategory, control: Control, raised = false): string {
  return `site/${category}/${control}${raised ? '/raised' : ''}`;
}

export interface IconSpec {
  shape: Shape;
  fill: string;
  stroke: string;
  /** A raised bridge is drawn broken in the middle. */
  raised: boolean;
}

/** What an image name asks for, or null when it is not one of ours. */
export function parseIconName(name: string, theme: Theme): IconSpec | null {
  const parts = name.split('/');
  if (parts.length > 4) return null;
  const [kind, category, control, raised] = parts;
  if (kind !== 'site' || !(SITE_CATEGORIES as readonly string[]).includes(category ?? ''))
    return null;
  if (!(CONTROLS as readonly string[]).includes(control ?? '')) return null;
  if (raised !== undefined && raised !== 'raised') return null;
  return {
    shape: CATEGORY_SHAPE[category as SiteCategory],
    fill: theme.control[control as Control],
    stroke: theme.markerStroke,
    raised: raised === 'raised',
  };
}

/**
 * The outline of a shape as polygon vertices in a box of `size` pixels, centred.
 * Circles are polygons with many sides; the bar is a wide rectangle, like a bridge deck.
 * @example shapeOutline('square', 20) // [[3,3],[17,3],[17,17],[3,17]]
 */
export function shapeOutline(shape: Shape, size: number): [number, number][] {
  const c = size / 2;
  const r = size * 0.42;
  const regular = (n: number, radius: number, rotate: number) =>
    Array.from({ length: n }, (_, i) => {
      const a = rotate + (i * 2 * Math.PI) / n;
      return [c + radius * Math.cos(a), c + radius * Math.sin(a)] as [number, number];
    });
  switch (shape) {
    case 'circle':
      return regular(32, r, 0);
    case 'square': {
      const h = size * 0.35;
      return [
        [c - h, c - h],
        [c + h, c - h],
        [c + h, c + h],
        [c - h, c + h],
      ];
    }
    case 'diamond':
      return regular(4, r * 1.1, -Math.PI / 2);
    case 'triangle':
      return regular(3, r * 1.1, -Math.PI / 2).map(
        ([x, y]) => [x, y + size * 0.06] as [number, number],
      );
    case 'hexagon':
      return regular(6, r, 0);
    case 'bar':
      return [
        [c - r * 1.15, c - r * 0.45],
        [c + r * 1.15, c - r * 0.45],
        [c + r * 1.15, c + r * 0.45],
        [c - r * 1.15, c + r * 0.45],
      ];
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const radius = i % 2 === 0 ? r * 1.15 : r * 0.5;
        return [c + radius * Math.cos(a), c + radius * Math.sin(a)] as [number, number];
      });
  }
}
