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
