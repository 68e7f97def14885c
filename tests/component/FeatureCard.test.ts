import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import FeatureCard from '../../src/components/FeatureCard.svelte';
import { parseEssay } from '../../src/lib/story/parse';

const feature = {
  key: 'site:smolny',
  source: 'sites' as const,
  id: 'smolny',
  mapId: 'petrograd' as const,
  name: 'Smolny Institute',
  feature: {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'Point' as const, coordinates: [0, 0] },
  },
};

describe('FeatureCard', () => {
  it('lists the passages that mention the feature, as links to them', () => {
    const essay = parseEssay('The [Smolny](site:smolny) was the headquarters.\n\nNothing here.\n');
    render(FeatureCard, { feature, mentioning: [essay.passages[0]!], onclose: vi.fn() });
    expect(screen.getByRole('heading', { name: 'Smolny Institute' })).toBeTruthy();
    expect(screen.getByText('Mentioned in 1 passage:')).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('href')).toBe('#p-1');
  });

  it('says when no passage mentions it, and closes', async () => {
    const onclose = vi.fn();
    render(FeatureCard, { feature, mentioning: [], onclose });
    expect(screen.getByText('No passage of this essay mentions it.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Close Smolny Institute' }));
    expect(onclose).toHaveBeenCalled();
  });
});
