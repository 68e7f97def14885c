/**
 * Shared e2e fixtures: every test records page errors and every request, and fails if any request
 * left the app's origin or any error fired.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

interface Watch {
  outside: string[];
  errors: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: Watch = { outside: [], errors: [] };
      page.on('request', (r) => {
        const url = r.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) watch.outside.push(url);
      });
      page.on('pageerror', (e) => watch.errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
      });
      await use(watch);
      expect(watch.outside, 'requests outside the origin').toEqual([]);
      expect(watch.errors, 'page errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until the map has drawn the given map's style and gone idle. */
export async function mapIdle(page: Page, mapId: string): Promise<void> {
  await expect(page.locator(`.map[data-idle="${mapId}"]`)).toBeAttached({ timeout: 30_000 });
}

/** Waits until the map is idle again after something changed. */
export async function nextIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlasMap!;
        if (!map.isMoving() && map.loaded()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/** A screenshot of the map canvas, decoded. */
export async function canvasPixels(page: Page): Promise<PNG> {
  const shot = await page.locator('.map canvas').screenshot();
  return PNG.sync.read(shot);
}

/** The number of distinct colours in the canvas (a blank map has one or two). */
export function colourCount(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  }
  return seen.size;
}

/** The colour at a canvas pixel, as #rrggbb. */
export function colourAt(png: PNG, x: number, y: number): string {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return `#${[png.data[i]!, png.data[i + 1]!, png.data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Where a point is drawn, in canvas pixels, as the map projects it. */
export async function pixelOf(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const p = window.__atlasMap!.project(ll);
    return { x: p.x, y: p.y };
  }, lngLat);
}

/** A feature's point, read from the canonical geodata file. */
export function pointOf(file: string, id: string): [number, number] {
  const fc = JSON.parse(readFileSync(`geodata/${file}`, 'utf8')) as {
    features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
  };
  const f = fc.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`${id} is not in ${file}`);
  return f.geometry.coordinates;
}

/** Distance in RGB space between two #rrggbb colours. */
export function colourDistance(a: string, b: string): number {
  const n = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [x, y] = [n(a), n(b)];
  return Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!);
}

/** Moves the timeline with the keyboard, from its start, until it shows `text`. */
export async function moveTimelineTo(page: Page, text: string): Promise<void> {
  const slider = page.getByRole('slider', { name: 'Moment shown on the map' });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 400; i++) {
    if ((await slider.getAttribute('aria-valuetext')) === text) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`the timeline never reached ${text}`);
}
