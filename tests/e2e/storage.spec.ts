/** Storage faults: the app says what is wrong, keeps working, and never loses the reader's essay silently. */
import type { Page } from '@playwright/test';
import { expect, mapIdle, test } from './fixtures';

async function importEssay(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Open a file…' })).toBeEnabled();
  await page.getByLabel('Essay file (.md or .txt)').setInputFiles({
    name: 'mine.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('My essay\n\nThe Smolny and the Winter Palace.'),
  });
  await expect(page.locator('#essay-title')).toHaveText('My essay');
}

async function exportWorks(page: Page): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('My-essay.md');
}

test('without IndexedDB the app says so, keeps working, and offers export', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true }),
  );
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await expect(
    page.getByRole('alert').filter({ hasText: 'does not let the page store data' }),
  ).toBeVisible();
  await importEssay(page);
  await page.getByRole('button', { name: /^Accept “Smolny”/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved: export to keep it' }),
  ).toBeVisible();
  await exportWorks(page);
});

test('when storage is full the essay stays on screen, with a message and export', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await importEssay(page);
  await expect(
    page.getByRole('alert').filter({ hasText: 'storage is full' }).first(),
  ).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Not saved: export to keep it' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Accept “Smolny”/ }).click();
  await expect(page.locator('button.feature-link[data-ref="site:smolny"]')).toBeVisible();
  await exportWorks(page);
});

test('a damaged saved essay is reported and the others still open', async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await importEssay(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('atlas-1917', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('essays', 'readwrite');
          tx.objectStore('essays').put({ id: 'broken', name: 7, text: null });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await mapIdle(page, 'petrograd');
  await expect(
    page.getByRole('alert').filter({ hasText: '1 saved essay is damaged' }),
  ).toBeVisible();
  await expect(page.locator('#essay-title')).toHaveText('My essay');
});

test('a saved essay with no text is reported, listed as damaged, and can be exported and deleted', async ({
  page,
}) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await expect(page.getByRole('button', { name: 'Open a file…' })).toBeEnabled();
  // What a damaged disk or an old bug might leave: a whole record whose text is only blanks.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('atlas-1917', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('essays', 'readwrite');
          tx.objectStore('essays').put({
            id: 'essay-blank',
            name: 'Blank essay',
            fileName: 'blank.txt',
            text: '  \n\n  ',
            decisions: [],
            createdAt: 1,
            updatedAt: 1,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.evaluate(() => localStorage.setItem('atlas-1917:open-essay', 'essay-blank'));
  await page.reload();
  await mapIdle(page, 'petrograd');
  await expect(
    page.getByRole('alert').filter({ hasText: '“Blank essay” cannot be opened' }),
  ).toBeVisible();
  await expect(page.locator('#essay-title')).toHaveText('How Lenin came to power');
  await expect(page.getByRole('option', { name: 'Blank essay (damaged)' })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toHaveCount(
    0,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export its text', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Blank-essay.txt');

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete “Blank essay”…', exact: true }).click();
  await expect(page.getByRole('option', { name: /Blank essay/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export its text', exact: true })).toHaveCount(0);
});

test('two tabs on one essay keep both tabs’ decisions, and a deletion in one stays deleted', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await importEssay(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('./');
  await mapIdle(other, 'petrograd');
  await expect(other.locator('#essay-title')).toHaveText('My essay');

  await page.getByRole('button', { name: /^Accept “Smolny”/ }).click();
  await other.getByRole('button', { name: /^Accept “Winter Palace”/ }).click();
  // Each tab takes in the other's link once the other has saved it.
  for (const tab of [page, other]) {
    await expect(tab.locator('button.feature-link')).toHaveCount(2);
    await expect(
      tab.getByRole('status').filter({ hasText: 'Saved in this browser' }),
    ).toBeVisible();
  }
  await page.reload();
  await mapIdle(page, 'petrograd');
  await expect(page.locator('button.feature-link')).toHaveCount(2);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete…', exact: true }).click();
  await expect(page.locator('#essay-title')).toHaveText('How Lenin came to power');
  await expect(
    other.getByRole('alert').filter({ hasText: 'was deleted in another tab' }),
  ).toBeVisible();
  await other.reload();
  await mapIdle(other, 'petrograd');
  await expect(other.getByRole('option', { name: 'My essay' })).toHaveCount(0);
  await other.close();
});
