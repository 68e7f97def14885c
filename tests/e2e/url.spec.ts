/** The address holds the view: opening it restores the view, Back and Forward walk it. */
import { expect, mapIdle, test } from './fixtures';

const slider = 'Moment shown on the map';

test('a link restores map, moment, card, names and theme', async ({ page }) => {
  await page.goto(
    './?map=brest-litovsk&t=1918-03-03T12:00&card=territory:courland&names=today&theme=projector',
  );
  await mapIdle(page, 'brest-litovsk');
  await expect(page.getByRole('slider', { name: slider })).toHaveAttribute(
    'aria-valuetext',
    /3 Mar 1918/,
  );
  await expect(page.getByRole('complementary', { name: 'Kurland' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Today' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Projector theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a link with a camera puts the map there', async ({ page }) => {
  await page.goto('./?map=petrograd&at=30.3161,59.9373,15.00');
  await mapIdle(page, 'petrograd');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const m = window.__atlasMap!;
        return [m.getCenter().lng.toFixed(3), m.getCenter().lat.toFixed(3), m.getZoom().toFixed(1)];
      }),
    )
    .toEqual(['30.316', '59.937', '15.0']);
});

test('Back and Forward walk the maps and cards the reader opened', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
  await mapIdle(page, 'brest-litovsk');
  await expect(page).toHaveURL(/map=brest-litovsk/);
  await page.getByRole('button', { name: 'Smolny Institute', exact: true }).first().click();
  await mapIdle(page, 'petrograd');
  await expect(page).toHaveURL(/card=site:smolny/);
  await page.goBack();
  await mapIdle(page, 'brest-litovsk');
  await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeHidden();
  await page.goBack();
  await mapIdle(page, 'petrograd');
  await expect(page).not.toHaveURL(/map=brest-litovsk/);
  await page.goForward();
  await mapIdle(page, 'brest-litovsk');
});

test('a malformed or stale link falls back with a short notice, never a blank page', async ({
  page,
}) => {
  await page.goto('./?map=moscow&t=1917-02-30T08:00&card=site:nowhere&at=1,2,99#p-9999');
  await mapIdle(page, 'petrograd');
  await expect(page.getByRole('alert')).toContainText('Part of this link could not be used');
  await expect(page.getByRole('alert')).toContainText('moscow');
  await expect(page.locator('[data-passage="p-1"]')).toBeVisible();
  await page.goto('./#%');
  await mapIdle(page, 'petrograd');
  await expect(page.getByRole('alert')).toContainText('Part of this link could not be used');
});

test('“Copy link to this slide” gives students a link that opens that passage', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await page.keyboard.press('p');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/slide=7/);
  await page.getByRole('button', { name: 'Copy link to this slide' }).click();
  await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#p-7$/);
  const student = await context.newPage();
  await student.goto(link);
  await expect(student.locator('[data-passage="p-7"]')).toHaveClass(/active/);
  await expect(student.locator('[data-passage="p-7"]')).toBeInViewport();
});

test('a link copied while presenting opens the card and moment shown, for reading', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await page.keyboard.press('p');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/slide=7/);
  // Open the card of the first place the slide links to, then copy the link.
  const link = page.locator('[data-slide="p-7"] button').first();
  const name = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/card=/);
  const card = new URL(page.url()).searchParams.get('card');
  const time = new URL(page.url()).searchParams.get('t');
  await page.getByRole('button', { name: 'Copy link to this slide' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.searchParams.get('card')).toBe(card);
  expect(url.searchParams.get('t')).toBe(time);
  expect(url.searchParams.get('slide')).toBeNull();
  expect(url.hash).toBe('#p-7');

  const student = await context.newPage();
  await student.goto(copied);
  await expect(student.locator('[data-passage="p-7"]')).toHaveClass(/active/);
  await expect(student.locator('.card')).toBeVisible();
  await expect(student).toHaveURL(new RegExp(`t=${time}`));
  expect(name.length).toBeGreaterThan(0);
});

test('a link naming what cannot be shown as it is says what was changed', async ({ page }) => {
  // The last slide is on the city map; the link names the peace map, a moment of 1918 and Paris.
  await page.goto('./?map=brest-litovsk&t=1918-03-03T12:00&at=2.3522,48.8566,12.00&slide=9999');
  await mapIdle(page, 'petrograd');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('so the last one is shown');
  await expect(alert).toContainText('so that map is shown');
  await expect(alert).toContainText('lies outside the Petrograd 1917 timeline');
  await expect(alert).toContainText('lies off the Petrograd 1917 map');
  await expect(page.getByText(/^Slide \d+ of \d+$/)).toBeVisible();
});
