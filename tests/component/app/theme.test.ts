import { describe, expect, it } from 'vitest';
import { ThemeChoice } from '../../../src/app/theme.svelte';
import { THEME_KEY, projectorTheme } from '../../../src/lib/map/theme';

describe('ThemeChoice', () => {
  it('toggles between paper and projector and remembers the choice', () => {
    const saved: [string, string][] = [];
    const t = new ThemeChoice('paper', () => ({ setItem: (k, v) => saved.push([k, v]) }));
    expect(t.theme.id).toBe('paper');
    t.toggle();
    expect(t.theme).toBe(projectorTheme);
    expect(t.cssVars).toContain(`--ui-bg: ${projectorTheme.ui.bg}`);
    t.toggle();
    expect(t.id).toBe('paper');
    expect(saved).toEqual([
      [THEME_KEY, 'projector'],
      [THEME_KEY, 'paper'],
    ]);
  });

  it('still switches when the browser blocks storage', () => {
    const t = new ThemeChoice('paper', () => ({
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    }));
    t.toggle();
    expect(t.id).toBe('projector');
  });

  it('shows a theme a link names without remembering it, and ignores an unknown one', () => {
    const saved: string[] = [];
    const t = new ThemeChoice('paper', () => ({ setItem: (_k, v) => saved.push(v) }));
    t.show('projector');
    expect(t.id).toBe('projector');
    t.show('neon');
    t.show('toString');
    expect(t.id).toBe('projector');
    expect(saved).toEqual([]);
  });

  it('falls back to paper for an id it does not know', () => {
    expect(new ThemeChoice('neon', () => undefined).theme.id).toBe('paper');
  });
});
