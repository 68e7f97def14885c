import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { stakesFromGeodata } from '../../src/lib/geo/stakes-build';
import type { Page } from '@playwright/test';
import { expect, mapIdle, moveTimelineTo, test } from './fixtures';

/** What the map holds for a feature of a source, as drawn now. */
async function onMap(page: Page, source: string, id: string) {
  return page.evaluate(
    ([source, id]) => {
      const f = window.__atlasMap!.querySourceFeatures(source).find((x) => x.properties.id === id);
      return f ? (f.properties as Record<string, unknown>) : null;
    },
    [source, id] as const,
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
  await mapIdle(page, 'brest-litovsk');
});

test('from January to March 1918 the front advances and Estonia changes status', async ({
  page,
}) => {
  await moveTimelineTo(page, '2 Jan / 15 Jan 1918');
  await expect
    .poll(async () => (await onMap(page, 'lines', 'front-armistice'))?.kind)
    .toBe('front');
  const estoniaInJanuary = (await onMap(page, 'territories', 'estonia'))?.status;
  const slider = page.getByRole('slider', { name: 'Moment shown on the map' });
  for (let i = 0; i < 60; i++) {
    if ((await slider.getAttribute('aria-valuetext')) === '3 Mar 1918') break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(slider).toHaveAttribute('aria-valuetext', '3 Mar 1918');
  await expect
    .poll(async () => (await onMap(page, 'lines', 'front-armistice')) === null)
    .toBe(true);
  // The map's worker hands each source's new data over in its own time: each is waited for.
  await expect.poll(() => onMap(page, 'lines', 'advance-1918-03-03')).not.toBeNull();
  await expect.poll(() => onMap(page, 'lines', 'treaty-line')).not.toBeNull();
  expect(estoniaInJanuary).not.toBe('occupied');
  await expect
    .poll(async () => (await onMap(page, 'territories', 'estonia'))?.status)
    .toBe('occupied');
});

test('a territory card opens from the keyboard, with the treaty, the figures and the sources', async ({
  page,
}) => {
  const panel = page.getByText('Territories', { exact: true });
  await panel.focus();
  await page.keyboard.press('Enter');
  await page.locator('.state-list button[data-item="estonia"]').focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: /Estland|Estonia/ });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: 'What the treaty said' })).toBeVisible();
  await expect(card).toContainText('Area as drawn');
  await expect(card).toContainText('km²');
  await expect(card.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'In the essay' })).toBeVisible();
});

test('the stakes panel gives areas, shares and the quoted figures with their sources', async ({
  page,
}) => {
  await page.getByText('Stakes', { exact: true }).click();
  const table = page.getByRole('table', { name: 'What Russia gave up, measured on the map' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Total' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Share of its people' })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('%');
  // The figures the build computed from the geodata are the ones the geometry gives here, in Node.
  const expected = stakesFromGeodata(
    JSON.parse(readFileSync('geodata/brest-litovsk/territories.geojson', 'utf8')),
    JSON.parse(readFileSync('geodata/brest-litovsk/frontier-1914.geojson', 'utf8')),
  );
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText(
    Math.round(expected.total.areaKm2).toLocaleString('en-GB'),
  );
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText(
    `${expected.total.areaSharePct.toFixed(1)} %`,
  );
  await expect(
    page.getByRole('img', { name: 'Commonly quoted shares of what Russia lost' }),
  ).toBeVisible();
  const quoted = page.getByRole('table', { name: 'The same figures, with their sources' });
  await expect(quoted).toContainText('Population');
  await expect(quoted.getByRole('link').first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
