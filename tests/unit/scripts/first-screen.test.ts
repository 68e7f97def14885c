import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { withFirstScreen } from '../../../scripts/build/first-screen';
import { firstSection, renderFirstScreen } from '../../../scripts/build/render-first-screen';
import { parseEssay } from '../../../src/lib/story/parse';

const markdown = readFileSync('public/essays/default.md', 'utf8');

describe('withFirstScreen', () => {
  it('writes the drawing inside the mount point and nowhere else', () => {
    const page = '<body><div id="app"></div><noscript>x</noscript></body>';
    expect(withFirstScreen(page, '<p>$& $1</p>')).toBe(
      '<body><div id="app"><p>$& $1</p></div><noscript>x</noscript></body>',
    );
  });
  it('refuses a page without a mount point, rather than ship it without its text', () => {
    expect(() => withFirstScreen('<body></body>', '<p></p>')).toThrow(/no <div id="app">/);
  });
});

describe('firstSection', () => {
  it('keeps the title and the passages up to the second heading', () => {
    const essay = parseEssay('# T\n\n## One\n\nA.\n\nB.\n\n## Two\n\nC.\n');
    const first = firstSection(essay);
    expect(first.title).toBe(essay.title);
    expect(first.passages.map((p) => p.section)).toEqual(['One', 'One']);
    expect(essay.passages).toHaveLength(3);
  });
  it('keeps an essay without headings whole', () => {
    const essay = parseEssay('A.\n\nB.\n');
    expect(firstSection(essay).passages).toHaveLength(2);
  });
});

describe('renderFirstScreen', () => {
  const essay = parseEssay(markdown);
  const first = firstSection(essay);
  const html = renderFirstScreen(markdown);

  it('draws the title and every passage of the first section, and no later one', () => {
    expect(html).toContain(`>${essay.title}</h2>`);
    expect(html).toContain(`>${first.passages[0]!.section}</h3>`);
    for (const p of first.passages) expect(html).toContain(`data-passage="${p.id}"`);
    const next = essay.passages[first.passages.length]!;
    expect(html).not.toContain(`data-passage="${next.id}"`);
  });
  it('draws them as the app does: the essay column, passages and links with their classes', () => {
    expect(html).toMatch(/<main class="essay-column svelte-\w+" id="essay">/);
    expect(html).toMatch(/<p id="p-1" data-passage="p-1" class="passage svelte-\w+"/);
    expect(html).toMatch(/class="feature-link svelte-\w+[^"]*" data-ref="site:tauride-palace"/);
    // The header and the map column are there too, so nothing moves when the app mounts.
    expect(html).toMatch(/<header class="top svelte-\w+">/);
    expect(html).toMatch(/<section class="map-column svelte-\w+"/);
  });
  it('runs no script and carries no style sheet of its own', () => {
    expect(html).not.toMatch(/<script|<style|<link/);
  });
});
