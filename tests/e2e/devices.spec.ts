/** Phones and tablets, held both ways, with touch: nothing cut off or drawn over, the map large. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, mapIdle, pixelOf, pointOf, test } from './fixtures';

const SMOLNY = pointOf('petrograd/sites.geojson', 'smolny');

const SIZES = [
  { name: 'small phone', width: 360, height: 740 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone on its side', width: 844, height: 390 },
  { name: 'tablet', width: 820, height: 1180 },
] as const;

/** The boxes of the visible elements a selector finds. */
const boxes = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
  );

const MAPS_SHOWN = ['petrograd', 'brest-litovsk'] as const;

/** Opens the atlas on a map and waits for it to be drawn. */
async function openMap(page: Page, mapId: (typeof MAPS_SHOWN)[number]): Promise<void> {
  await page.goto(mapId === 'petrograd' ? './' : `./?map=${mapId}`);
  await mapIdle(page, mapId);
}

const overlap = (a: { left: number; right: number }, b: { left: number; right: number }) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
/** Whether two boxes share more than a hairline. */
const intersects = (a: Box, b: Box) =>
  overlap(a, b) && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The part of an element's box that is seen: inside the screen and every box that clips it. */
const onScreen = (l: Locator) =>
  l.evaluate((e) => {
    let box = { left: 0, right: innerWidth, top: 0, bottom: innerHeight };
    const clip = (r: { left: number; right: number; top: number; bottom: number }) => {
      box = {
        left: Math.max(box.left, r.left),
        right: Math.min(box.right, r.right),
        top: Math.max(box.top, r.top),
        bottom: Math.min(box.bottom, r.bottom),
      };
    };
    clip(e.getBoundingClientRect());
    for (let a = e.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
        clip(a.getBoundingClientRect());
    }
    return box.right > box.left && box.bottom > box.top ? box : null;
  });

/**
 * One finger dragged from `from` to `to` in `steps` moves over about `ms`, as CDP touch events:
 * Chromium turns them into touch events and touch pointer events, as a phone's screen does.
 */
async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  ms = 150,
  steps = 10,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (k: number) => [
    { x: from.x + ((to.x - from.x) * k) / steps, y: from.y + ((to.y - from.y) * k) / steps },
  ];
  // Each event carries the time a finger would give it: a page busy drawing the map delays the
  // events' dispatch, not the finger, so a swipe is not read as a slow drag on a loaded machine.
  const t0 = Date.now() / 1000;
  const when = (k: number) => t0 + (ms * k) / steps / 1000;
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: at(0),
    timestamp: when(0),
  });
  for (let k = 1; k <= steps; k++) {
    await page.waitForTimeout(ms / steps);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(k),
      timestamp: when(k),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchEnd',
    touchPoints: [],
    timestamp: when(steps),
  });
  await cdp.detach();
}

/** The centre of a box Playwright measured. */
const centre = (b: { x: number; y: number; width: number; height: number }) => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

/** The panels of each map's toolbar. */
const READ = {
  petrograd: { panels: ['Sites', 'Legend', 'Data'] },
  'brest-litovsk': { panels: ['Territories', 'Stakes', 'Legend', 'Data'] },
} as const;

/**
 * Asserts that a sheet lies over the map only: inside the map's stage, clear of the timeline and of
 * the essay (and so the passage being read), the page not scrolled sideways.
 */
