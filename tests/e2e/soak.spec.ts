/**
 * Soak: many passage switches, map switches and timeline plays, then no page error, no layer, source
 * or listener left behind, and the heap within budget. `npm test` runs a tenth of it; `npm run soak`
 * runs it whole (SOAK_SCALE=1: 1,000 passage switches, 200 map switches, 100 plays).
 */
import { expect, mapIdle, test } from './fixtures';
import { readHeap } from './heap';

const SCALE = Number(process.env.SOAK_SCALE ?? 0.1);
const PASSAGES = Math.round(1000 * SCALE);
const MAPS = Math.round(200 * SCALE);
const PLAYS = Math.round(100 * SCALE);
/**
 * The heap's objects may grow this much from the warmed-up state, read again in the same view (the
 * budget, 5 %; see heap.ts for why compiled code is not counted).
 */
const HEAP_BUDGET = 0.05;

test.use({ reducedMotion: 'reduce' });
test.setTimeout(240_000 + 8_000 * MAPS + 100 * PASSAGES + 2_000 * PLAYS);

test(`soak: ${PASSAGES} passage switches, ${MAPS} map switches, ${PLAYS} timeline plays`, async ({
  page,
  context,
}) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await page.waitForSelector('button.feature-link');
  const census = () =>
    page.evaluate(() => {
      const map = window.__atlasMap!;
      const style = map.getStyle();
      const listeners = (map as unknown as { _listeners: Record<string, unknown[]> })._listeners;
      return {
        layers: style.layers.length,
        sources: Object.keys(style.sources).length,
        listeners: Object.values(listeners).reduce((n, l) => n + l.length, 0),
      };
    });
  const cdp = await context.newCDPSession(page);
  const heap = () => readHeap(cdp);
  const switchPassages = (n: number) =>
    page.evaluate(async (n) => {
      const links = [
        ...document.querySelectorAll<HTMLButtonElement>('button.feature-link[data-ref^="site:"]'),
      ];
      for (let i = 0; i < n; i++) {
        links[i % links.length]!.click();
        await new Promise((r) => requestAnimationFrame(r));
      }
    }, n);
  const switchMaps = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
      await mapIdle(page, 'brest-litovsk');
      await page.getByRole('button', { name: 'Petrograd 1917' }).click();
      await mapIdle(page, 'petrograd');
    }
  };
  const play = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForTimeout(150);
      await page.getByRole('button', { name: 'Pause' }).click();
    }
  };
  const mb = (b: number) => (b / 2 ** 20).toFixed(2);
  /**
   * The same view every time the heap is read (the Petrograd map at the start of its timeline, the
   * Smolny card open): the tiles and labels a view holds differ from one view to another, and a
   * difference between two views is not growth.
   */
  const sameView = async () => {
    await page.getByRole('button', { name: 'Petrograd 1917' }).click();
    await mapIdle(page, 'petrograd');
    await page.locator('button.feature-link[data-ref="site:smolny"]').first().click();
    const slider = page.getByRole('slider', { name: 'Moment shown on the map' });
    await slider.focus();
    await slider.press('Home');
    await page.waitForFunction(() => !window.__atlasMap!.isMoving() && window.__atlasMap!.loaded());
    await page.waitForTimeout(1000);
  };
  // Warm up with the short run's whole workload, so that what is measured is growth, not first use:
  // code the engine compiles as it warms up, caches of tiles, cards and derived data that fill once.
  await switchPassages(100);
  await switchMaps(20);
  await play(10);
  await sameView();
  const before = await census();
  const heapBefore = await heap();
  await switchPassages(PASSAGES);
  await switchMaps(MAPS);
  await play(PLAYS);
  await sameView();
  const after = await census();
  expect(after).toEqual(before);
  const heapAfter = await heap();
  const growth = (k: keyof typeof heapAfter) => (heapAfter[k] - heapBefore[k]) / heapBefore[k];
  console.log(
    `soak heap: objects ${mb(heapBefore.objects)} → ${mb(heapAfter.objects)} MB (${(growth('objects') * 100).toFixed(2)} %), ` +
      `in use incl. compiled code ${mb(heapBefore.used)} → ${mb(heapAfter.used)} MB (${(growth('used') * 100).toFixed(2)} %)`,
  );
  expect(growth('objects')).toBeLessThanOrEqual(HEAP_BUDGET);
});
