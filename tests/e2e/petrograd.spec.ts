import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, mapIdle, moveTimelineTo, test } from './fixtures';

/** What the map itself holds for a site: its holder and its label, as drawn. */
async function siteOnMap(page: Page, id: string) {
  return page.evaluate((id) => {
    const map = window.__atlasMap!;
    const f = map.querySourceFeatures('sites').find((x) => x.properties.id === id);
    return f
      ? { control: f.properties.control as string, label: f.properties.label as string }
      : null;
  }, id);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
});

test('scrubbing to 25 October, 08:00 shows the telegraph held by the MRC and the Winter Palace still the government’s', async ({
  page,
}) => {
  expect(await siteOnMap(page, 'central-telegraph')).toMatchObject({ control: 'government' });
  await moveTimelineTo(page, '25 Oct / 7 Nov 1917, 08:00');
  await expect(page.locator('.timeline .now')).toHaveText('25 Oct / 7 Nov 1917, 08:00');
  await expect.poll(() => siteOnMap(page, 'central-telegraph')).toMatchObject({ control: 'mrc' });
  expect(await siteOnMap(page, 'winter-palace')).toMatchObject({ control: 'government' });
  // The text description says the same.
  await page.getByText('Sites', { exact: true }).click();
  const summary = page.locator('.state-list .summary');
  await expect(summary).toContainText('25 Oct / 7 Nov 1917, 08:00');
  const mrc = page
    .locator('.state-list h3', { hasText: 'Military Revolutionary Committee' })
    .locator('xpath=following-sibling::ul[1]');
  await expect(mrc.getByRole('button', { name: 'Central Telegraph', exact: false })).toBeVisible();
  const gov = page
    .locator('.state-list h3', { hasText: 'Provisional Government' })
    .locator('xpath=following-sibling::ul[1]');
  await expect(gov.getByRole('button', { name: 'Winter Palace', exact: true })).toBeVisible();
});

test('after the night of 25–26 October the Winter Palace is the MRC’s', async ({ page }) => {
  const slider = page.getByRole('slider', { name: 'Moment shown on the map' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect.poll(() => siteOnMap(page, 'winter-palace')).toMatchObject({ control: 'mrc' });
});

test('a site card opens from the keyboard, with its events and sources', async ({ page }) => {
  const sites = page.getByText('Sites', { exact: true });
  await sites.focus();
  await page.keyboard.press('Enter');
  const button = page.locator('.state-list button[data-item="winter-palace"]');
  await button.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Winter Palace' });
  await expect(card).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Winter Palace', level: 2 })).toBeFocused();
  await expect(card.getByRole('heading', { name: 'Events' })).toBeVisible();
  await expect(card).toContainText('26 Oct / 8 Nov 1917, 02:10');
  await expect(card.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(card).toContainText('from Smolny Institute');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__atlasMap!.getFeatureState({ source: 'sites', id: 'winter-palace' }),
      ),
    )
    .toMatchObject({ selected: true });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close Winter Palace' })).toBeFocused();
});

test('names switch to Cyrillic and to today’s names', async ({ page }) => {
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect.poll(async () => (await siteOnMap(page, 'smolny'))?.label).toBe('Смольный институт');
  // The labels drawn on the map are in Cyrillic.
  const cyrillic = (l: string) =>
    [...l].some((ch) => ch.charCodeAt(0) >= 0x400 && ch.charCodeAt(0) <= 0x4ff);
  await expect
    .poll(
      async () =>
        (
          await page.evaluate(() =>
            window
              .__atlasMap!.queryRenderedFeatures({ layers: ['site-marker'] })
              .map((f) => f.properties.label as string),
          )
        ).filter(cyrillic).length,
    )
    .toBeGreaterThan(10);
  await page.getByRole('radio', { name: 'Today' }).check();
  await expect.poll(async () => (await siteOnMap(page, 'smolny'))?.label).toBe('Smolny');
});

test('the timeline plays', async ({ page }) => {
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('.timeline .now')).not.toHaveText('24 Oct / 6 Nov 1917, 06:00');
  await page.getByRole('button', { name: 'Pause' }).click();
});

test('the explorer has no accessibility violations', async ({ page }) => {
  await page.getByText('Sites', { exact: true }).click();
  await page.locator('.state-list button[data-item="smolny"]').click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // One panel at a time: opening the legend closes the list of sites.
  await page.getByText('Legend', { exact: true }).click();
  await expect(page.locator('.state-list .body')).toBeHidden();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
