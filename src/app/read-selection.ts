/** The reader's selection on the page, as a span of one passage of the essay shown. */
import type { Essay } from '../lib/story/essay';
import { selectionSpan, type TextSpan } from '../lib/story/selection';

const passageOf = (n: Node) =>
  (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>('[data-passage]') ?? null;

/** The selected words as offsets into their passage, or what keeps them from being linked. */
export function readSelection(sel: Selection | null, essay: Essay | null): TextSpan | string {
  if (!sel || sel.isCollapsed || !sel.rangeCount || !essay)
    return 'First select some words in a passage of your essay, then choose “Link the selected text…”.';
  const range = sel.getRangeAt(0);
  const el = passageOf(range.startContainer);
  const passage = el && essay.passages.find((p) => p.id === el.dataset.passage);
  if (!el || !passage || el !== passageOf(range.endContainer))
    return 'The selected words must lie inside one passage.';
  const before = document.createRange();
  before.setStart(el, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return selectionSpan(passage, before.toString().length, range.toString());
}
