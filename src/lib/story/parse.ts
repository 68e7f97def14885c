/**
 * Reads an essay written in Markdown with YAML front matter into the essay model. Parsing is done by
 * micromark (through mdast-util-from-markdown); raw HTML is never kept as markup, only as inert text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Essay, Inline, Mark, Passage } from './essay';
import { parseRef } from './refs';
import { readStateSpec } from './map-state';
import { MAP_IDS } from '../model/ids';

/** An essay that cannot be read at all. */
export class EssayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EssayError';
  }
}

const WEB = /^https?:\/\//i;

function toText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(toText).join('');
  return '';
}

function inlines(
  nodes: PhrasingContent[],
  marks: Mark[],
  warnings: string[],
  out: Inline[] = [],
): Inline[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push({ kind: 'text', text: node.value, marks });
        break;
      case 'inlineCode':
        out.push({ kind: 'text', text: node.value, marks: [...marks, 'code'] });
        break;
      case 'emphasis':
        inlines(node.children, [...marks, 'em'], warnings, out);
        break;
      case 'strong':
        inlines(node.children, [...marks, 'strong'], warnings, out);
        break;
      case 'break':
        out.push({ kind: 'text', text: '\n', marks });
        break;
      case 'link': {
        const text = toText(node);
        const ref = parseRef(node.url);
        if (ref) out.push({ kind: 'feature', text, ref: ref.key, marks });
        else if (WEB.test(node.url)) out.push({ kind: 'web', text, href: node.url, marks });
        else {
          warnings.push(
            `The link “${text}” points to “${node.url}”, which is neither a map feature nor a web page; it is shown as plain text.`,
          );
          out.push({ kind: 'text', text, marks });
        }
        break;
      }
      case 'html':
        // Raw HTML is shown as the characters it is made of and never interpreted.
        out.push({ kind: 'text', text: node.value, marks });
        break;
      default:
        out.push({ kind: 'text', text: toText(node), marks });
    }
  }
  return out;
}

/** Merges neighbouring text runs with the same marks, so the model stays small. */
function compact(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind === 'text' &&
      run.kind === 'text' &&
      last.marks.join() === run.marks.join()
    ) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push(run);
  }
  return out;
}

/** Reads the front matter; unknown keys are ignored, a broken block is reported and skipped. */
function meta(node: RootContent | undefined, warnings: string[]): Record<string, unknown> {
  if (!node || node.type !== 'yaml') return {};
  try {
    const value: unknown = parseYaml(node.value);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
    warnings.push('The front matter is not a list of “key: value” lines; it was ignored.');
  } catch (e) {
    warnings.push(
      `The front matter could not be read (${e instanceof Error ? e.message.split('\n')[0] : 'YAML error'}); it was ignored.`,
    );
  }
  return {};
}

const str = (v: unknown, fallback: string): string =>
  typeof v === 'string' && v.trim() ? v.trim() : fallback;

/**
 * Parses an essay. Paragraphs become passages; headings start sections; block quotes become
 * quoted passages; lists become one passage per item.
 */
export function parseEssay(markdown: string): Essay {
  if (typeof markdown !== 'string') throw new EssayError('The essay is not text.');
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const warnings: string[] = [];
  const front = meta(tree.children[0], warnings);
  const passages: Passage[] = [];
  let section: string | null = null;
  let title = str(front.title, '');

  const add = (children: PhrasingContent[], quote: boolean, line: number): void => {
    const runs = compact(inlines(children, [], warnings));
    if (!runs.some((r) => r.text.trim())) return;
    const refs = [...new Set(runs.flatMap((r) => (r.kind === 'feature' ? [r.ref] : [])))];
    const index = passages.length;
    passages.push({ id: `p-${index + 1}`, index, section, quote, inlines: runs, refs, line });
  };

  /** A `map` or `notes` block belongs to the passage just above it. */
  const attach = (kind: 'map' | 'notes', value: string, line: number): void => {
    const where = `Line ${line}`;
    const last = passages[passages.length - 1];
    if (!last) {
      warnings.push(`${where}: a ${kind} block comes before any paragraph; it was ignored.`);
      return;
    }
    if (kind === 'notes') {
      last.notes = last.notes ? `${last.notes}\n${value}` : value;
      return;
    }
    let parsed: unknown;
    try {
      parsed = parseYaml(value);
    } catch (e) {
      warnings.push(
        `${where}: the map block could not be read (${e instanceof Error ? e.message.split('\n')[0] : 'YAML error'}); it was ignored.`,
      );
      return;
    }
    const { spec, warnings: w } = readStateSpec(parsed, { mapIds: MAP_IDS, where });
    warnings.push(...w);
    last.state = spec;
    last.stateSource = value;
  };

  const block = (node: RootContent, quote: boolean): void => {
    switch (node.type) {
      case 'heading':
        if (node.depth === 1 && !title) title = toText(node).trim();
        else section = toText(node).trim() || null;
        break;
      case 'paragraph':
        add(node.children, quote, node.position?.start.line ?? 0);
        break;
      case 'blockquote':
        node.children.forEach((c) => block(c, true));
        break;
      case 'list':
        for (const item of node.children) item.children.forEach((c) => block(c, quote));
        break;
      case 'code':
        if (node.lang === 'map' || node.lang === 'notes')
          attach(node.lang, node.value, node.position?.start.line ?? 0);
        else add([{ type: 'text', value: node.value }], quote, node.position?.start.line ?? 0);
        break;
      case 'html':
        add([{ type: 'text', value: node.value }], quote, node.position?.start.line ?? 0);
        break;
      default:
        break;
    }
  };
  for (const node of tree.children) block(node, false);

  if (passages.length === 0) throw new EssayError('The essay has no paragraphs to show.');
  return {
    title: title || 'Untitled essay',
    author: str(front.author, 'Unknown author'),
    language: str(front.language, 'en'),
    passages,
    warnings,
  };
}
