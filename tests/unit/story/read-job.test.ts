import { describe, expect, it } from 'vitest';
import { linkableFeatures, loadGazetteer } from '../../../scripts/essay/geodata';
import { readEssay } from '../../../src/lib/story/import';
import { linkEssay } from '../../../src/lib/story/linker';
import { gazetteerInput } from '../../../src/lib/story/gazetteer';
import {
  isReadReply,
  isReadRequest,
  progressShare,
  runRead,
  type ReadReply,
  type ReadRequest,
} from '../../../src/lib/story/read-job';

const features = gazetteerInput(linkableFeatures().values());
const text = [
  '# An essay',
  '',
  'Lenin reached the Smolny Institute on the night of 24 October.',
  '',
  'The ministers waited in the Winter Palace while the Aurora lay in the Neva.',
  '',
  'Trotsky spoke at the Petrograd Soviet; the peace was signed at Brest-Litovsk.',
].join('\n');
const request = (over: Partial<ReadRequest> = {}): ReadRequest => ({
  kind: 'read',
  job: 7,
  text,
  fileName: 'essay.md',
  features,
  ...over,
});
/** Runs a request to its end, with pauses that only yield, returning what it posted. */
async function run(req: ReadRequest, options: Parameters<typeof runRead>[2] = {}) {
  const posted: ReadReply[] = [];
  await runRead(req, (r) => posted.push(r), { pause: () => Promise.resolve(), ...options });
  return posted;
}

describe('isReadRequest', () => {
  it('takes a whole request, with features or without', () => {
    expect(isReadRequest(request())).toBe(true);
    expect(isReadRequest(request({ features: null }))).toBe(true);
  });
  it('refuses anything else', () => {
    for (const bad of [
      null,
      'read',
      { ...request(), kind: 'cancel' },
      { ...request(), job: -1 },
      { ...request(), job: 1.5 },
      { ...request(), text: 3 },
      { ...request(), fileName: undefined },
      { ...request(), features: [{ ref: 'site:x', layer: 'sites', name: 'X', names: [1] }] },
      { ...request(), features: {} },
    ])
      expect(isReadRequest(bad)).toBe(false);
  });
});

describe('isReadReply', () => {
  it('takes replies in the shape their kind says', () => {
    expect(isReadReply({ kind: 'progress', job: 1, stage: 'linking', done: 2, total: 3 })).toBe(
      true,
    );
    expect(isReadReply({ kind: 'done', job: 1, essay: { passages: [] }, proposals: null })).toBe(
      true,
    );
    expect(isReadReply({ kind: 'error', job: 1, name: 'ImportError', message: 'no' })).toBe(true);
  });
  it('refuses malformed ones', () => {
    for (const bad of [
      undefined,
      { kind: 'progress', job: 1, stage: 'parsing', done: 0, total: 1 },
      { kind: 'progress', job: 1, stage: 'linking', done: 4, total: 3 },
      { kind: 'done', job: 1, essay: {}, proposals: null },
      { kind: 'done', job: 1, essay: { passages: [] }, proposals: 'x' },
      { kind: 'error', job: 1, message: 'no' },
      { kind: 'other', job: 1 },
      { kind: 'error', name: 'E', message: 'no' },
    ])
      expect(isReadReply(bad)).toBe(false);
  });
});

describe('progressShare', () => {
  it('gives reading the first half and linking the second', () => {
    expect(progressShare({ stage: 'reading', done: 0, total: 1 })).toBe(0);
    expect(progressShare({ stage: 'reading', done: 1, total: 1 })).toBe(0.5);
    expect(progressShare({ stage: 'linking', done: 1, total: 4 })).toBe(0.625);
    expect(progressShare({ stage: 'linking', done: 4, total: 4 })).toBe(1);
    expect(progressShare({ stage: 'linking', done: 0, total: 0 })).toBe(0.5);
  });
});

describe('runRead', () => {
  it('proposes the links the command line proposes', async () => {
    const posted = await run(request());
    const done = posted.at(-1)!;
    expect(done.kind).toBe('done');
    if (done.kind !== 'done') return;
    const essay = readEssay(text, 'essay.md');
    expect(done.essay).toEqual(essay);
    expect(done.proposals).toEqual(linkEssay(essay, loadGazetteer()));
    expect(done.proposals!.map((p) => p.ref)).toContain('site:smolny');
    expect(posted.every((r) => r.job === 7)).toBe(true);
  });

  it('tells how far it has got, passage by passage when each slice is short', async () => {
    let clock = 0;
    const posted = await run(request(), { sliceMs: 1, now: () => (clock += 1) });
    const progress = posted.filter((r) => r.kind === 'progress');
    expect(progress[0]).toMatchObject({ stage: 'reading', done: 0, total: 1 });
    expect(progress[1]).toMatchObject({ stage: 'reading', done: 1, total: 1 });
    const linking = progress.filter((p) => p.stage === 'linking').map((p) => p.done);
    expect(linking).toEqual([0, 1, 2, 3]);
    expect(posted.every(isReadReply)).toBe(true);
  });

  it('reads only, without features', async () => {
    const posted = await run(request({ features: null }));
    expect(posted.at(-1)).toMatchObject({ kind: 'done', proposals: null });
    expect(posted.some((r) => r.kind === 'progress' && r.stage === 'linking')).toBe(false);
  });

  it('stops at the next pause once cancelled, and posts nothing more', async () => {
    const controller = new AbortController();
    let clock = 0;
    const posted: ReadReply[] = [];
    await runRead(
      request(),
      (r) => {
        posted.push(r);
        if (r.kind === 'progress' && r.stage === 'linking') controller.abort();
      },
      {
        pause: () => Promise.resolve(),
        signal: controller.signal,
        sliceMs: 1,
        now: () => (clock += 1),
      },
    );
    expect(posted.at(-1)).toMatchObject({ kind: 'progress', stage: 'linking', done: 0 });
    expect(posted.some((r) => r.kind === 'done')).toBe(false);
  });

  it('stops before reading when cancelled at once', async () => {
    const controller = new AbortController();
    controller.abort();
    const posted = await run(request(), { signal: controller.signal });
    expect(posted.map((r) => r.kind)).toEqual(['progress']);
  });

  it('tells an error by its name and message', async () => {
    const posted = await run(request({ text: '\n\n   \n', fileName: 'empty.txt' }));
    expect(posted.at(-1)).toEqual({
      kind: 'error',
      job: 7,
      name: 'ImportError',
      message: '“empty.txt” has no paragraphs to show.',
    });
  });
});
