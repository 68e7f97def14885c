import { afterEach, describe, expect, it } from 'vitest';
import { readSelection } from '../../../src/app/read-selection';
import { parseEssay } from '../../../src/lib/story/parse';

const essay = parseEssay(`---
title: Selections
---

The committee sat in the [Smolny](site:smolny) while the *Aurora* waited.

A second passage on the Neva.
`);

/** The two passages as the essay view marks them up (a link and emphasis inside the first). */
function page() {
  document.body.innerHTML = `
    <p data-passage="p-1">The committee sat in the <button>Smolny</button> while the <em>Aurora</em> waited.</p>
    <p data-passage="p-2">A second passage on the Neva.</p>`;
  const [first, second] = [...document.querySelectorAll('p')] as HTMLElement[];
  return { first: first!, second: second! };
}

function select(from: Node, fromOffset: number, to: Node, toOffset: number): Selection {
  const sel = getSelection()!;
  sel.removeAllRanges();
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  sel.addRange(range);
  return sel;
}

afterEach(() => getSelection()?.removeAllRanges());

describe('readSelection', () => {
  it('gives the span of words selected inside markup, as offsets into the passage', () => {
    const { first } = page();
    const aurora = first.querySelector('em')!.firstChild!;
    expect(readSelection(select(aurora, 0, aurora, 6), essay)).toEqual({
      passage: 0,
      start: 42,
      end: 48,
      text: 'Aurora',
    });
  });

  it('refuses a selection across two passages, or over a link', () => {
    const { first, second } = page();
    expect(readSelection(select(first.lastChild!, 1, second.firstChild!, 3), essay)).toBe(
      'The selected words must lie inside one passage.',
    );
    const link = first.querySelector('button')!.firstChild!;
    expect(readSelection(select(link, 0, link, 6), essay)).toBe(
      'Part of the selection is already a link.',
    );
  });

  it('asks for a selection when there is none, or no essay', () => {
    page();
    getSelection()!.removeAllRanges();
    expect(readSelection(getSelection(), essay)).toMatch(/^First select some words/);
    expect(readSelection(null, essay)).toMatch(/^First select some words/);
  });

  it('refuses words outside any passage', () => {
    document.body.innerHTML = '<h2>Not a passage</h2>';
    const h = document.querySelector('h2')!.firstChild!;
    expect(readSelection(select(h, 0, h, 3), essay)).toBe(
      'The selected words must lie inside one passage.',
    );
  });
});
