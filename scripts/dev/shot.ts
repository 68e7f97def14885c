/** Takes screenshots of the built app for a person to look at: `tsx scripts/dev/shot.ts URL OUT.png [clicks…]`. */
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';
import '../../tests/e2e/global.d.ts';

const [url = 'http://127.0.0.1:4173/', out = '/tmp/shot.png', ...actions] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('request', (r) => {
  if (!r.url().startsWith('http://127.0.0.1')) console.log('OUTSIDE REQUEST', r.url());
});
await page.goto(url);
await page
  .waitForSelector('.map[data-idle]', { timeout: 30_000 })
  .catch(() => console.log('no idle'));
for (const a of actions) {
  if (a.startsWith('click:')) await page.click(a.slice(6));
  else if (a.startsWith('wait:')) await page.waitForTimeout(Number(a.slice(5)));
  else if (a.startsWith('press:')) await page.keyboard.press(a.slice(6));
  else if (a.startsWith('focus:')) await page.focus(a.slice(6));
  else if (a.startsWith('back:')) {
    await page.focus('[role=slider]');
    for (let i = 0; i < Number(a.slice(5)); i++) await page.keyboard.press('ArrowLeft');
  } else if (a.startsWith('scrub:')) {
    // Moves the timeline N steps (15 minutes each over the October days).
    await page.focus('[role=slider]');
    for (let i = 0; i < Number(a.slice(6)); i++) await page.keyboard.press('ArrowRight');
  } else if (a.startsWith('zoom:')) {
    const [lon, lat, z] = a.slice(5).split(',').map(Number);
    await page.evaluate(
      ([lon, lat, z]) => window.__atlasMap!.jumpTo({ center: [lon!, lat!], zoom: z! }),
      [lon, lat, z],
    );
  }
}
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
