/**
 * The import bench: opens essays of realistic prose (the atlas's own essay, its links taken out,
 * repeated; `scripts/essay/prose.ts`) of 300 KB and 1 MB in the built app, as a reader choosing the
 * file would, and reports how long each took to open and the longest task the page's main thread
 * ran meanwhile (PerformanceObserver 'longtask': anything over 50 ms); then the same after a reload,
 * when the last essay open opens again. Run by `BENCH_ONLY=import npm run bench`.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { denseEssay, proseOf, realisticEssay } from '../essay/prose';

/** The essay of realistic prose of at most `bytes` bytes, as the bench and the e2e tests open it. */
export function benchEssay(bytes: number): string {
  return realisticEssay(proseOf(readFileSync('public/essays/default.md', 'utf8')), bytes);
}

/** The title `benchEssay` gives its essays. */
export const BENCH_TITLE = 'A long essay';

/**
 * Records the page's long tasks from the start, in `window.__longTasks` as [start, duration] pairs,
 * and when an essay's progress bar first showed, in `window.__readingAt` (an init script: a string,
 * so that no bundler helper leaks into the page).
 */
export const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  window.__readingAt = null;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const seen = new MutationObserver(() => {
    if (document.querySelector('.library .reading')) {
      window.__readingAt = performance.now();
      seen.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    seen.observe(document.body, { childList: true, subtree: true }),
  );
`;

/** When the page first showed an essay's progress bar (null: not yet). */
export const readingAt = (page: Page): Promise<number | null> =>
  page.evaluate(() => (window as unknown as { __readingAt: number | null }).__readingAt);

/** The longest task that started at or after `from` (ms on the page's clock), 0 when none did. */
export async function longestTaskSince(page: Page, from: number): Promise<number> {
  return page.evaluate(
    (t0) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: [number, number][] }).__longTasks
          .filter(([start]) => start >= t0)
          .map(([, d]) => d),
      ),
    from,
  );
}

/**
 * Chooses a file in the essay picker, returning the page's clock when it did. The text is handed to
 * the page first and the file made there: Playwright's own file chooser spends a long task of its
 * own on the page turning a megabyte into a file, which is not the app's.
 */
export async function chooseEssayFile(page: Page, name: string, text: string): Promise<number> {
  await page.evaluate(
    (t) => ((window as unknown as { __essayText: string }).__essayText = t),
    text,
  );
  return page.evaluate((fileName) => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const t0 = performance.now();
    const files = new DataTransfer();
    const body = (window as unknown as { __essayText: string }).__essayText;
    files.items.add(new File([body], fileName, { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return t0;
  }, name);
}

/** Waits until the essay titled `title` is on screen and nothing is being read; the page's clock then. */
export async function essayOpened(page: Page, title: string, timeout = 120_000): Promise<number> {
  await page.waitForFunction(
    (t) =>
      document.querySelector('#essay-title')?.textContent?.trim() === t &&
      !document.querySelector('.library .reading'),
    title,
    { timeout, polling: 50 },
  );
  return page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
  );
}

const SIZES = [
  { key: '300kb', bytes: 300_000, make: benchEssay, title: BENCH_TITLE },
  { key: '1mb', bytes: 1_000_000, make: benchEssay, title: BENCH_TITLE },
  // The worst case: a proposal every few words (some 50,000 in a megabyte).
  { key: 'dense_1mb', bytes: 1_000_000, make: denseEssay, title: 'A dense essay' },
];

/** Opens each essay in a fresh page, then reloads it; figures in ms. */
export async function importBench(
  browser: Browser,
  base: string,
  log: (...a: unknown[]) => void,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const { key, bytes, make, title } of SIZES) {
    const ctx = await browser.newContext({ reducedMotion: 'reduce' });
    await ctx.addInitScript(RECORD_LONG_TASKS);
    const page = await ctx.newPage();
    await page.goto(base);
    await page.waitForSelector('.map[data-idle]', { timeout: 60_000, state: 'attached' });
    await page.getByRole('button', { name: 'Open a file…' }).waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('button')].some(
        (b) => b.textContent === 'Open a file…' && !b.disabled,
      ),
    );
    const t0 = await chooseEssayFile(page, 'long-essay.md', make(bytes));
    const t1 = await essayOpened(page, title);
    out[`import_open_ms_${key}`] = t1 - t0;
    out[`import_longest_task_ms_${key}`] = await longestTaskSince(page, t0);
    log(`import ${key}: opened in ${(t1 - t0).toFixed(0)} ms`);
    // The last essay open opens again on a reload, once the map has drawn: from its progress bar
    // showing to the essay on screen.
    await page.reload();
    const r1 = await essayOpened(page, title);
    const r0 = (await readingAt(page)) ?? r1;
    out[`import_reopen_ms_${key}`] = r1 - r0;
    out[`import_reopen_longest_task_ms_${key}`] = await longestTaskSince(page, r0);
    out[`import_reload_ms_${key}`] = r1;
    await ctx.close();
  }
  return out;
}
