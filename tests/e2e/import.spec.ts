/** Bringing your own essay: import, proposed links, decisions kept across a reload, export, safety. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unmark } from '../../scripts/essay/evaluate';
import { parseEssay } from '../../src/lib/story/parse';
import { expect, mapIdle, test } from './fixtures';

const messy = unmark(readFileSync('tests/fixtures/essays/student-messy.txt', 'utf8')).text;

async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.getByLabel('Essay file (.md or .txt)').setInputFiles({
    name,
    mimeType: name.endsWith('.md') ? 'text/markdown' : 'text/plain',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

const review = (page: Page) => page.locator('details.review');
const article = (page: Page) => page.locator('article[aria-labelledby="essay-title"]');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await mapIdle(page, 'petrograd');
  await expect(page.getByRole('button', { name: 'Open a file…' })).toBeEnabled();
});

test('a messy .txt essay is read, its links proposed, decided, kept across a reload and exported', async ({
  page,
}) => {
  await importFile(page, 'my-essay.txt', messy);
  // Read in the background (a worker): open once the picker names it.
  await expect(page.getByRole('combobox', { name: 'Essay' })).toHaveValue(/^essay-/);
  // Read as plain paragraphs, the page furniture gone.
  await expect(article(page)).not.toContainText('show more content');
  await expect(article(page)).not.toContainText(/\d+ Words \d+ Pages/);
  const proposals = article(page).locator('mark.proposal');
  expect(await proposals.count()).toBeGreaterThan(40);
  await expect(review(page).locator('summary')).toContainText(/Links: \d+ to review, 0 accepted/);

  // Accept one, reject one, then every sure one.
  await review(page)
    .getByRole('button', { name: /^Accept “Smolnyi Institute” as Smolny Institute/ })
    .first()
    .click();
  await review(page)
    .getByRole('button', { name: /^Reject “Finland Station” as Finland Station/ })
    .click();
  // The ballerina Mathilde Kshesinskaya is not proposed as her mansion (issue 16).
  await expect(review(page).getByRole('button', { name: /^Accept “Kshesinskaya” as/ })).toHaveCount(
    0,
  );
  await review(page).getByRole('button', { name: 'Accept all at 90 % or more' }).click();
  const summary = await review(page).locator('summary').textContent();
  const accepted = Number(/(\d+) accepted/.exec(summary!)![1]);
  expect(accepted).toBeGreaterThan(30);
  await expect(article(page).locator('button.feature-link')).toHaveCount(accepted);
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

  // A reload finds the essay open, with the same decisions.
  await page.reload();
  await mapIdle(page, 'petrograd');
  await expect(review(page).locator('summary')).toHaveText(summary!.trim());
  await expect(article(page).locator('button.feature-link')).toHaveCount(accepted);
  await expect(page.getByRole('combobox', { name: 'Essay' })).toHaveValue(/^essay-/);

  // An accepted link works like any other: it opens its feature on the map.
  await article(page).locator('button.feature-link[data-ref="site:smolny"]').first().click();
  await expect(page.getByRole('complementary', { name: 'Smolny Institute' })).toBeVisible();

  // Export: the project's Markdown, with the accepted links and nothing else.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8');
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const back = parseEssay(exported);
  const links = back.passages.flatMap((p) => p.inlines.filter((i) => i.kind === 'feature'));
  expect(links).toHaveLength(accepted);
  expect(exported).toContain('](site:smolny)');
  expect(exported).not.toContain('[Finland Station](');
});

test('a span can be linked by hand, and a proposal pointed at another feature', async ({
  page,
}) => {
  await importFile(
    page,
    'short.md',
    '---\ntitle: Short essay\n---\n\nThe sailors met near the old ship and then walked to the Smolnyi.\n',
  );
  await expect(article(page).locator('mark.proposal')).toHaveCount(1);
  // Select “old ship” and link it to the Aurora's anchorage.
  await article(page)
    .locator('[data-passage="p-1"]')
    .evaluate((el) => {
      const node = [...el.childNodes].find((n) => n.textContent?.includes('old ship'))!;
      const text = node.nodeType === Node.TEXT_NODE ? node : node.firstChild!;
      const at = text.textContent!.indexOf('old ship');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'old ship'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
  await review(page).getByRole('button', { name: 'Link the selected text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link “old ship”' });
  await dialog
    .getByLabel('To the feature')
    .selectOption({ label: 'Aurora at the Nikolaevsky Bridge' });
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(article(page).getByRole('button', { name: 'old ship' })).toHaveAttribute(
    'data-ref',
    'site:aurora-anchorage',
  );
  // “Smolnyi” proposed as the Smolny: point it at the Tauride Palace instead.
  await review(page)
    .getByLabel('Link “Smolnyi” to another feature')
    .selectOption({ label: 'Tauride Palace' });
  await expect(article(page).getByRole('button', { name: 'Smolnyi' })).toHaveAttribute(
    'data-ref',
    'site:tauride-palace',
  );
});

test('pasted text becomes a new essay; the atlas’s essay is still there', async ({ page }) => {
  await page.getByRole('button', { name: 'Paste…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an essay' });
  await dialog.getByLabel('Title').fill('Notes on October');
  await dialog
    .getByLabel('Essay text')
    .fill('The Winter Palace fell.\n\nTrotsky went to Brest-Litovsk.');
  await dialog.getByRole('button', { name: 'Read the essay' }).click();
  await expect(page.locator('#essay-title')).toHaveText('Notes on October');
  await expect(article(page).locator('mark.proposal')).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Essay' }).selectOption({ index: 0 });
  await expect(page.locator('#essay-title')).toHaveText('How Lenin came to power');
});

test('hostile markup in an essay stays inert', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const payloads = [
    '<script>window.__xss = 1</script>',
    '<img src=x onerror="window.__xss = 2">',
    '<svg onload="window.__xss = 3"><circle r=1 /></svg>',
    '[click me](javascript:window.__xss=4)',
    '[data](data:text/html,<script>window.__xss=5</script>)',
    '<a href="javascript:window.__xss=6">a link</a>',
    '<iframe src="javascript:window.__xss=7"></iframe>',
    '<details open ontoggle="window.__xss=8">x</details>',
  ];
  await importFile(page, 'hostile.md', `---\ntitle: Hostile\n---\n\n${payloads.join('\n\n')}\n`);
  await expect(page.locator('#essay-title')).toHaveText('Hostile');
  const essay = article(page);
  await expect(essay).toContainText('<script>window.__xss = 1</script>');
  for (const tag of [
    'script',
    'img',
    'svg',
    'iframe',
    'details',
    'a[href^="javascript"]',
    'a[href^="data"]',
  ])
    await expect(essay.locator(tag)).toHaveCount(0);
  await essay.getByText('click me').click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  // The parser said what it did with the links it would not follow.
  await expect(page.getByRole('alert').filter({ hasText: 'javascript:' }).first()).toBeVisible();
});

test('a file that is not text is refused with a message, and nothing is lost', async ({ page }) => {
  await importFile(page, 'keep.txt', 'Keep this\n\nThe Smolny stays.');
  await expect(page.locator('#essay-title')).toHaveText('Keep this');
  await importFile(page, 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  await expect(page.getByRole('alert').filter({ hasText: 'is not a text file' })).toBeVisible();
  await importFile(page, 'latin1.txt', Buffer.from([0x53, 0x6d, 0xf3, 0x6c, 0x6e, 0x79]));
  await expect(page.getByRole('alert').filter({ hasText: 'is not UTF-8 text' })).toBeVisible();
  await expect(page.locator('#essay-title')).toHaveText('Keep this');
  await expect(page.getByRole('combobox', { name: 'Essay' }).locator('option')).toHaveCount(2);
});

test('the import views have no accessibility violations (axe-core)', async ({ page }) => {
  const scan = async () => (await new AxeBuilder({ page }).analyze()).violations;
  await importFile(
    page,
    'short.txt',
    'A short essay\n\nThe Smolnyi and the Winter Palace, then Brest-Litovsk.',
  );
  await expect(article(page).locator('mark.proposal')).toHaveCount(3);
  await review(page)
    .getByRole('button', { name: /^Accept “Smolnyi”/ })
    .click();
  expect(await scan()).toEqual([]);
  await page.getByRole('button', { name: 'Paste…' }).click();
  await expect(page.getByRole('dialog', { name: 'Paste an essay' })).toBeVisible();
  expect(await scan()).toEqual([]);
});

test('a file dropped before the reader’s essays are ready is read once they are, not lost', async ({
  page,
}) => {
  await page.goto('./');
  // At once, before the first map is drawn (the code for the reader's essays loads after it).
  const files = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(
      new File(
        ['---\ntitle: Early bird\n---\n\nThe [Smolny](site:smolny) at dawn.\n'],
        'early.md',
        {
          type: 'text/markdown',
        },
      ),
    );
    return d;
  });
  await page.dispatchEvent('#essay', 'drop', { dataTransfer: files });
  await expect(page.locator('#essay-title')).toHaveText('Early bird');
  await expect(article(page).getByRole('button', { name: 'Smolny' })).toBeVisible();
});
