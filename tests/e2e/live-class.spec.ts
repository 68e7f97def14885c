/**
 * A live class in real Chromium: a teacher on a desktop and three students on phones, each a browser
 * context of its own (separate storage, as separate devices), on the app's own server.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, mapIdle, nextIdle, pixelOf, pointOf, test } from './fixtures';

const SMOLNY = pointOf('petrograd/sites.geojson', 'smolny');

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

interface Student {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A student's phone opening the join link. */
async function student(browser: Browser, baseURL: string, link: string): Promise<Student> {
  const context = await browser.newContext({ ...PHONE, baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // A phone taken off the network logs its failed reconnection attempts; nothing else may fail.
    if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|socket\.io/.test(m.text()))
      errors.push(m.text());
  });
  const url = new URL(link);
  await page.goto(`./${url.search}`);
  await expect(page.getByRole('status').filter({ hasText: 'Following the teacher' })).toBeVisible();
  return { context, page, errors };
}

/** The teacher starts a class from the Live class dialog; returns the join link. */
async function startClass(page: Page): Promise<{ code: string; link: string }> {
  await page.getByRole('button', { name: 'Live class' }).click();
  const dialog = page.getByRole('dialog', { name: 'Live class' });
  await dialog.getByRole('button', { name: 'Start a live class' }).click();
  const join = dialog.getByRole('link', { name: 'Join link' });
  await expect(join).toBeVisible();
  await expect(dialog.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
  const link = (await join.getAttribute('href'))!;
  const code = new URL(link).searchParams.get('join')!;
  expect(code).toMatch(/^[A-Z]{3}-[A-Z]{3}-[A-Z]{3}$/);
  await expect(dialog.getByText(code, { exact: true })).toBeVisible();
  return { code, link };
}

/**
 * Waits until a page's map has rested for half a second: its camera still and its canvas the same
 * size and place (a sheet sliding away resizes the map; a passage followed moves the camera).
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = window.__atlasMap!;
        const box = () => JSON.stringify(map.getCanvas().getBoundingClientRect());
        let last = box();
        let since = performance.now();
        const look = () => {
          const now = box();
          if (map.isMoving() || now !== last) {
            last = now;
            since = performance.now();
          }
          if (performance.now() - since >= 500) done();
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      }),
  );
}

/** Centres a page's map on a point once its camera and canvas rest. */
async function centreOn(page: Page, at: [number, number]): Promise<void> {
  await settled(page);
  await page.evaluate((c) => window.__atlasMap!.jumpTo({ center: c }), at);
  await nextIdle(page);
}

/** The teacher scrolls the essay until a passage sits on the reading line. */
async function readTo(page: Page, id: string): Promise<void> {
  await page.locator(`[data-passage="${id}"]`).evaluate((el) => {
    const column = el.closest('.essay-column')!;
    const box = el.getBoundingClientRect();
    column.scrollBy({ top: box.top + box.height / 2 - window.innerHeight * 0.455 });
  });
  await expect(page.locator(`[data-passage="${id}"]`)).toHaveClass(/active/);
}

const mapOf = (page: Page) =>
  page.evaluate(() => new URLSearchParams(location.search).get('map') ?? 'petrograd');

const passageShown = (page: Page) =>
  page.evaluate(() => document.querySelector('.passage.active')?.id ?? null);

test.describe('a live class', () => {
  test('three students follow the teacher, explore, are brought back, and one catches up after the network', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    await page.goto('./');
    await mapIdle(page, 'petrograd');
    const { code, link } = await startClass(page);
    await page.screenshot({ path: 'docs/live-teacher-code.png' });
    await page.keyboard.press('Escape');

    const students: Student[] = [];
    for (let i = 0; i < 3; i++) students.push(await student(browser, baseURL!, link));
    await expect(
      page.getByRole('status').filter({ hasText: '3 students connected' }),
    ).toBeVisible();

    // The teacher reads on, to a passage on the other map. Every student is shown it, and the
    // address of each says the view it is on.
    await readTo(page, 'p-25');
    for (const s of students) {
      await expect.poll(() => passageShown(s.page)).toBe('p-25');
      await mapIdle(s.page, 'brest-litovsk');
      await expect.poll(() => s.page.evaluate(() => location.hash)).toBe('#p-25');
      expect(await mapOf(s.page)).toBe('brest-litovsk');
    }

    // A student drops off the network; the teacher moves on meanwhile.
    const [away, ...others] = students as [Student, Student, Student];
    await away.context.setOffline(true);
    await expect(
      away.page.getByRole('status').filter({ hasText: 'Offline: reconnecting' }),
    ).toBeVisible({ timeout: 30_000 });
    await readTo(page, 'p-9');
    for (const s of others) await expect.poll(() => passageShown(s.page)).toBe('p-9');
    expect(await passageShown(away.page)).toBe('p-25');
    await away.context.setOffline(false);
    await expect(
      away.page.getByRole('status').filter({ hasText: 'Following the teacher' }),
    ).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => passageShown(away.page)).toBe('p-9');
    await mapIdle(away.page, 'petrograd');

    // Let the students explore: a student's own choice stays theirs while the teacher moves.
    await page.getByRole('button', { name: 'Let students explore' }).click();
    for (const s of students)
      await expect(
        s.page.getByRole('status').filter({ hasText: 'Exploring on your own' }),
      ).toBeVisible();
    const explorer = students[1]!.page;
    await explorer.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
    await mapIdle(explorer, 'brest-litovsk');
    await readTo(page, 'p-13');
    await explorer.waitForTimeout(1000);
    expect(await mapOf(explorer)).toBe('brest-litovsk');
    expect(await passageShown(explorer)).not.toBe('p-13');

    // Bring everyone back: every student is on the teacher's passage and map again.
    await page.getByRole('button', { name: 'Bring everyone back' }).click();
    for (const s of students) {
      await expect(
        s.page.getByRole('status').filter({ hasText: 'Following the teacher' }),
      ).toBeVisible();
      await expect.poll(() => passageShown(s.page)).toBe('p-13');
      await mapIdle(s.page, 'petrograd');
    }
    // The teacher presents: each slide the clicker brings is shown to the students as its passage.
    await page.keyboard.press('p');
    const slide = page.locator('.slide [data-slide]');
    await expect(slide).toHaveAttribute('data-slide', 'p-13');
    await page.keyboard.press('PageDown');
    const nextSlide = (await slide.getAttribute('data-slide'))!;
    expect(nextSlide).not.toBe('p-13');
    for (const s of students) await expect.poll(() => passageShown(s.page)).toBe(nextSlide);
    await expect(page.getByRole('complementary', { name: 'Live class' })).toContainText(
      '3 students',
    );
    // The first slide carries the join code and its QR code for the room.
    await page.keyboard.press('Home');
    const join = page.getByRole('complementary', { name: 'Join the live class' });
    await expect(join.getByRole('img', { name: 'QR code of the join link' })).toBeVisible();
    await expect(join).toContainText(code);
    await page.screenshot({ path: 'docs/live-teacher-first-slide.png' });
    await page.keyboard.press('Escape');
    await expect(page.locator('header.top')).toBeVisible();
    for (const s of students) await expect.poll(() => passageShown(s.page)).toBe('p-1');

    await students[0]!.page.screenshot({ path: 'docs/live-student-phone.png' });
    await page.screenshot({ path: 'docs/live-teacher.png' });

    // A place question: each student finds the Smolny by a tap on their own map; the teacher sees
    // how many answered, and the taps only once revealed.
    await readTo(page, 'p-7');
    for (const [i, s] of students.entries()) {
      await expect.poll(() => passageShown(s.page)).toBe('p-7');
      // The notice that the atlas now works offline sits over the essay on a phone: read, dismissed.
      const ok = s.page.getByRole('button', { name: 'OK', exact: true });
      if (await ok.isVisible()) await ok.tap();
      const form = s.page.locator('form[data-question="find-smolny"]');
      await form.scrollIntoViewIfNeeded();
      await form.getByRole('button', { name: 'Answer on the map' }).tap();
      await centreOn(s.page, SMOLNY);
      const canvas = (await s.page.locator('.map canvas').boundingBox())!;
      const { x, y } = await pixelOf(s.page, SMOLNY);
      const at = { x: canvas.x + x + 4 * i, y: canvas.y + y - 3 * i };
      // The finger lands on the map itself, not on a sheet, a bar or a notice drawn over it.
      expect(
        await s.page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.closest('.map canvas, .map') != null,
          at,
        ),
      ).toBe(true);
      await s.page.touchscreen.tap(at.x, at.y);
      await expect(form.getByRole('status')).toContainText(/Right\./);
    }
    await page.getByRole('button', { name: /^Answers/ }).click();
    const results = page.getByRole('region', { name: 'The class’s answers' });
    await expect(results.getByRole('status')).toContainText('3 answers so far.');
    // The results open above the essay and push it down; the teacher is still on the same passage.
    await page.waitForTimeout(700);
    expect(await passageShown(page)).toBe('p-7');
    expect(await mapOf(page)).toBe('petrograd');
    await centreOn(page, SMOLNY);
    const classTaps = () =>
      page.evaluate(() => {
        // The teacher answered nothing: every point on this map is a student's, in its verdict's tone.
        const found = window.__atlasMap!.querySourceFeatures('answers');
        return new Set(found.filter((f) => f.properties.tone === 'right').map((f) => f.id)).size;
      });
    expect(await classTaps()).toBe(0);
    await results.getByRole('button', { name: 'Reveal' }).click();
    await expect(results).toContainText('3 right, 0 partly right, 0 off');
    // The three taps are on the teacher's map now, where the students put them.
    await expect.poll(classTaps).toBe(3);
    await nextIdle(page);
    await page.screenshot({ path: 'docs/live-teacher-results.png' });
    await expect(results.getByRole('button', { name: 'Download results (CSV)' })).toBeEnabled();

    // Accessibility: the teacher's bar and dialog, a student's page.
    const axeTeacher = await new AxeBuilder({ page }).analyze();
    expect(axeTeacher.violations).toEqual([]);
    const axeStudent = await new AxeBuilder({ page: students[0]!.page }).analyze();
    expect(axeStudent.violations).toEqual([]);

    // The teacher ends the class: the students are told, and the code no longer joins.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'End class' }).click();
    for (const s of students)
      await expect(
        s.page.getByRole('status').filter({ hasText: 'The class has ended' }),
      ).toBeVisible();
    const late = await browser.newContext({ ...PHONE, baseURL });
    const latePage = await late.newPage();
    await latePage.goto(`./?join=${code}`);
    await expect(
      latePage.getByRole('alert').filter({ hasText: 'No class has this code' }),
    ).toBeVisible();
    await late.close();

    for (const s of students) {
      expect(s.errors).toEqual([]);
      await s.context.close();
    }
  });

  test('a student’s page that tries to send a view or a reveal is refused', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('./');
    await mapIdle(page, 'petrograd');
    const { link } = await startClass(page);
    await page.keyboard.press('Escape');
    const s = await student(browser, baseURL!, link);
    // The page's own connection, used as a forging script would use it.
    const replies = await s.page.evaluate(async () => {
      const socket = window.__atlasClass!;
      const send = (ev: string, msg: unknown) => socket.timeout(3000).emitWithAck(ev, msg);
      return [
        await send('command', { type: 'view', view: '?map=brest-litovsk' }),
        await send('command', { type: 'reveal', questionId: 'q-smolny' }),
        await send('command', { type: 'end' }),
        await send('start', { view: '' }),
      ];
    });
    expect(replies).toEqual([
      { ok: false, error: 'Only the teacher’s page can do this.' },
      { ok: false, error: 'Only the teacher’s page can do this.' },
      { ok: false, error: 'Only the teacher’s page can do this.' },
      { ok: false, error: 'A student’s page can send answers and nothing else.' },
    ]);
    // The class is as it was: the teacher still drives it and the student still follows.
    await readTo(page, 'p-12');
    await expect.poll(() => passageShown(s.page)).toBe('p-12');
    expect(s.errors).toEqual([]);
    await s.context.close();
  });
});
