/** The built app runs under a strict Content-Security-Policy, and nothing it does breaks it. */
import { expect, mapIdle, test } from './fixtures';

declare global {
  interface Window {
    __violations?: string[];
    __ran?: number;
  }
}

test('no page of the app violates its Content-Security-Policy, and a violation would be caught', async ({
  page,
  watch,
}) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // The app's server sends the policy as a header; the page keeps it in a meta tag for static hosting.
  const res = await page.goto('./');
  expect(res!.headers()['content-security-policy']).toMatch(
    /script-src 'self';.*frame-ancestors 'none'/,
  );
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'(;|$)/,
  );
  await mapIdle(page, 'petrograd');
  await page.getByRole('button', { name: 'Brest-Litovsk 1918' }).click();
  await mapIdle(page, 'brest-litovsk');
  await page.getByLabel('Essay file (.md or .txt)').setInputFiles({
    name: 'csp.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# CSP\n\nThe <b onclick="x()">Smolny</b> and [Kiev](place:kiev).'),
  });
  await expect(page.locator('#essay-title')).toHaveText('CSP');
  await page.keyboard.press('p');
  await expect(page.getByRole('navigation', { name: 'Presentation' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.__violations)).toEqual([]);

  // The policy is live: an inline script slipped into the page is refused and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 1';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => window.__violations!.length)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__violations![0])).toMatch(/^script-src/);
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
  // That refusal is the one console error this test expects.
  watch.errors.splice(
    0,
    watch.errors.length,
    ...watch.errors.filter((e) => !/Content Security Policy/.test(e)),
  );
});
