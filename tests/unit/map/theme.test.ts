import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  paperTheme,
  projectorTheme,
  savedTheme,
  THEME_KEY,
  themeCssVars,
  themes,
} from '../../../src/lib/map/theme';

describe.each([paperTheme, projectorTheme])('themeCssVars($id)', (theme) => {
  const vars = themeCssVars(theme);

  it('exposes every ui token as a kebab-case --ui- variable with its value', () => {
    expect(vars['--ui-bg']).toBe(theme.ui.bg);
    expect(vars['--ui-accent-fg']).toBe(theme.ui.accentFg);
    expect(vars['--ui-passage-active']).toBe(theme.ui.passageActive);
    expect(vars['--ui-base-size']).toBe(theme.ui.baseSize);
    for (const value of Object.values(theme.ui)) expect(Object.values(vars)).toContain(value);
    for (const name of Object.keys(vars))
      expect(name).toMatch(/^--(ui|control|answer)-[a-z]+(-[a-z]+)*$/);
  });

  it('adds the highlight, one variable per holder and the font stack', () => {
    expect(vars['--ui-highlight']).toBe(theme.highlight);
    for (const [control, colour] of Object.entries(theme.control))
      expect(vars[`--control-${control}`]).toBe(colour);
    for (const [tone, colour] of Object.entries(theme.answer))
      expect(vars[`--answer-${tone}`]).toBe(colour);
    expect(vars['--ui-font']).toBe(`'${theme.fontFamily}', system-ui, sans-serif`);
    expect(Object.keys(vars)).toHaveLength(Object.keys(theme.ui).length + 2 + 4 + 4);
  });
});

describe('the interface CSS', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.(svelte|css)$/.test(p) ? [p] : [];
    });

  it('reads only variables the themes define', () => {
    const defined = Object.keys(themeCssVars(paperTheme));
    const used = new Set(
      files('src').flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/var\((--(?:ui|control)-[a-z-]+)/g)].map((m) => m[1]!),
      ),
    );
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(defined, name).toContain(name);
  });
});

describe('savedTheme', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const storage = (getItem: (key: string) => string | null) =>
    vi.stubGlobal('localStorage', { getItem, setItem: () => {} });

  it('returns the theme saved under THEME_KEY', () => {
    const asked: string[] = [];
    storage((key) => (asked.push(key), 'projector'));
    expect(savedTheme()).toBe(projectorTheme);
    expect(asked).toEqual([THEME_KEY]);
  });

  it('falls back to paper when nothing is saved', () => {
    storage(() => null);
    expect(savedTheme()).toBe(paperTheme);
  });

  it('falls back to paper when the saved value is not a theme id', () => {
    storage(() => 'neon');
    expect(savedTheme()).toBe(paperTheme);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'falls back to paper for %j, a key every object has',
    (id) => {
      storage(() => id);
      expect(savedTheme()).toBe(paperTheme);
    },
  );

  it('falls back to paper when there is no localStorage at all', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(savedTheme()).toBe(paperTheme);
  });

  it('falls back to paper when storage throws (blocked cookies, sandboxed frames)', () => {
    storage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(savedTheme()).toBe(paperTheme);
  });

  it('knows exactly the two themes, each under its own id', () => {
    expect(Object.keys(themes).sort()).toEqual(['paper', 'projector']);
    for (const [id, t] of Object.entries(themes)) expect(t.id).toBe(id);
  });
});
