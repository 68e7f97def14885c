import { describe, expect, it } from 'vitest';
import { loadEssay, loadShippedEssay, readCompiledEssay } from '../../../src/lib/story/load-essay';
import { passageText } from '../../../src/lib/story/essay';

const markdown = '---\ntitle: Fixture\n---\n\nThe [Smolny](site:smolny) at night.\n';

/** A fake fetch answering each URL by a rule, recording the URLs asked for. */
function fakeFetch(answer: (url: string) => Promise<Response>) {
  const asked: string[] = [];
  return {
    asked,
    fetchFn: (url: string) => {
      asked.push(url);
      return answer(url);
    },
  };
}

const ok = (body: string) => Promise.resolve(new Response(body, { status: 200 }));
const status = (code: number) => Promise.resolve(new Response('nope', { status: code }));

const compiled = {
  format: 1,
  essay: {
    title: 'Compiled',
    author: 'A. Writer',
    language: 'en',
    warnings: [],
    passages: [
      {
        id: 'p-1',
        index: 0,
        section: null,
        quote: false,
        inlines: [{ kind: 'text', text: 'Hello.', marks: [] }],
        refs: [],
        line: 1,
      },
    ],
  },
};
type Compiled = typeof compiled;
const altered = (change: (c: Compiled) => void): unknown => {
  const c = structuredClone(compiled);
  change(c);
  return c;
};

describe('loadEssay', () => {
  it('parses the Markdown it fetched', async () => {
    const { asked, fetchFn } = fakeFetch(() => ok(markdown));
    const essay = await loadEssay('essays/x.md', fetchFn);
    expect(asked).toEqual(['essays/x.md']);
    expect(essay.title).toBe('Fixture');
    expect(essay.passages.map(passageText)).toEqual(['The Smolny at night.']);
    expect(essay.passages[0]!.refs).toEqual(['site:smolny']);
  });

  it.each([404, 500, 503])('names the status of a %i answer', async (code) => {
    const { fetchFn } = fakeFetch(() => status(code));
    await expect(loadEssay('essays/x.md', fetchFn)).rejects.toThrow(
      `The essay could not be loaded (the server answered ${code}).`,
    );
  });

  it('passes a network failure on in its message and as the cause', async () => {
    const offline = new TypeError('Failed to fetch');
    const { fetchFn } = fakeFetch(() => Promise.reject(offline));
    const error: unknown = await loadEssay('essays/x.md', fetchFn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('The essay could not be loaded (Failed to fetch).');
    expect((error as Error).cause).toBe(offline);
  });

  it('reports a thrown value that is not an Error', async () => {
    const { fetchFn } = fakeFetch(() => Promise.reject('offline'));
    await expect(loadEssay('essays/x.md', fetchFn)).rejects.toThrow(
      'The essay could not be loaded (offline).',
    );
  });

  it('reports a body that cannot be read', async () => {
    const broken = {
      ok: true,
      status: 200,
      text: () => Promise.reject(new Error('connection reset')),
    } as unknown as Response;
    const { fetchFn } = fakeFetch(() => Promise.resolve(broken));
    await expect(loadEssay('essays/x.md', fetchFn)).rejects.toThrow(
      'The essay could not be loaded (connection reset).',
    );
  });

  it('lets the parser say why a fetched file is no essay', async () => {
    const { fetchFn } = fakeFetch(() => ok('---\ntitle: Empty\n---\n'));
    await expect(loadEssay('essays/x.md', fetchFn)).rejects.toThrow(
      'The essay has no paragraphs to show.',
    );
  });
});

describe('readCompiledEssay', () => {
  it('returns the essay of a well-formed file as it is', () => {
    const json = structuredClone(compiled);
    expect(readCompiledEssay(json)).toBe(json.essay);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', JSON.stringify(compiled)],
    ['an array', [compiled]],
    ['another format', altered((c) => (c.format = 2))],
    ['a format written as a string', { ...compiled, format: '1' }],
    ['no essay', { format: 1 }],
    ['an essay that is null', { format: 1, essay: null }],
    ['a title that is not text', altered((c) => Object.assign(c.essay, { title: 7 }))],
    ['passages that are not a list', altered((c) => Object.assign(c.essay, { passages: {} }))],
    ['no warnings list', altered((c) => Object.assign(c.essay, { warnings: undefined }))],
    ['a passage that is null', altered((c) => Object.assign(c.essay.passages, [null]))],
    ['a numeric id', altered((c) => Object.assign(c.essay.passages[0]!, { id: 1 }))],
    ['an index out of place', altered((c) => (c.essay.passages[0]!.index = 1))],
    ['inlines not a list', altered((c) => Object.assign(c.essay.passages[0]!, { inlines: 'x' }))],
    ['no refs', altered((c) => Object.assign(c.essay.passages[0]!, { refs: undefined }))],
    ['a run without text', altered((c) => Object.assign(c.essay.passages[0]!.inlines, [{}]))],
    ['a run that is null', altered((c) => Object.assign(c.essay.passages[0]!.inlines, [null]))],
  ])('refuses %s', (_, json) => {
    expect(readCompiledEssay(json)).toBeNull();
  });
});

describe('loadShippedEssay', () => {
  it('asks for the compiled file beside the Markdown first', async () => {
    const { asked, fetchFn } = fakeFetch(() => ok(JSON.stringify(compiled)));
    const essay = await loadShippedEssay('essays/october.md', fetchFn);
    expect(asked).toEqual(['essays/october.json']);
    expect(essay.title).toBe('Compiled');
  });

  it('falls back to the Markdown when the compiled file is malformed JSON', async () => {
    const { asked, fetchFn } = fakeFetch((u) =>
      u.endsWith('.json') ? ok('{"format":1,') : ok(markdown),
    );
    const essay = await loadShippedEssay('essays/october.md', fetchFn);
    expect(asked).toEqual(['essays/october.json', 'essays/october.md']);
    expect(essay.title).toBe('Fixture');
  });

  it('falls back to the Markdown when asking for the compiled file fails outright', async () => {
    const { fetchFn } = fakeFetch((u) =>
      u.endsWith('.json') ? Promise.reject(new TypeError('Failed to fetch')) : ok(markdown),
    );
    expect((await loadShippedEssay('essays/october.md', fetchFn)).title).toBe('Fixture');
  });

  it('gives a clear error when neither file can be had', async () => {
    const { asked, fetchFn } = fakeFetch((u) => (u.endsWith('.json') ? ok('<html>') : status(404)));
    await expect(loadShippedEssay('essays/october.md', fetchFn)).rejects.toThrow(
      'The essay could not be loaded (the server answered 404).',
    );
    expect(asked).toEqual(['essays/october.json', 'essays/october.md']);
  });
});
