/**
 * The essay's questions asked on screen, at a desk and on a phone: a place found by a tap on the
 * map (at the Smolny's own coordinates, as the map projects them), a choice, and a moment set on the
 * timeline, each with its verdict; axe-clean throughout.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, mapIdle, moveTimelineTo, nextIdle, pixelOf, pointOf, test } from './fixtures';

const SMOLNY = pointOf('petrograd/sites.geojson', 'smolny');
const WINTER_PALACE = pointOf('petrograd/sites.geojson', 'winter-palace');

const SIZES = [
  { name: 'desktop', width: 1280, height: 800, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;

/** Opens the atlas at its first passage and brings a question's card into view. */
async function openAt(page: Page, id: string): Promise<Locator> {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  return card(page, id);
}

/** The card of a question, scrolled into view. */
async function card(page: Page, id: string): Promise<Locator> {
  const form = page.locator(`form[data-question="${id}"]`);
  await form.scrollIntoViewIfNeeded();
  // Scrolling the essay column into place may also shift the page, which a reader never scrolls.
  await page.evaluate(() => window.scrollTo(0, 0));
  return form;
}

/** Dismisses the offline notice, which would sit over the screenshots. */
async function dismissNotice(page: Page): Promise<void> {
  const ok = page.getByRole('button', { name: 'OK', exact: true });
  if (await ok.isVisible()) await ok.click();
}

/**
 * Waits for the camera to rest (a passage scrolled to may start a flight late on a busy machine),
 * then centres the map on a point and waits until it is drawn there.
 */
async function centreOn(page: Page, at: [number, number]): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((r) => {
            const map = window.__atlasMap!;
            const still = !map.isMoving();
            setTimeout(() => r(still && !map.isMoving()), 500);
          }),
      ),
    )
    .toBe(true);
  await page.evaluate((c) => window.__atlasMap!.jumpTo({ center: c }), at);
  await nextIdle(page);
}

async function axeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations).toEqual([]);
}

