/**
 * Screenshots of the sheets on phones and a tablet, for a person to look at: the Sites list open at
 * each device size, and a card at 390×844. `tsx scripts/dev/shots-phone.ts` with the built app served
 * (`BASE`, by default http://127.0.0.1:4173/).
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';

const base = process.env.BASE ?? 'http://127.0.0.1:4173/';
const SIZES = [
  [360, 740],
  [390, 844],
  [844, 390],
  [820, 1180],
] as const;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
for (const [width, height] of SIZES) {
  const page = await browser.newPage({ viewport: { width, height }, hasTouch: true });
  await page.goto(base);
  await page.waitForSelector('.map[data-idle="petrograd"]');
  // Headless SwiftShader shows a stale frame of the map beside an overlay until the page's style
  // is recomputed (the canvas itself holds the right picture): an empty style sheet does it.
  await page.addStyleTag({ content: ' ' });
  await page.locator('.map-toolbar summary').getByText('Sites', { exact: true }).tap();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `docs/phone-sheet-${width}x${height}.png` });
  if (width === 390) {
    await page.keyboard.press('Escape');
    await page.locator('#essay').getByRole('button', { name: 'Tauride Palace' }).first().tap();
    await page.waitForTimeout(4000);
    await page.addStyleTag({ content: ' ' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `docs/phone-card-${width}x${height}.png` });
  }
  await page.close();
}
await browser.close();
