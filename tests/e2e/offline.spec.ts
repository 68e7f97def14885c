/** Offline after the first visit: the service worker precaches the app, its data, fonts and essay. */
import { expect, mapIdle, test } from './fixtures';

test('after one visit the app works with the network off: both maps, slides and import', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  // The worker has precached everything once it is active and says so.
  await expect(
    page.getByRole('status').filter({ hasText: 'The atlas now works offline' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    let n = 0;
    for (const k of keys) n += (await (await caches.open(k)).keys()).length;
    return n;
  });
  expect(cached).toBeGreaterThan(20);

  await context.setOffline(true);
  await page.reload();
  await mapIdle(page, 'petrograd');
  await expect(page.locator('[data-passage="p-1"]')).toBeVisible();
  // Present three slides, one of them on the other map.
  await page.keyboard.press('p');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('navigation', { name: 'Presentation' })).toContainText(
    'Slide 3 of 40',
  );
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  await mapIdle(page, 'brest-litovsk');
  await page.keyboard.press('Escape');
  // Bringing an essay in needs no network either, and it is read in the essay reader's worker
  // (precached like the other scripts), not on the page.
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.getByLabel('Essay file (.md or .txt)').setInputFiles({
    name: 'offline.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Offline essay\n\nThe Smolny and the Winter Palace.'),
  });
  await expect(page.locator('#essay-title')).toHaveText('Offline essay');
  await expect(page.locator('mark.proposal')).toHaveCount(2);
  expect(workers.some((u) => /\/read-worker-[\w-]+\.js$/.test(u))).toBe(true);
});
