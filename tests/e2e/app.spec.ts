import AxeBuilder from '@axe-core/playwright';
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

const SMOLNY = pointOf('petrograd/sites.geojson', 'smolny');
const PALACE = pointOf('petrograd/sites.geojson', 'winter-palace');

/** Metres between two points (equirectangular; fine at city scale). */
function metres(a: [number, number], b: [number, number]): number {
  const k = Math.PI / 180;
  const x = (b[0] - a[0]) * k * Math.cos(((a[1] + b[1]) / 2) * k);
  const y = (b[1] - a[1]) * k;
  return Math.hypot(x, y) * 6_371_000;
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
    return { water: count('water-fill'), sites: count('site-circle'), labels: count('site-label') };
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
  const link = page.getByRole('button', { name: 'Smolny Institute', exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-pressed', 'true');
  await page.waitForFunction(() => !window.__atlasMap!.isMoving());
  await nextIdle(page);
  const camera = await page.evaluate(() => {
    const map = window.__atlasMap!;
    const c = map.getCenter();
    return {
      center: [c.lng, c.lat] as [number, number],
      zoom: map.getZoom(),
      state: map.getFeatureState({ source: 'sites', id: 'smolny' }),
    };
  });
  expect(metres(camera.center, SMOLNY)).toBeLessThan(50);
  expect(camera.zoom).toBeGreaterThan(13.5);
  expect(camera.state).toEqual({ selected: true });
  // What a person sees: the marker is drawn in the highlight colour where Smolny is.
  const { x, y } = await pixelOf(page, SMOLNY);
  expect(
    colourDistance(colourAt(await canvasPixels(page), x, y), paperTheme.highlight),
  ).toBeLessThan(40);
  await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeVisible();
});

test('clicking a site on the map highlights and reveals the passage that mentions it', async ({
  page,
}) => {
  const { x, y } = await pixelOf(page, PALACE);
  await page.locator('.map canvas').click({ position: { x, y } });
  const passage = page.locator('[data-passage="p-1"]');
  await expect(passage).toHaveClass(/active/);
  await expect(passage).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Winter Palace', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const card = page.getByRole('complementary', { name: 'Winter Palace' });
  await expect(card).toContainText('Mentioned in 1 passage');
  expect(
    await page.evaluate(() =>
      window.__atlasMap!.getFeatureState({ source: 'sites', id: 'winter-palace' }),
    ),
  ).toEqual({ selected: true });
});

test('a Petrograd link followed from the Brest-Litovsk map brings the city map back', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
  await mapIdle(page, 'brest-litovsk');
  await page.getByRole('button', { name: 'Winter Palace', exact: true }).click();
  await mapIdle(page, 'petrograd');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__atlasMap!.getFeatureState({ source: 'sites', id: 'winter-palace' }),
      ),
    )
    .toEqual({ selected: true });
});

test('reduced motion: the camera cuts to the site instead of flying', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await mapIdle(page, 'petrograd');
  await page.getByRole('button', { name: 'Smolny Institute', exact: true }).click();
  const moving = await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => r(window.__atlasMap!.isMoving()))),
  );
  expect(moving).toBe(false);
  const c = await page.evaluate(() => window.__atlasMap!.getCenter().toArray() as [number, number]);
  expect(metres(c, SMOLNY)).toBeLessThan(50);
});

test('the links are reachable and usable with the keyboard', async ({ page }) => {
  const link = page.getByRole('button', { name: 'Winter Palace', exact: true });
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
