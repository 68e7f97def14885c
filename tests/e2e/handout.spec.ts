/** The printed handout: one page per slide, each with a picture of its map. */
import { expect, mapIdle, test } from './fixtures';

test('“Print handout” lays out one page per slide, each with its map image', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  // A short essay of three passages on both maps keeps the test quick.
  await page.getByLabel('Essay file (.md or .txt)').setInputFiles({
    name: 'three.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      '---\ntitle: Three passages\n---\n\nThe committee sat in the [Smolny](site:smolny).\n\nThe ministers waited in the [Winter Palace](site:winter-palace).\n\nTrotsky went to [Brest-Litovsk](place:brest-litovsk).\n',
    ),
  });
  await expect(page.locator('#essay-title')).toHaveText('Three passages');
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('.handout .page')).toHaveCount(3, { timeout: 60_000 });
  const images = await page
    .locator('.handout img')
    .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.slice(0, 23)));
  expect(images).toEqual(Array(3).fill('data:image/jpeg;base64,'));
  await expect(page.locator('.handout .page').nth(2)).toContainText('Brest-Litovsk');

  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  const pictures = pdf.match(/\/Subtype\s*\/Image/g)?.length ?? 0;
  expect(pages).toBe(3);
  expect(pictures).toBeGreaterThanOrEqual(3);
});

test('printing the handout writes no history and gives back the view it borrowed', async ({
  page,
}) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await page.getByLabel('Essay file (.md or .txt)').setInputFiles({
    name: 'two.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      '---\ntitle: Two maps\n---\n\nThe committee sat in the [Smolny](site:smolny).\n\nTrotsky went to [Brest-Litovsk](place:brest-litovsk).\n',
    ),
  });
  await expect(page.locator('#essay-title')).toHaveText('Two maps');
  await page.getByRole('button', { name: 'Smolny', exact: true }).first().click();
  await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeVisible();
  // Let the address settle on the open card before counting the history's entries.
  await expect(page).toHaveURL(/card=site:smolny/);
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => ({ length: history.length, url: location.href }));

  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.locator('.handout .page')).toHaveCount(2, { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Preparing' })).toHaveCount(0);
  await page.waitForTimeout(800);

  const after = await page.evaluate(() => ({ length: history.length, url: location.href }));
  expect(after.length).toBe(before.length);
  expect(new URL(after.url).searchParams.get('map')).toBe(
    new URL(before.url).searchParams.get('map'),
  );
  // The reader is back where they were: the city map, with the Smolny's card open.
  await expect(page.locator('.map[data-map-id]')).toHaveAttribute('data-map-id', 'petrograd');
  await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeVisible();
});
