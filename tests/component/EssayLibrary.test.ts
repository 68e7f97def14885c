import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import EssayLibrary from '../../src/components/EssayLibrary.svelte';
import type { Reading } from '../../src/lib/user-essays.svelte';

function setup(reading: Reading | null) {
  const oncancel = vi.fn();
  const result = render(EssayLibrary, {
    saved: [{ id: 'e1', name: 'My essay', updatedAt: 1 }],
    currentId: 'e1',
    defaultTitle: 'How Lenin came to power',
    saveState: 'saved',
    storageProblem: null,
    ready: true,
    onopen: vi.fn(),
    onfile: vi.fn(),
    onpaste: vi.fn(),
    onexport: vi.fn(),
    ondelete: vi.fn(),
    reading,
    oncancel,
  });
  return { ...result, oncancel };
}

const linking: Reading = {
  name: 'long-essay.md',
  reopening: false,
  stage: 'linking',
  done: 1200,
  total: 3360,
  share: 0.68,
};

describe('EssayLibrary: an essay being read', () => {
  it('shows a labelled progress bar, how far it has got, and a Cancel button', async () => {
    const { oncancel } = setup(linking);
    const bar = screen.getByRole('progressbar', { name: 'Reading “long-essay.md”' });
    expect((bar as HTMLProgressElement).value).toBeCloseTo(0.68);
    expect((bar as HTMLProgressElement).max).toBe(1);
    // The stage is announced; the count, changing many times a second, is only shown.
    expect(
      screen
        .getAllByRole('status')
        .some((s) => s.textContent === 'Reading “long-essay.md”: linking its places…'),
    ).toBe(true);
    expect(screen.getByText('passage 1,200 of 3,360').getAttribute('role')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalledOnce();
  });

  it('says “Opening” for a saved essay opened again, and “reading the text” before linking', () => {
    setup({ ...linking, name: 'My essay', reopening: true, stage: 'reading', done: 0, total: 1 });
    expect(screen.getByRole('progressbar', { name: 'Opening “My essay”' })).toBeTruthy();
    expect(screen.getByText('Opening “My essay”: reading the text…')).toBeTruthy();
  });

  it('shows no progress when nothing is being read', () => {
    setup(null);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});
