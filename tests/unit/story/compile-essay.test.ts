import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileEssay } from '../../../src/lib/story/compile-essay';
import { loadShippedEssay, readCompiledEssay } from '../../../src/lib/story/load-essay';
import { parseEssay } from '../../../src/lib/story/parse';

const md = readFileSync('public/essays/default.md', 'utf8');

/** A fetch that serves the given files and records what was asked for. */
function files(served: Record<string, string>) {
  const asked: string[] = [];
  const fetchFn = (url: string) => {
    asked.push(url);
    const body = served[url];
    return Promise.resolve(
      body === undefined ? new Response('not found', { status: 404 }) : new Response(body),
    );
  };
  return { asked, fetchFn };
}

describe('the compiled essay', () => {
  it('reads back as the model the parser makes', () => {
    const essay = readCompiledEssay(JSON.parse(compileEssay(md)));
    expect(essay).toEqual(parseEssay(md));
    expect(essay?.passages.length).toBeGreaterThan(30);
  });

  it('is used instead of the Markdown when the build wrote it', async () => {
    const { asked, fetchFn } = files({ 'essays/default.json': compileEssay(md) });
    const essay = await loadShippedEssay('essays/default.md', fetchFn);
    expect(essay.title).toBe(parseEssay(md).title);
    expect(asked).toEqual(['essays/default.json']);
  });

  it('falls back to the Markdown when it is missing, of another format or not JSON', async () => {
    for (const json of [undefined, '{"format":2,"essay":{}}', '<html>', '{"format":1}']) {
      const served: Record<string, string> = { 'essays/default.md': md };
      if (json !== undefined) served['essays/default.json'] = json;
      const { asked, fetchFn } = files(served);
      const essay = await loadShippedEssay('essays/default.md', fetchFn);
      expect(essay).toEqual(parseEssay(md));
      expect(asked).toEqual(['essays/default.json', 'essays/default.md']);
    }
  });

  it('refuses a file whose passages are out of order or lack their text', () => {
    const good = JSON.parse(compileEssay(md)) as { essay: { passages: { index: number }[] } };
    const swapped = structuredClone(good);
    swapped.essay.passages[0]!.index = 5;
    expect(readCompiledEssay(swapped)).toBeNull();
    const textless = structuredClone(good) as unknown as {
      essay: { passages: { inlines: unknown[] }[] };
    };
    textless.essay.passages[1]!.inlines = [{ kind: 'text' }];
    expect(readCompiledEssay(textless)).toBeNull();
  });
});
