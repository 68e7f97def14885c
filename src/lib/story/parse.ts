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
import { readQuestion } from './question-block';

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

/** What a block's YAML reads as when it cannot be read. */
const NO_YAML = Symbol('no YAML');

/** The deepest nesting of block quotes and lists an essay may use; real essays use two or three. */
export const MAX_NESTING = 50;

/** A list item's marker at the start of what is left of a line: `-`, `+`, `*`, `1.` or `1)`. */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * Refuses an essay whose block quotes or lists sit too deep inside one another. The Markdown parser
 * takes time that grows far faster than the depth (hours for a few thousand levels) or runs out of
 * stack, so this looks first, in one pass over the lines. Where it cannot be sure it counts a level
 * too many rather than too few: each `>` and list marker at the start of a line counts, and so does
 * each earlier list item still open (a list nested by indentation alone has no other sign).
 */
function checkNesting(markdown: string): void {
  /** The column at which the text of each list item still open starts, outermost first. */
  const items: number[] = [];
  let blank = false;
  const lines = markdown.split(/\r\n?|\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    let col = 0;
    let i = 0;
    let quotes = 0;
    let firstMarker = -1;
    /** Where the text of each item this line starts may begin: one column after its marker. */
    const opened: number[] = [];
    for (;;) {
      const c = line[i];
      if (c === ' ') col++;
      else if (c === '\t') col += 4 - (col % 4);
      else if (c === '>') {
        quotes++;
        col++;
      } else {
        const marker = LIST_MARKER.exec(line.slice(i, i + 11))?.[0];
        if (!marker) break;
        if (!opened.length) firstMarker = col;
        col += marker.length;
        i += marker.length;
        opened.push(col + 1);
        continue;
      }
      i++;
    }
    const isBlank = i >= line.length;
    // A list item ends where a later item starts to the left of its text, or where text after a
    // blank line is not indented to it; a line that only goes on with a paragraph keeps it open.
    const closesBefore = firstMarker >= 0 ? firstMarker : blank && !isBlank ? col : Infinity;
    while (items.length && items[items.length - 1]! > closesBefore) items.pop();
    const depth = items.length + quotes + opened.length;
    if (depth > MAX_NESTING)
      throw new EssayError(
        `Line ${n + 1}: block quotes and lists are nested ${depth} levels deep there, and an essay may nest them at most ${MAX_NESTING} levels deep. Remove the extra “>” marks or list indentation on that line and the lines around it.`,
      );
    items.push(...opened);
    blank = isBlank;
  }
}

/**
 * Parses an essay. Paragraphs become passages; headings start sections; block quotes become
 * quoted passages; lists become one passage per item.
 */
export function parseEssay(markdown: string): Essay {
  if (typeof markdown !== 'string') throw new EssayError('The essay is not text.');
  checkNesting(markdown);
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const warnings: string[] = [];
  const front = meta(tree.children[0], warnings);
  const passages: Passage[] = [];
  let section: string | null = null;
  let title = str(front.title, '');

  /** The passage a block belongs to: the one just above it (none before the first paragraph). */
  const blockOwner = (kind: string, where: string): Passage | undefined => {
    const last = passages[passages.length - 1];
    if (!last)
      warnings.push(`${where}: a ${kind} block comes before any paragraph; it was ignored.`);
    return last;
  };
  /** A block's YAML, or NO_YAML (reported) when it cannot be read. */
  const blockYaml = (kind: string, value: string, where: string): unknown => {
    try {
      return parseYaml(value);
    } catch (e) {
      warnings.push(
        `${where}: the ${kind} block could not be read (${e instanceof Error ? e.message.split('\n')[0] : 'YAML error'}); it was ignored.`,
      );
      return NO_YAML;
    }
  };

  /** The map the essay shows at this point (the last `map:` declared), for the questions asked here. */
  let currentMap: string = MAP_IDS[0]!;
  const questionIds = new Set<string>();

  /** A `question` block belongs to the passage just above it. */
  const ask = (value: string, line: number): void => {
    const last = blockOwner('question', `Line ${line}`);
    const parsed = last && blockYaml('question', value, `Line ${line}`);
    if (!last || parsed === NO_YAML) return;
    const { question, warnings: w } = readQuestion(
      parsed,
      {
        line,
        map: last.state?.map ?? currentMap,
        mapIds: MAP_IDS,
        taken: questionIds,
      },
      value,
    );
    warnings.push(...w);
    if (!question) return;
    questionIds.add(question.id);
    (last.questions ??= []).push(question);
  };

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
    const last = blockOwner(kind, where);
    if (!last) return;
    if (kind === 'notes') {
      last.notes = last.notes ? `${last.notes}\n${value}` : value;
      return;
    }
    const parsed = blockYaml('map', value, where);
    if (parsed === NO_YAML) return;
    const { spec, warnings: w } = readStateSpec(parsed, { mapIds: MAP_IDS, where });
    warnings.push(...w);
    last.state = spec;
    last.stateSource = value;
    if (spec.map) currentMap = spec.map;
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
        if (node.lang === 'question') ask(node.value, node.position?.start.line ?? 0);
        else if (node.lang === 'map' || node.lang === 'notes')
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
