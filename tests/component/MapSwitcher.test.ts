import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import MapSwitcher from '../../src/components/MapSwitcher.svelte';

describe('MapSwitcher', () => {
  it('shows both maps, the current one pressed, and reports a switch', async () => {
    const onchange = vi.fn();
    render(MapSwitcher, { current: 'petrograd', onchange });
    const petrograd = screen.getByRole('button', { name: 'Petrograd 1917' });
    const brest = screen.getByRole('button', { name: 'Brest-Litovsk 1918' });
    expect(petrograd.getAttribute('aria-pressed')).toBe('true');
    expect(brest.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(brest);
    expect(onchange).toHaveBeenCalledWith('brest-litovsk');
    const nav = screen.getByRole('navigation', { name: 'Maps' });
    expect(within(nav).getAllByRole('button')).toEqual([petrograd, brest]);
  });
});
