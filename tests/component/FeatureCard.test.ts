import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import FeatureCard from '../../src/components/FeatureCard.svelte';
import { readFileSync } from 'node:fs';
import { parseEssay } from '../../src/lib/story/parse';
import { parseSites } from '../../src/lib/geo/validate';
import { julianInstant } from '../../src/lib/time/instant';

const sites = parseSites(JSON.parse(readFileSync('tests/fixtures/sites-two.geojson', 'utf8')));
const feature = {
  key: 'site:smolny',
  source: 'sites' as const,
  id: 'smolny',
  mapId: 'petrograd' as const,
  name: 'Smolny Institute',
  feature: sites.features[0]!,
};

describe('FeatureCard', () => {
  it('shows a site’s names, role, dated events, distances and sources', () => {
    render(FeatureCard, {
      feature,
      mentioning: [],
      time: julianInstant('1917-10-25T12:00'),
      distances: [{ to: 'Winter Palace', km: 4.63 }],
      onclose: vi.fn(),
    });
    const card = screen.getByRole('complementary', { name: 'Smolny Institute' });
    expect(card.textContent).toContain('Bolshevik command');
    expect(card.textContent).toContain('Смольный институт');
    expect(card.textContent).toContain('Today: Smolny');
    expect(card.textContent).toContain('Headquarters of the rising.');
    expect(card.textContent).toContain('4.6 km from Winter Palace');
    const event = screen.getByText('The congress opens.').closest('li')!;
    expect(event.textContent).toContain('25 Oct / 7 Nov 1917, 22:40 (about)');
    expect(event.classList.contains('future')).toBe(true);
    expect(screen.getByRole('link', { name: 'Fixture' }).getAttribute('href')).toBe(
      'https://example.org/a',
    );
  });

  it('lists the passages that mention the feature, as links to them', () => {
    const essay = parseEssay('The [Smolny](site:smolny) was the headquarters.\n\nNothing here.\n');
    render(FeatureCard, { feature, mentioning: [essay.passages[0]!], onclose: vi.fn() });
    // The card is named by its heading, so the heading must sit inside it.
    const heading = screen.getByRole('heading', { level: 2, name: 'Smolny Institute' });
    expect(screen.getByRole('complementary', { name: 'Smolny Institute' }).contains(heading)).toBe(
      true,
    );
    expect(screen.getByText(/^Mentioned in/).textContent).toBe('Mentioned in 1 passage:');
    const list = screen.getByRole('list', { name: 'Passages that mention Smolny Institute' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('link', { name: /headquarters/ }).getAttribute('href')).toBe('#p-1');
  });

  it('says when no passage mentions it, and closes', async () => {
    const onclose = vi.fn();
    render(FeatureCard, { feature, mentioning: [], onclose });
    expect(screen.getByText(/passage of this essay/).textContent).toBe(
      'No passage of this essay mentions it.',
    );
    expect(screen.queryByRole('list', { name: /Passages that mention/ })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Close Smolny Institute' }));
    expect(onclose).toHaveBeenCalled();
  });
});
