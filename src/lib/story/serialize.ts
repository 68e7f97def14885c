/**
 * Writes the essay model back as Markdown in the project's format (front matter, sections, feature
 * links, `map` and `notes` blocks), escaped by mdast-util-to-markdown so that any text survives.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { stringify as yaml } from 'yaml';
import type { Code, PhrasingContent, Root, RootContent } from 'mdast';
import type { Essay, Inline, Mark } from './essay';

function phrasing(run: Inline): PhrasingContent {
  let node: PhrasingContent = { type: 'text', value: run.text };
  if (run.marks.includes('code')) node = { type: 'inlineCode', value: run.text };
  const wrap = (m: Mark, n: PhrasingContent): PhrasingContent =>
    m === 'em' ? { type: 'emphasis', children: [n] } : { type: 'strong', children: [n] };
  for (const m of run.marks.filter((x) => x !== 'code').reverse()) node = wrap(m, node);
  if (run.kind === 'feature') return { type: 'link', url: run.ref, children: [node] };
  if (run.kind === 'web') return { type: 'link', url: run.href, children: [node] };
  return node;
}

const block = (lang: string, value: string): Code => ({
  type: 'code',
  lang,
  value: value.trimEnd(),
});

/**
 * The essay as Markdown; `parseEssay` reads it back to the same passages, links and blocks.
 * @example essayToMarkdown(parseEssay(text)) // front matter, then one paragraph per passage
 */
export function essayToMarkdown(essay: Essay): string {
  const children: RootContent[] = [
    {
      type: 'yaml',
      value: yaml({ title: essay.title, author: essay.author, language: essay.language }).trimEnd(),
    },
  ];
  let section: string | null = null;
  for (const p of essay.passages) {
    if (p.section !== section && p.section) {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: p.section }] });
    }
    section = p.section;
    const paragraph: RootContent = { type: 'paragraph', children: p.inlines.map(phrasing) };
    children.push(p.quote ? { type: 'blockquote', children: [paragraph] } : paragraph);
    if (p.stateSource !== undefined) children.push(block('map', p.stateSource));
    if (p.notes !== undefined) children.push(block('notes', p.notes));
    for (const q of p.questions ?? []) children.push(block('question', q.source));
  }
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [frontmatterToMarkdown(['yaml'])], fences: true });
}
