/**
 * Reads an essay the reader brings off the page's thread: in a module Web Worker where the browser
 * has one, otherwise on the page in slices (jsdom, very old browsers, or a worker that fails to
 * load). Either way the reader is told how far it has got and may cancel.
 */
import type { Essay } from './story/essay';
import type { PassageProposal } from './story/linker';
import { ImportError } from './story/plain';
import {
  isReadReply,
  runRead,
  type GazetteerInput,
  type ReadProgress,
  type ReadReply,
  type ReadRequest,
} from './story/read-job';

export interface ReadResult {
  essay: Essay;
  /** Null when no features were given. */
  proposals: PassageProposal[] | null;
}

/** The reader cancelled the reading. */
export class ReadCancelled extends Error {
  constructor() {
    super('The essay was not read: cancelled.');
    this.name = 'ReadCancelled';
  }
}

/** The little of a Worker this uses, so that tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

/** The app's reading worker, or null where the browser has no module workers. */
export function browserWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./story/read-worker.ts', import.meta.url), {
      type: 'module',
      name: 'essay-reader',
    });
  } catch {
    return null;
  }
}

/** The error a reply describes, as the page would have thrown it (an ImportError stays one). */
export function errorOf(name: string, message: string): Error {
  if (name === 'ImportError') return new ImportError(message);
  const e = new Error(message);
  e.name = name;
  return e;
}

let jobs = 0;

export interface ReadOptions {
  onprogress?: (p: ReadProgress) => void;
  signal?: AbortSignal;
  /** Makes the worker (default: the app's); null runs the job on the page. */
  makeWorker?: () => WorkerLike | null;
}

/**
 * Reads `text` into the essay model and, given `features`, proposes its links.
 * @throws ReadCancelled when `signal` is aborted first; the text's ImportError or EssayError otherwise
 */
export function readEssayAsync(
  text: string,
  fileName: string,
  features: GazetteerInput | null,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const { onprogress = () => {}, signal, makeWorker = browserWorker } = options;
  const request: ReadRequest = { kind: 'read', job: ++jobs, text, fileName, features };
  if (signal?.aborted) return Promise.reject(new ReadCancelled());
  return new Promise<ReadResult>((resolve, reject) => {
    let settled = false;
    let worker: WorkerLike | null = null;
    const finish = (f: () => void): void => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      signal?.removeEventListener('abort', onAbort);
      f();
    };
    const onAbort = (): void => finish(() => reject(new ReadCancelled()));
    signal?.addEventListener('abort', onAbort);
    const take = (reply: ReadReply): void => {
      if (reply.job !== request.job) return;
      if (reply.kind === 'progress') {
        if (!settled) onprogress(reply);
      } else if (reply.kind === 'done')
        finish(() => resolve({ essay: reply.essay, proposals: reply.proposals }));
      else finish(() => reject(errorOf(reply.name, reply.message)));
    };
    /** The same job on the page's thread, in slices, stopped by the same signal. */
    const onPage = (): void => {
      worker?.terminate();
      worker = null;
      void runRead(request, take, { signal: signalOrNever(signal) });
    };
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (!worker) {
      onPage();
      return;
    }
    let heard = false;
    worker.onmessage = (e) => {
      heard = true;
      if (isReadReply(e.data)) take(e.data);
    };
    // A worker whose script cannot load (an old browser, a damaged cache) fails before it says
    // anything: the page reads the essay itself. A failure later is a real one.
    worker.onerror = (e) => {
      e.preventDefault?.();
      if (!heard) onPage();
      else finish(() => reject(new Error('The essay reader stopped unexpectedly.')));
    };
    worker.postMessage(request);
  });
}

const signalOrNever = (signal: AbortSignal | undefined): AbortSignal =>
  signal ?? new AbortController().signal;
