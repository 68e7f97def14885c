/**
 * Text first: the essay's first section is on screen before any script or map data has arrived, and
 * the app hydrates it in place (the same elements, in the same place), with links that work.
 */
import type { Page, Route } from '@playwright/test';
import { expect, mapIdle, test } from './fixtures';

/** Holds MapLibre's code and every map file until released: the page can draw nothing of the map. */
async function holdTheMap(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let open = false;
  const hold = (route: Route) => (open ? route.continue() : void held.push(route));
  await page.route(/\/assets\/maplibre[^/]*\.m?js$/, hold);
  await page.route(/\/assets\/[^/]+\.(geojson|json)$/, hold);
  return async () => {
    open = true;
    await Promise.all(held.splice(0).map((r) => r.continue()));
  };
}

/** Where the essay's title and first passages are drawn, rounded to the pixel. */
const boxes = (page: Page) =>
  page.evaluate(() =>
    ['#essay-title', '[data-passage="p-1"]', '[data-passage="p-3"]', 'header.top'].map((sel) => {
      const r = document.querySelector(sel)!.getBoundingClientRect();
      return [sel, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    }),
  );

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the first section is on screen before the map has drawn, and stays where it is (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const release = await holdTheMap(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(
      page.getByRole('heading', { level: 2, name: 'How Lenin came to power' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Two authorities in one city' })).toBeVisible();
    await expect(page.locator('[data-passage="p-1"]')).toContainText(
      'The revolution of February 1917 began with bread queues',
    );
    await expect(page.locator('[data-passage="p-1"] button.feature-link')).toHaveCount(3);
    await page.evaluate(() => document.fonts.ready);
    // Nothing of the map yet: no script of MapLibre, no canvas, no app mounted.
    await expect(page.locator('.map canvas')).toHaveCount(0);
    expect(
      await page.evaluate(() => 'maplibregl' in window || window.__atlasMap !== undefined),
    ).toBe(false);
    const before = await boxes(page);
    // Each element drawn at build time is marked, to be found again once the app has taken over.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('#essay-title, [data-passage]'))
        (el as HTMLElement & { builtIn?: true }).builtIn = true;
    });

    await release();
    await mapIdle(page, 'petrograd');
    // The app drew the same text in the same place, and the rest of the essay after it.
    expect(await boxes(page)).toEqual(before);
    // It took over the very elements drawn at build time (hydrated, not drawn again), so the text a
    // reader saw first stays the page's largest paint.
    expect(
      await page.evaluate(() =>
        ['#essay-title', '[data-passage="p-1"]', '[data-passage="p-3"]'].map(
          (sel) => (document.querySelector(sel) as HTMLElement & { builtIn?: true }).builtIn,
        ),
      ),
    ).toEqual([true, true, true]);
    await expect(page.locator('[data-passage]')).not.toHaveCount(6);
    // Its links work: one in the first passage opens its feature's card.
    await page
      .locator('[data-passage="p-1"] button.feature-link[data-ref="site:tauride-palace"]')
      .click();
    await expect(page.getByRole('complementary', { name: /Tauride Palace/ })).toBeVisible();
  });
}
