import { describe, expect, it } from 'vitest';
import { selectionSpan } from '../../../src/lib/story/selection';
import type { Passage } from '../../../src/lib/story/essay';

const passage: Passage = {
  id: 'p-3',
  index: 3,
  section: null,
  quote: false,
  line: 1,
  refs: ['site:smolny'],
  inlines: [
    { kind: 'text', text: 'The committee sat in the ', marks: [] },
    { kind: 'feature', text: 'Smolny', ref: 'site:smolny', marks: [] },
    { kind: 'text', text: ' while the Aurora waited on the Neva.', marks: [] },
  ],
};

describe('selectionSpan', () => {
  it('gives the offsets of the selected words, without the spaces caught at either end', () => {
    // “ Aurora ” selected with a space either side: 41 characters of text come before it.
    expect(selectionSpan(passage, 41, ' Aurora ')).toEqual({
      passage: 3,
      start: 42,
      end: 48,
      text: 'Aurora',
    });
  });
  it('finds the nearest occurrence when the page’s text is off by a space', () => {
    // The page reported one character fewer before “Neva” than the passage holds.
    expect(selectionSpan(passage, 62, 'Neva')).toMatchObject({ start: 63, end: 67 });
  });
  it('refuses words that are already a link, or overlap one', () => {
    expect(selectionSpan(passage, 25, 'Smolny')).toBe('Part of the selection is already a link.');
    expect(selectionSpan(passage, 21, 'the Smolny')).toBe(
      'Part of the selection is already a link.',
    );
  });
  it('says so when the selection is only spaces or not in the passage', () => {
    expect(selectionSpan(passage, 3, '   ')).toBe('The selection holds no words.');
    expect(selectionSpan(passage, 0, 'Kremlin')).toBe(
      'The selected words could not be found in the passage.',
    );
  });
});
