/**
 * The one place colours live. Layers, legends and the UI read the same tokens; a projector theme is
 * just another `Theme`.
 */
import type { Control } from '../model/features';
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
  /**
   * The points of answers on the map and the feedback beside a question: the reader's own by how
   * they scored, and a class's taps (the teacher's view).
   */
  answer: { right: string; partial: string; wrong: string; class: string };
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
    /** The interface's base font size (a projector needs larger type). */
    baseSize: string;
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
  answer: { right: '#1f7a34', partial: '#8a5a00', wrong: '#6b2d5c', class: '#1b5fc1' },
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
    baseSize: '17px',
  },
  fontFamily: 'PT Sans',
  labelSize: 13,
};

/**
 * The projector theme: a projector washes out pale tints and a classroom reads from afar, so land
 * is white, colours are saturated, ink is black, and labels and type are larger.
 */
export const projectorTheme: Theme = {
  ...paperTheme,
  id: 'projector',
  label: 'Projector',
  land: '#ffffff',
  water: '#7fb2e5',
  border: '#555555',
  text: '#000000',
  textHalo: '#ffffff',
  waterText: '#0b3c6e',
  waterHighlight: '#3f8ad6',
  control: {
    government: '#0a3a9e',
    mrc: '#d10000',
    contested: '#f0a000',
    none: '#6e6e6e',
  },
  route: { mrc: '#d10000', government: '#0a3a9e' },
  territory: {
    russian: '#f2b38f',
    occupied: '#6f8fc9',
    contested: '#f5c542',
    independent: '#6fbf5a',
    'german-protectorate': '#4d6db3',
    ceded: '#c77dc5',
    ottoman: '#e07b35',
  },
  frontier: '#000000',
  front: '#c00000',
  treatyLine: '#000000',
  street: '#d9d9d9',
  streetText: '#333333',
  park: '#bfe0a6',
  railway: '#444444',
  markerStroke: '#000000',
  highlight: '#ff5a00',
  highlightHalo: '#ffd9b3',
  answer: { right: '#006b1f', partial: '#7a4d00', wrong: '#5c0a4f', class: '#0047c2' },
  ui: {
    bg: '#ffffff',
    panel: '#ffffff',
    fg: '#000000',
    muted: '#333333',
    accent: '#9b0000',
    accentFg: '#ffffff',
    rule: '#7a7a7a',
    passageActive: '#ffe3c4',
    pressed: '#9b3600',
    shadow: '0 2px 8px rgb(0 0 0 / 0.3)',
    focus: '#0047c2',
    error: '#a00000',
    baseSize: '20px',
  },
  labelSize: 17,
};

export const themes: Record<string, Theme> = {
  [paperTheme.id]: paperTheme,
  [projectorTheme.id]: projectorTheme,
};

/** CSS custom properties for the interface, named `--ui-<token>`. */
export function themeCssVars(theme: Theme): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(theme.ui)) {
    vars[`--ui-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
  }
  vars['--ui-highlight'] = theme.highlight;
  for (const [control, colour] of Object.entries(theme.control))
    vars[`--control-${control}`] = colour;
  for (const [tone, colour] of Object.entries(theme.answer)) vars[`--answer-${tone}`] = colour;
  vars['--ui-font'] = `'${theme.fontFamily}', system-ui, sans-serif`;
  return vars;
}

/** The theme of an id, or null for one that is not a theme (only the themes' own keys: a saved
 * “toString” must not find Object.prototype's). */
export function themeOf(id: string): Theme | null {
  return Object.hasOwn(themes, id) ? themes[id]! : null;
}

/** Where the reader's choice of theme is remembered. */
export const THEME_KEY = 'atlas-1917:theme';

/** The theme chosen at an earlier visit, or the paper theme. */
export function savedTheme(): Theme {
  try {
    return themeOf(localStorage.getItem(THEME_KEY) ?? '') ?? paperTheme;
  } catch {
    return paperTheme;
  }
}
