import { describe, expect, it } from 'vitest';
import {
  errorOf,
  readEssayAsync,
  ReadCancelled,
  type WorkerLike,
} from '../../../src/lib/essay-reader';
import { ImportError } from '../../../src/lib/story/plain';
import { isReadRequest, runRead, type ReadReply } from '../../../src/lib/story/read-job';
import { gazetteerInput } from '../../../src/lib/story/gazetteer';
import { linkableFeatures } from '../../../scripts/essay/geodata';

const features = gazetteerInput(linkableFeatures().values());
const text = 'Lenin reached the Smolny Institute.\n\nThe ministers sat in the Winter Palace.';

/**
 * A worker in the same thread: it answers over the same protocol as the real one, a turn of the
 * event loop later; `mode` makes it fail to load, or answer for another job.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  constructor(readonly mode: 'works' | 'fails to load' | 'other job' | 'garbage' = 'works') {}
  postMessage(message: unknown): void {
    this.received.push(message);
    setTimeout(() => {
      if (this.mode === 'fails to load') {
        this.onerror?.({ preventDefault: () => {} } as ErrorEvent);
        return;
      }
      if (!isReadRequest(message)) return;
      if (this.mode === 'garbage') {
        this.deliver({ kind: 'done', job: message.job, essay: 'no' });
        return;
      }
      const job = this.mode === 'other job' ? message.job + 1 : message.job;
      void runRead({ ...message, job }, (r) => this.deliver(r));
    }, 0);
  }
  deliver(reply: ReadReply | Record<string, unknown>): void {
    if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<unknown>);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('readEssayAsync', () => {
  it('reads in the worker, telling its progress, and ends the worker', async () => {
    const worker = new FakeWorker();
    const stages: string[] = [];
    const { essay, proposals } = await readEssayAsync(text, 'a.txt', features, {
      makeWorker: () => worker,
      onprogress: (p) => stages.push(p.stage),
    });
    expect(essay.passages).toHaveLength(2);
    expect(proposals!.map((p) => p.ref)).toEqual(['site:smolny', 'site:winter-palace']);
    expect(stages[0]).toBe('reading');
    expect(stages).toContain('linking');
    expect(worker.terminated).toBe(true);
    expect(isReadRequest(worker.received[0])).toBe(true);
  });

  it('reads on the page where there is no worker, with the same result', async () => {
    const inWorker = await readEssayAsync(text, 'a.txt', features, {
      makeWorker: () => new FakeWorker(),
    });
    const onPage = await readEssayAsync(text, 'a.txt', features, { makeWorker: () => null });
    expect(onPage).toEqual(inWorker);
  });

  it('reads on the page when the worker cannot load', async () => {
    const worker = new FakeWorker('fails to load');
    const { proposals } = await readEssayAsync(text, 'a.txt', features, {
      makeWorker: () => worker,
    });
    expect(proposals).toHaveLength(2);
    expect(worker.terminated).toBe(true);
  });

  it('hands back an ImportError as one, with its message', async () => {
    const read = readEssayAsync(' \n\n ', 'empty.txt', null, {
      makeWorker: () => new FakeWorker(),
    });
    await expect(read).rejects.toBeInstanceOf(ImportError);
    await expect(read).rejects.toThrow('“empty.txt” has no paragraphs to show.');
  });

  it('is cancelled by its signal: the worker is ended and nothing more is told', async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    let told = 0;
    const read = readEssayAsync(text, 'a.txt', features, {
      makeWorker: () => worker,
      signal: controller.signal,
      onprogress: () => told++,
    });
    controller.abort();
    await expect(read).rejects.toBeInstanceOf(ReadCancelled);
    expect(worker.terminated).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toBe(0);
  });

  it('is cancelled on the page too', async () => {
    const controller = new AbortController();
    const read = readEssayAsync(text, 'a.txt', features, {
      makeWorker: () => null,
      signal: controller.signal,
    });
    controller.abort();
    await expect(read).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('does not start when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let made = 0;
    await expect(
      readEssayAsync(text, 'a.txt', null, {
        signal: controller.signal,
        makeWorker: () => (made++, new FakeWorker()),
      }),
    ).rejects.toBeInstanceOf(ReadCancelled);
    expect(made).toBe(0);
  });

  it('ignores replies to another job and replies of the wrong shape', async () => {
    for (const mode of ['other job', 'garbage'] as const) {
      const settled = await Promise.race([
        readEssayAsync(text, 'a.txt', null, { makeWorker: () => new FakeWorker(mode) }).then(
          () => 'settled',
        ),
        new Promise((r) => setTimeout(() => r('still waiting'), 100)),
      ]);
      expect(settled).toBe('still waiting');
    }
  });
});

describe('errorOf', () => {
  it('gives back the error the page would have thrown', () => {
    expect(errorOf('ImportError', 'too big')).toBeInstanceOf(ImportError);
    const e = errorOf('EssayError', 'Line 3: too deep');
    expect(e).not.toBeInstanceOf(ImportError);
    expect([e.name, e.message]).toEqual(['EssayError', 'Line 3: too deep']);
  });
});
