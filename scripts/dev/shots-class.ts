/**
 * Screenshots for the in-class features, for a person to look at: a slide in both themes and a page
 * of the printed handout. `tsx scripts/dev/shots-class.ts` with `vite preview --port 4173` running.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';

const base = 'http://127.0.0.1:4173/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(base);
await page.waitForSelector('.map[data-idle="petrograd"]');
await page.keyboard.press('p');
await page.keyboard.type('16');
await page.keyboard.press('Enter');
await page.waitForTimeout(6000);
await page.screenshot({ path: 'docs/slide-paper.png' });
await page.getByRole('button', { name: 'Leave (Esc)' }).click();
await page.getByRole('button', { name: 'Projector theme' }).click();
await page.waitForTimeout(1500);
await page.getByRole('button', { name: 'Present' }).click();
await page.keyboard.type('30');
await page.keyboard.press('Enter');
await page.waitForTimeout(4000);
await page.screenshot({ path: 'docs/slide-projector.png' });
await page.getByRole('button', { name: 'Leave (Esc)' }).click();
await page.getByRole('button', { name: 'Projector theme' }).click();
await page.evaluate(() => (window.print = () => {}));
const started = Date.now();
await page.getByRole('button', { name: 'Print handout' }).click();
await page.waitForFunction(() => document.querySelectorAll('.handout .page').length > 0, null, {
  timeout: 300_000,
});
console.log(`handout of the default essay prepared in ${Date.now() - started} ms`);
const pdf = await page.pdf({ format: 'A4' });
console.log(`PDF: ${(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length} pages`);
await page.emulateMedia({ media: 'print' });
await page.setViewportSize({ width: 794, height: 1123 });
await page.locator('.handout .page').nth(9).screenshot({ path: 'docs/handout-page.png' });
await browser.close();