for (const size of SIZES) {
  test.describe(`${size.name}, ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch });

    test('a place question is answered by a tap on the map, without opening a card', async ({
      page,
    }) => {
      const form = await openAt(page, 'find-smolny');
      await form.getByRole('button', { name: 'Answer on the map' }).click();
      const bar = page.getByRole('group', { name: 'Answer on the map' });
      await expect(bar).toBeVisible();
      await expect(bar.getByRole('status')).toContainText('Tap or click the map');
      // The map stays on screen while the question waits (on a phone too).
      const canvas = (await page.locator('.map canvas').boundingBox())!;
      expect(canvas.height).toBeGreaterThan(size.height * 0.3);
      await expect(form).toContainText('Waiting for your tap on the map');

      // Escape leaves the pick; a tap then opens a card as usual.
      await page.keyboard.press('Escape');
      await expect(bar).toBeHidden();
      await form.getByRole('button', { name: 'Answer on the map' }).click();
      await expect(bar).toBeVisible();
      await centreOn(page, SMOLNY);
      await dismissNotice(page);
      if (size.name === 'desktop') await page.screenshot({ path: 'docs/question-pick.png' });
      const { x, y } = await pixelOf(page, SMOLNY);
      // A few pixels off the centre, inside the tolerance (300 m).
      if (size.touch) await page.touchscreen.tap(canvas.x + x + 6, canvas.y + y + 4);
      else await page.mouse.click(canvas.x + x + 6, canvas.y + y + 4);

      await expect(bar).toBeHidden();
      const status = form.getByRole('status');
      await expect(status).toContainText(/Right\. (\d+ m from|Inside) Smolny Institute\./);
      // The answer is shown: the Smolny's card opens (from the answer, not from the tap) and the
      // tap is drawn on the map.
      await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeVisible();
      // (A point on a tile's edge is reported once per tile: counted by its id.)
      const drawn = await page.evaluate(() => {
        const fs = window.__atlasMap!.querySourceFeatures('answers');
        return [...new Map(fs.map((f) => [f.properties.id, f.properties.tone])).values()];
      });
      expect(drawn).toEqual(['right']);
      await nextIdle(page);
      await axeClean(page);
      if (size.touch) {
        // On a phone the card covers the map: closed, the framed place and the tap show.
        await page
          .getByRole('complementary', { name: 'Smolny Institute' })
          .getByRole('button', { name: /Close/ })
          .tap();
        await status.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollTo(0, 0));
        await nextIdle(page);
      }
      await page.screenshot({ path: `docs/question-place-${size.name}.png` });

      // Answered again at the cross (the keyboard's way) over the Winter Palace: wrong, by 4.6 km.
      await form.getByRole('button', { name: 'Answer again on the map' }).click();
      await centreOn(page, WINTER_PALACE);
      await bar.getByRole('button', { name: 'Answer at the cross' }).click();
      await expect(status).toContainText(/Not right\. 4\.\d km from Smolny Institute\./);
    });

    test('a choose question and a when question tell the verdict and show the answer', async ({
      page,
    }) => {
      // Some eighty key presses walk the timeline; a busy machine takes its time.
      test.setTimeout(150_000);
      const choose = await openAt(page, 'first-decree');
      await choose.getByRole('button', { name: 'Answer' }).click();
      await expect(choose.getByRole('status')).toContainText('Choose one of the answers first.');
      await choose.getByRole('radio', { name: 'The Decree on Land' }).check();
      await choose.getByRole('button', { name: 'Answer' }).click();
      await expect(choose.getByRole('status')).toContainText(
        'Not right. Not quite: the answer is The Decree on Peace.',
      );
      await choose.getByRole('radio', { name: 'The Decree on Peace' }).check();
      await choose.getByRole('button', { name: 'Answer' }).click();
      await expect(choose.getByRole('status')).toContainText('Right. Right: The Decree on Peace.');

      const when = await card(page, 'ministers-arrested');
      await expect(when).toContainText('Set the timeline, then Answer.');
      await moveTimelineTo(page, '26 Oct / 8 Nov 1917, 01:30');
      await expect(when).toContainText('Moment set: 26 Oct / 8 Nov 1917, 01:30');
      await when.getByRole('button', { name: 'Answer' }).click();
      await expect(when.getByRole('status')).toContainText(
        'Right. 40 minutes early; it was 26 Oct / 8 Nov 1917, 02:10.',
      );
      // The timeline shows the right moment.
      await expect(page.getByRole('slider', { name: 'Moment shown on the map' })).toHaveAttribute(
        'aria-valuetext',
        '26 Oct / 8 Nov 1917, 02:10',
      );
      await axeClean(page);
      await dismissNotice(page);
      await when.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `docs/question-when-${size.name}.png` });

      // Kept on the device: a reload shows the verdicts again.
      await page.reload();
      await mapIdle(page, 'petrograd');
      const again = await card(page, 'first-decree');
      await expect(again.getByRole('status')).toContainText('Right. Right: The Decree on Peace.');
    });
  });
}

test('a slide asks its passage’s question; Escape leaves the pick, not the presentation', async ({
  page,
}) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await page.keyboard.press('p');
  const form = page.locator('.slide ~ .questions form[data-question="find-smolny"]');
  for (let i = 0; i < 10 && !(await form.isVisible()); i++) await page.keyboard.press('PageDown');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Answer on the map' }).click();
  await expect(page.getByRole('group', { name: 'Answer on the map' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Answer on the map' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Presentation' })).toBeVisible();
  await form.getByRole('button', { name: 'Answer on the map' }).click();
  await centreOn(page, SMOLNY);
  const canvas = (await page.locator('.map canvas').boundingBox())!;
  const { x, y } = await pixelOf(page, SMOLNY);
  await page.mouse.click(canvas.x + x, canvas.y + y);
  await expect(form.getByRole('status')).toContainText(/Right\./);
  await axeClean(page);
  await dismissNotice(page);
  await page.screenshot({ path: 'docs/question-slide.png' });
});
