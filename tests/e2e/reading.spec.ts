/** The reading view: the map follows the essay as it scrolls, links and features lead to each other. */
import type { Page } from '@playwright/test';
import { expect, mapIdle, nextIdle, pixelOf, pointOf, test } from './fixtures';

const slider = (page: Page) => page.getByRole('slider', { name: 'Moment shown on the map' });

/** Scrolls the essay column as a reader would, until the passage sits on the reading line. */
async function scrollTo(page: Page, id: string): Promise<void> {
  await page.locator(`[data-passage="${id}"]`).evaluate((el) => {
    const column = el.closest('.essay-column')!;
    const box = el.getBoundingClientRect();
    column.scrollBy({ top: box.top + box.height / 2 - window.innerHeight * 0.455 });
  });
  await expect(page.locator(`[data-passage="${id}"]`)).toHaveClass(/active/);
}

/** Where the camera is, rounded so that two visits of one passage compare equal. */
async function cameraOf(page: Page) {
  await page.waitForFunction(() => !window.__atlasMap!.isMoving());
  return page.evaluate(() => {
    const m = window.__atlasMap!;
    const c = m.getCenter();
    return { lng: +c.lng.toFixed(4), lat: +c.lat.toFixed(4), zoom: +m.getZoom().toFixed(2) };
  });
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await expect(page.locator('[data-passage="p-1"]')).toBeVisible();
});

test('scrolling the essay takes the map to each passage’s place and moment, and back again exactly', async ({
  page,
}) => {
  // The Central Telegraph passage: 24 October at 17:00, the telegraph and the barracks linked.
  await scrollTo(page, 'p-10');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /24 Oct \/ 6 Nov 1917, 17:00/);
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__atlasMap!.getFeatureState({ source: 'sites', id: 'central-telegraph' }),
      ),
    )
    .toMatchObject({ linked: true });
  const telegraph = await cameraOf(page);
  const { x, y } = await pixelOf(page, pointOf('petrograd/sites.geojson', 'central-telegraph'));
  const box = (await page.locator('.map canvas').boundingBox())!;
  expect(x > 0 && x < box.width && y > 0 && y < box.height).toBe(true);

  // The Brest-Litovsk talks: the map changes, and so does the calendar.
  await scrollTo(page, 'p-25');
  await mapIdle(page, 'brest-litovsk');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /1918/);
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__atlasMap!.getFeatureState({ source: 'territories', id: 'courland' }),
      ),
    )
    .toMatchObject({ linked: true });

  // Back up: the city map, the same moment and the same camera as before.
  await scrollTo(page, 'p-10');
  await mapIdle(page, 'petrograd');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /24 Oct \/ 6 Nov 1917, 17:00/);
  expect(await cameraOf(page)).toEqual(telegraph);
  await expect(page).toHaveURL(/#p-10$/);
});

test('pointing at a link highlights its feature on the map', async ({ page }) => {
  const link = page
    .locator('[data-passage="p-3"]')
    .getByRole('button', { name: 'Smolny Institute' });
  await link.hover();
  await expect
    .poll(() =>
      page.evaluate(() => window.__atlasMap!.getFeatureState({ source: 'sites', id: 'smolny' })),
    )
    .toMatchObject({ hover: true });
  await page.mouse.move(5, 5);
  await expect
    .poll(() =>
      page.evaluate(() => window.__atlasMap!.getFeatureState({ source: 'sites', id: 'smolny' })),
    )
    .toMatchObject({ hover: false });
  // The keyboard does the same: focus is pointing too.
  await link.focus();
  await expect
    .poll(() =>
      page.evaluate(() => window.__atlasMap!.getFeatureState({ source: 'sites', id: 'smolny' })),
    )
    .toMatchObject({ hover: true });
});

test('a deep link opens the essay at its passage with that passage’s map', async ({ page }) => {
  await page.goto('./#p-28');
  await mapIdle(page, 'brest-litovsk');
  const passage = page.locator('[data-passage="p-28"]');
  await expect(passage).toHaveClass(/active/);
  await expect(passage).toBeInViewport();
  await expect(slider(page)).toHaveAttribute('aria-valuetext', /1918/);
});

test('the card of a feature lists the passages that mention it and jumps to each', async ({
  page,
}) => {
  const { x, y } = await pixelOf(page, pointOf('petrograd/sites.geojson', 'smolny'));
  await page.locator('.map canvas').click({ position: { x, y } });
  const card = page.getByRole('complementary', { name: 'Smolny Institute' });
  await expect(card).toBeVisible();
  const links = card
    .getByRole('list', { name: 'Passages that mention Smolny Institute' })
    .getByRole('link');
  expect(await links.count()).toBeGreaterThan(3);
  await links.nth(3).click();
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[data-passage]')]
      .filter((p) => p.querySelector('[data-ref="site:smolny"]'))
      .map((p) => p.getAttribute('data-passage')),
  );
  const fourth = page.locator(`[data-passage="${ids[3]}"]`);
  await expect(fourth).toBeInViewport();
  await expect(fourth).toHaveClass(/active/);
  // The jump leaves the map on the feature the reader chose.
  await expect(card).toBeVisible();
});

test('with “Map follows the essay” off, scrolling leaves the map alone', async ({ page }) => {
  await page.getByLabel('Map follows the essay as you read').uncheck();
  await nextIdle(page);
  const before = await cameraOf(page);
  const time = await slider(page).getAttribute('aria-valuetext');
  await scrollTo(page, 'p-14');
  expect(await cameraOf(page)).toEqual(before);
  await expect(slider(page)).toHaveAttribute('aria-valuetext', time!);
});
