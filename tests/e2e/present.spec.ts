/** In class: slides driven by the keys a clicker sends, a presenter view, the projector theme. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { projectorTheme } from '../../src/lib/map/theme';
import { canvasPixels, colourAt, colourDistance, expect, mapIdle, test } from './fixtures';

const counter = (page: Page) => page.getByRole('navigation', { name: 'Presentation' });
const slideText = (page: Page) => page.locator('[data-slide]');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await expect(page.getByRole('button', { name: 'Present' })).toBeEnabled();
});

test('a clicker’s keys walk the slides, each with its passage’s map state; Escape leaves', async ({
  page,
}) => {
  await page.keyboard.press('p');
  await expect(counter(page)).toContainText('Slide 1 of 40');
  await expect(page.locator('header.top')).toBeHidden();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toContainText('Slide 3 of 40');
  await expect(slideText(page)).toHaveAttribute('data-slide', 'p-3');
  await expect
    .poll(() =>
      page.evaluate(() => window.__atlasMap!.getFeatureState({ source: 'sites', id: 'smolny' })),
    )
    .toMatchObject({ linked: true });
  await page.keyboard.press('Shift+Space');
  await expect(counter(page)).toContainText('Slide 2 of 40');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toContainText('Slide 3 of 40');
  // A number and Enter jump; the slide for the peace talks brings the Brest-Litovsk map.
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toContainText('Slide 25 of 40');
  await mapIdle(page, 'brest-litovsk');
  await page.keyboard.press('End');
  await expect(counter(page)).toContainText('Slide 40 of 40');
  await page.keyboard.press('Home');
  await expect(counter(page)).toContainText('Slide 1 of 40');
  await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
  await page.keyboard.press('Escape');
  await expect(counter(page)).toBeHidden();
  await expect(page.locator('header.top')).toBeVisible();
  await expect(page.locator('[data-passage="p-1"]')).toBeInViewport();
});

for (const [name, size] of [
  ['16:9', { width: 1280, height: 720 }],
  ['4:3', { width: 1024, height: 768 }],
] as const) {
  test(`a slide fits a ${name} projector without cutting the map off`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.keyboard.press('p');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(counter(page)).toContainText('Slide 12 of 40');
    const map = (await page.locator('.map canvas').boundingBox())!;
    const text = (await slideText(page).boundingBox())!;
    expect(map.height).toBeGreaterThan(size.height * 0.4);
    expect(map.width).toBeGreaterThan(size.width * 0.95);
    expect(text.y + text.height).toBeLessThanOrEqual(size.height);
    expect(text.y).toBeGreaterThan(map.y + map.height - 1);
  });
}

test('a passage that asks for it plays its stretch of the timeline', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('p');
  await page.keyboard.type('13');
  await page.keyboard.press('Enter');
  const slider = page.getByRole('slider', { name: 'Moment shown on the map' });
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(slider).toHaveAttribute('aria-valuetext', '25 Oct / 7 Nov 1917, 03:45', {
    timeout: 30_000,
  });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('the presenter view shows the notes and drives the slides, and the slides drive it', async ({
  page,
  context,
}) => {
  await page.keyboard.press('p');
  await expect(counter(page)).toContainText('Slide 1 of 40');
  const presenter = await context.newPage();
  await presenter.goto('./?view=presenter');
  await expect(presenter.getByText('Slide 1 of 40')).toBeVisible();
  await expect(presenter.getByRole('region', { name: 'Notes' })).not.toContainText(
    'No notes for this passage',
  );
  await expect(presenter.getByRole('region', { name: /^Next/ })).toContainText('Order No. 1');
  await expect(presenter.getByLabel('Time now')).toHaveText(/\d{2}:\d{2}/);
  // The presenter moves the slides…
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(counter(page)).toContainText('Slide 2 of 40');
  await presenter.keyboard.press('PageDown');
  await expect(counter(page)).toContainText('Slide 3 of 40');
  // …and the slides move the presenter.
  await page.keyboard.press('PageDown');
  await expect(presenter.getByText('Slide 4 of 40')).toBeVisible();
  expect((await new AxeBuilder({ page: presenter }).analyze()).violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(presenter.getByText('The presentation has ended.')).toBeVisible();
});

test('the projector theme is high-contrast, applies to the map, and is remembered', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Projector theme' }).click();
  await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await mapIdle(page, 'petrograd');
  const land = async () => {
    const png = await canvasPixels(page);
    // The top-left corner of the opening view is land, away from labels.
    return colourAt(png, 8, png.height - 60);
  };
  await expect.poll(async () => colourDistance(await land(), projectorTheme.land)).toBeLessThan(30);
  await page.reload();
  await mapIdle(page, 'petrograd');
  await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('p');
  await expect(counter(page)).toContainText('Slide 1 of 40');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('after Present is clicked, the keys still drive the slides (focus moves to the slide)', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('region', { name: 'Slide 1 of 40' })).toBeFocused();
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toContainText('Slide 30 of 40');
  // No hidden header button was pressed by that Enter.
  await expect(page.locator('header.top button', { hasText: 'Projector theme' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});