async function expectOverMapOnly(page: Page, sheet: Locator, width: number): Promise<void> {
  const b = (await onScreen(sheet))!;
  const stage = (await onScreen(page.locator('.map-stage')))!;
  expect(b.top).toBeGreaterThanOrEqual(stage.top - 0.5);
  expect(b.bottom).toBeLessThanOrEqual(stage.bottom + 0.5);
  expect(b.left).toBeGreaterThanOrEqual(0);
  expect(b.right).toBeLessThanOrEqual(width + 0.5);
  expect(intersects(b, (await onScreen(page.locator('.timeline')))!)).toBe(false);
  // The essay as seen (the passage being read is in it, wherever the reader has got to).
  const essay = await onScreen(page.locator('#essay'));
  expect(essay, 'the essay is on screen').not.toBeNull();
  expect(intersects(b, essay!)).toBe(false);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

for (const size of SIZES) {
  test.describe(`${size.name}, ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: true });

    for (const mapId of MAPS_SHOWN)
      test(`${mapId}: nothing scrolls sideways, is cut at the edge or drawn over its neighbour`, async ({
        page,
      }) => {
        await openMap(page, mapId);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(size.width);
        for (const b of await boxes(
          page,
          '.top button, .map-toolbar summary, .map-toolbar label',
        )) {
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.right).toBeLessThanOrEqual(size.width + 0.5);
        }
        for (const kind of ['day', 'hour']) {
          const labels = await boxes(page, `.timeline text.${kind}`);
          expect(labels.length).toBeGreaterThanOrEqual(1);
          for (let i = 1; i < labels.length; i++)
            for (let j = 0; j < i; j++) expect(overlap(labels[i]!, labels[j]!)).toBe(false);
        }
        const map = (await page.locator('.map').boundingBox())!;
        // The map's share of the screen's height (its area, when the map spans the width).
        const share =
          map.width >= size.width - 1
            ? (map.width * map.height) / (size.width * size.height)
            : map.height / size.height;
        expect(share).toBeGreaterThanOrEqual(0.45);
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      });

    test('a tap a fingertip off a site marker opens its card', async ({ page }) => {
      await page.goto(`./?at=${SMOLNY[0]},${SMOLNY[1]},14.5`);
      await mapIdle(page, 'petrograd');
      const canvas = (await page.locator('.map canvas').boundingBox())!;
      const { x, y } = await pixelOf(page, SMOLNY);
      // 28 px left of the marker's centre (its label is on the right): 15 px past its drawn edge
      // (13 px from the centre at this zoom), beyond a mouse's reach and within a finger's.
      await page.touchscreen.tap(canvas.x + x - 28, canvas.y + y);
      await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeVisible();
    });

    test('every tool is reached by touch, and a tap on a link opens its card', async ({ page }) => {
      await page.goto('./');
      await mapIdle(page, 'petrograd');
      await page.getByRole('button', { name: 'Tauride Palace', exact: true }).first().tap();
      await expect(page.getByRole('complementary', { name: 'Tauride Palace' })).toBeVisible();
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.tap();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const present = page.getByRole('button', { name: 'Present' });
      const box = (await present.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      expect(box.height).toBeGreaterThanOrEqual(24);
      await present.tap();
      await expect(page.getByText(/^Slide \d+ of \d+$/)).toBeVisible();
    });

    for (const mapId of MAPS_SHOWN)
      test(`${mapId}: each panel opens as a sheet over the map only, and closes by its button, Escape or a drag`, async ({
        page,
      }) => {
        await openMap(page, mapId);
        for (const [i, title] of READ[mapId].panels.entries()) {
          const toggle = page.locator('.map-toolbar summary').getByText(title, { exact: true });
          await toggle.tap();
          const sheet = page.getByRole('region', { name: title, exact: true });
          await expect(sheet).toBeVisible();
          await expect(sheet, 'the focus goes into the sheet').toBeFocused();
          await expectOverMapOnly(page, sheet, size.width);
          const close = sheet.getByRole('button', { name: `Close ${title}` });
          const button = (await close.boundingBox())!;
          expect(Math.min(button.width, button.height)).toBeGreaterThanOrEqual(24);
          if (i === 0) expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
          // Closed each way in turn: its button, Escape, and the last by a drag of its handle down.
          const last = i === READ[mapId].panels.length - 1;
          if (last) {
            const handle = (await sheet.locator('.sheet-handle').boundingBox())!;
            const from = { x: handle.x + handle.width / 2, y: handle.y + 6 };
            await touchDrag(page, from, { x: from.x, y: from.y + 200 });
          } else if (i % 2 === 0) await close.tap();
          else await page.keyboard.press('Escape');
          await expect(sheet).toBeHidden();
          await expect(toggle, 'the focus goes back to the toggle').toBeFocused();
        }
      });

    test('a card opens as a sheet over the map only, and a drag down closes it', async ({
      page,
    }) => {
      await openMap(page, 'petrograd');
      const link = page.locator('#essay').getByRole('button', { name: 'Tauride Palace' }).first();
      await link.tap();
      const card = page.getByRole('complementary', { name: 'Tauride Palace' });
      await expect(card).toBeVisible();
      await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
      await expectOverMapOnly(page, card, size.width);
      const close = (await card.getByRole('button', { name: /^Close/ }).boundingBox())!;
      expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(24);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      const handle = (await card.locator('.sheet-handle').boundingBox())!;
      const from = { x: handle.x + 20, y: handle.y + 6 };
      await touchDrag(page, from, { x: from.x, y: from.y + 220 });
      await expect(card).toBeHidden();
      await expect(link, 'the focus goes back to the link').toBeFocused();
    });

    test('the timeline’s thumb follows a finger', async ({ page }) => {
      await openMap(page, 'petrograd');
      const now = page.locator('.timeline .now');
      const before = await now.textContent();
      const thumb = centre((await page.locator('.timeline circle.cursor').boundingBox())!);
      const track = (await page.locator('.timeline .slider').boundingBox())!;
      const to = { x: thumb.x + track.width * 0.4, y: thumb.y };
      await touchDrag(page, thumb, to);
      await expect(now).not.toHaveText(before!);
      const after = centre((await page.locator('.timeline circle.cursor').boundingBox())!);
      expect(Math.abs(after.x - to.x)).toBeLessThan(4);
    });

    if (size.name === 'tablet')
      test('presenting, a swipe left shows the next slide and a swipe right the one before', async ({
        page,
      }) => {
        await openMap(page, 'petrograd');
        await page.getByRole('button', { name: 'Menu' }).tap();
        await page.getByRole('button', { name: 'Present' }).tap();
        const count = page.locator('.deck .count');
        await expect(count).toHaveText(/^Slide 1 of \d+$/);
        const slide = (await page.locator('.slide').boundingBox())!;
        const y = slide.y + slide.height / 2;
        const right = { x: slide.x + slide.width * 0.8, y };
        const left = { x: slide.x + slide.width * 0.3, y: y + 10 };
        await touchDrag(page, right, left, 80, 4);
        await expect(count).toHaveText(/^Slide 2 of/);
        await touchDrag(page, left, right, 80, 4);
        await expect(count).toHaveText(/^Slide 1 of/);
        // On the map the same finger pans the map, and the slide stays.
        const map = centre((await page.locator('.map').boundingBox())!);
        await touchDrag(page, { x: map.x + 150, y: map.y }, { x: map.x - 150, y: map.y });
        await page.waitForTimeout(300);
        await expect(count).toHaveText(/^Slide 1 of/);
      });
  });
}
