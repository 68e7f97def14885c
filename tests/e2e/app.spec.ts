import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseEssay } from '../../src/lib/story/parse';
import { paperTheme } from '../../src/lib/map/theme';
import {
  canvasPixels,
  colourAt,
  colourCount,
  colourDistance,
  expect,
  mapIdle,
  nextIdle,
  pixelOf,
  pointOf,
  test,
} from './fixtures';

const essay = parseEssay(readFileSync('public/essays/default.md', 'utf8'));
const SMOLNY = pointOf('petrograd/sites.geojson', 'smolny');
const PALACE = pointOf('petrograd/sites.geojson', 'winter-palace');

/** Whether a point is drawn inside the map and not hidden by the open card. */
async function inClearView(page: Page, lngLat: [number, number]): Promise<boolean> {
  const { x, y } = await pixelOf(page, lngLat);
  const canvas = (await page.locator('.map canvas').boundingBox())!;
  const card = await page.locator('.card').boundingBox();
  const [px, py] = [canvas.x + x, canvas.y + y];
  const inside = x > 20 && y > 20 && x < canvas.width - 20 && y < canvas.height - 20;
  const underCard =
    card !== null &&
    px >= card.x &&
    px <= card.x + card.width &&
    py >= card.y &&
    py <= card.y + card.height;
  return inside && !underCard;
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
});

test('opens on the Petrograd map, drawn with its water, sites and labels', async ({ page }) => {
  await expect(page.getByRole('button', { name: 'Petrograd 1917' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(colourCount(await canvasPixels(page))).toBeGreaterThan(20);
  const drawn = await page.evaluate(() => {
    const map = window.__atlasMap!;
    const count = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).length;
    return {
      water: count('water-fill'),
      sites: count('site-marker'),
      labels: count('site-marker'),
    };
  });
  expect(drawn.water).toBeGreaterThan(0);
  expect(drawn.sites).toBeGreaterThan(1);
  expect(drawn.labels).toBeGreaterThan(1);
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GSHHG');
});

test('switches to the Brest-Litovsk map with land, borders and labelled places', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
  await mapIdle(page, 'brest-litovsk');
  expect(colourCount(await canvasPixels(page))).toBeGreaterThan(20);
  const labels = await page.evaluate(() =>
    window
      .__atlasMap!.queryRenderedFeatures({ layers: ['place-label'] })
      .map((f) => f.properties.label as string),
  );
  expect(labels).toEqual(expect.arrayContaining(['Brest-Litovsk', 'Petrograd', 'Berlin']));
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.getByRole('region', { name: /Eastern Europe/ })).toBeVisible();
});

test('a link in the essay flies the map to its site and highlights it', async ({ page }) => {
  const link = page.getByRole('button', { name: 'Smolny Institute', exact: true }).first();
  await link.click();
  await expect(link).toHaveAttribute('aria-pressed', 'true');
  await page.waitForFunction(() => !window.__atlasMap!.isMoving());
  await nextIdle(page);
  const camera = await page.evaluate(() => {
    const map = window.__atlasMap!;
    return {
      zoom: map.getZoom(),
      state: map.getFeatureState({ source: 'sites', id: 'smolny' }),
    };
  });
  expect(await inClearView(page, SMOLNY)).toBe(true);
  expect(camera.zoom).toBeGreaterThan(13.5);
  expect(camera.state).toMatchObject({ selected: true });
  // What a person sees: a ring in the highlight colour drawn around the Smolny marker.
  const { x, y } = await pixelOf(page, SMOLNY);
  const png = await canvasPixels(page);
  const ring = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12).map((a) =>
    colourAt(png, x + 19.5 * Math.cos(a), y + 19.5 * Math.sin(a)),
  );
  expect(ring.filter((c) => colourDistance(c, paperTheme.highlight) < 60).length).toBeGreaterThan(
    8,
  );
  await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeVisible();
});

test('clicking a site on the map highlights and reveals the passage that mentions it', async ({
  page,
}) => {
  const { x, y } = await pixelOf(page, PALACE);
  await page.locator('.map canvas').click({ position: { x, y } });
  const first = essay.passages.find((p) => p.refs.includes('site:winter-palace'))!;
  const passage = page.locator(`[data-passage="${first.id}"]`);
  await expect(passage).toHaveClass(/active/);
  await expect(passage).toBeInViewport();
  await expect(passage.getByRole('button', { name: 'Winter Palace', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const card = page.getByRole('complementary', { name: 'Winter Palace' });
  const count = essay.passages.filter((p) => p.refs.includes('site:winter-palace')).length;
  await expect(card).toContainText(`Mentioned in ${count} passages`);
  expect(
    await page.evaluate(() =>
      window.__atlasMap!.getFeatureState({ source: 'sites', id: 'winter-palace' }),
    ),
  ).toMatchObject({ selected: true });
});

test('a Petrograd link followed from the Brest-Litovsk map brings the city map back', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
  await mapIdle(page, 'brest-litovsk');
  await page.getByRole('button', { name: 'Winter Palace', exact: true }).first().click();
  await mapIdle(page, 'petrograd');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__atlasMap!.getFeatureState({ source: 'sites', id: 'winter-palace' }),
      ),
    )
    .toMatchObject({ selected: true });
});

test('reduced motion: the camera cuts to the site instead of flying', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await mapIdle(page, 'petrograd');
  await page.getByRole('button', { name: 'Smolny Institute', exact: true }).first().click();
  const moving = await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => r(window.__atlasMap!.isMoving()))),
  );
  expect(moving).toBe(false);
  expect(await inClearView(page, SMOLNY)).toBe(true);
  expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThan(13.5);
});

test('the links are reachable and usable with the keyboard', async ({ page }) => {
  const link = page.getByRole('button', { name: 'Winter Palace', exact: true }).first();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(link).toHaveAttribute('aria-pressed', 'true');
});

test('has no accessibility violations (axe-core), on either map', async ({ page }) => {
  const scan = () => new AxeBuilder({ page }).analyze();
  expect((await scan()).violations).toEqual([]);
  await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
  await mapIdle(page, 'brest-litovsk');
  expect((await scan()).violations).toEqual([]);
});

test.describe('with the network serving a broken file', () => {
  // The offline worker would answer from its cache; this test is about what the server sends.
  test.use({ serviceWorkers: 'block' });

  test('a broken data file gets a clear message, and the rest of the app keeps working', async ({
    page,
  }) => {
    await page.route('**/sites-*.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}',
      }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText(
      'The Petrograd 1917 map could not load its data',
    );
    await expect(page.getByRole('alert')).toContainText('The sites data is not valid');
    await expect(page.getByRole('heading', { name: 'How Lenin came to power' })).toBeVisible();
    await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
    await mapIdle(page, 'brest-litovsk');
  });
});
