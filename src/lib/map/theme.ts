/**
 * The one place colours live. Layers, legends and the UI read the same tokens; a projector theme is
 * just another `Theme`.
 */
import type { Control } from '../geo/types';
import type { TerritoryStatus } from '../time/peace';

export interface Theme {
  id: string;
  label: string;
  /** Map paper: land is the background of both maps. */
  land: string;
  water: string;
  border: string;
  text: string;
  textHalo: string;
  waterText: string;
  /** Water a passage or a click points at. */
  waterHighlight: string;
  /** Who held a site: the fill of its marker. */
  control: Record<Control, string>;
  /** Territories of the peace by status at the date shown. */
  territory: Record<TerritoryStatus, string>;
  frontier: string;
  front: string;
  treatyLine: string;
  /** Routes of the two sides. */
  route: { mrc: string; government: string };
  street: string;
  streetText: string;
  park: string;
  railway: string;
  markerStroke: string;
  /** The highlight of features a passage or a click selected. */
  highlight: string;
  highlightHalo: string;
  /** Interface colours, exposed to CSS as custom properties. */
  ui: {
    bg: string;
    panel: string;
    fg: string;
    muted: string;
    accent: string;
    accentFg: string;
    rule: string;
    passageActive: string;
    /** Shadow under floating panels. */
    shadow: string;
    /** Background of a pressed feature link (white text on it). */
    pressed: string;
    focus: string;
    error: string;
  };
  fontFamily: string;
  /** Base size of map labels in pixels. */
  labelSize: number;
}

/** The reading theme: paper and ink, with a muted red for Bolshevik command and the highlight. */
export const paperTheme: Theme = {
  id: 'paper',
  label: 'Paper',
  land: '#f3eee2',
  water: '#b9cfd9',
  border: '#a49c8a',
  text: '#2b2721',
  textHalo: '#f8f5ec',
  waterText: '#3d6475',
  waterHighlight: '#8fb6c9',
  control: {
    government: '#2f5597',
    mrc: '#c0231b',
    contested: '#e09b12',
    none: '#8c8c8c',
  },
  route: { mrc: '#c0231b', government: '#2f5597' },
  territory: {
    russian: '#e7c9b8',
    occupied: '#9aabc2',
    contested: '#e6c377',
    independent: '#a7c796',
    'german-protectorate': '#7e92b3',
    ceded: '#c7a2c6',
    ottoman: '#d59a6a',
  },
  frontier: '#4a3f33',
  front: '#b0241c',
  treatyLine: '#1f1c17',
  street: '#ffffff',
  streetText: '#6b6152',
  park: '#d9e4c3',
  railway: '#7d746a',
  markerStroke: '#ffffff',
  highlight: '#e8590c',
  highlightHalo: '#ffe8cc',
  ui: {
    bg: '#fbf9f4',
    panel: '#ffffff',
    fg: '#1f1c17',
    muted: '#5c564b',
    accent: '#8f2a25',
    accentFg: '#ffffff',
    rule: '#ddd6c6',
    passageActive: '#fff1e0',
    pressed: '#a8400a',
    shadow: '0 2px 8px rgb(0 0 0 / 0.12)',
    focus: '#1b5fc1',
    error: '#a61b1b',
  },
  fontFamily: 'PT Sans',
  labelSize: 13,
};

export const themes: Record<string, Theme> = { [paperTheme.id]: paperTheme };

/** CSS custom properties for the interface, named `--ui-<token>`. */
export function themeCssVars(theme: Theme): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(theme.ui)) {
    vars[`--ui-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
  }
  vars['--ui-highlight'] = theme.highlight;
  for (const [control, colour] of Object.entries(theme.control))
    vars[`--control-${control}`] = colour;
  vars['--ui-font'] = `'${theme.fontFamily}', system-ui, sans-serif`;
  return vars;
}
