/**
 * Realistic essay prose of a given size, for the import bench and tests: the atlas's own essay
 * (public/essays/default.md) without its front matter, map and notes blocks and links, its
 * headings and paragraphs repeated until the text reaches the size asked for. Deterministic: the
 * same size gives the same text.
 */

/** The prose of an essay in the project's Markdown: headings and paragraphs, links made plain text. */
export function proseOf(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[a-z]*\n[\s\S]*?^```\n?/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^# .*\n/m, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * `prose` repeated (each copy a numbered part) and cut at the last paragraph that fits, so that the
 * text's UTF-8 size is at most `bytes` and within one paragraph of it.
 */
export function realisticEssay(prose: string, bytes: number, title = 'A long essay'): string {
  const head = `# ${title}\n\n`;
  const paragraphs = prose.split(/\n\n/);
  const size = (s: string) => Buffer.byteLength(s, 'utf8');
  let out = head;
  let used = size(out);
  for (let part = 1; ; part++) {
    for (const p of paragraphs) {
      // Headings carry the part's number so that sections stay apart, as in a long essay.
      const block = `${p.startsWith('## ') ? `${p} (part ${part})` : p}\n\n`;
      const n = size(block);
      if (used + n > bytes) return out;
      out += block;
      used += n;
    }
  }
}

/** Places essays name, as they name them: a text made of them has a proposal every few words. */
const PLACES = [
  'Petrograd',
  'the Smolny Institute',
  'the Winter Palace',
  'Kronstadt',
  'the Neva',
  'Moscow',
  'Brest-Litovsk',
  'the Finland Station',
  'Riga',
  'Kiev',
  'Pskov',
  'the Tauride Palace',
];

/**
 * An essay of at most `bytes` bytes dense with place names (three in every short sentence, six
 * sentences a paragraph): the worst case a reader's essay can be for the linker and the review.
 */
export function denseEssay(bytes: number, title = 'A dense essay'): string {
  let out = `# ${title}\n\n`;
  let used = Buffer.byteLength(out, 'utf8');
  for (let i = 0; ;) {
    let paragraph = '';
    for (let s = 0; s < 6; s++, i += 3)
      paragraph += `From ${PLACES[i % 12]} they went to ${PLACES[(i + 1) % 12]} and ${PLACES[(i + 2) % 12]}. `;
    const block = `${paragraph.trim()}\n\n`;
    used += Buffer.byteLength(block, 'utf8');
    if (used > bytes) return out;
    out += block;
  }
}
