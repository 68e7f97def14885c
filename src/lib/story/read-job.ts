/**
 * Reading an essay the reader brings, as one job that can run in a Web Worker: the text read into
 * the model, then its links proposed passage by passage, with progress told as it goes and a chance
 * to stop between slices. The same code runs on the main thread where there is no worker, yielding
 * between slices. The job calls the pure `readEssay` and steps an `EssayLinker`, so the app proposes the
 * links the command line does.
 */
import type { Essay } from './essay';
import { readEssay } from './import';
import { EssayLinker, type PassageProposal } from './linker';
import { buildGazetteer, type GazetteerFeature } from './gazetteer';

/** What the linker is built from: each linkable feature with its names. */
export type GazetteerInput = (GazetteerFeature & { names: string[] })[];

/** Asks for an essay's text to be read; with `features`, its links proposed too. */
export interface ReadRequest {
  kind: 'read';
  /** Told back in every reply, so that a reply to an older job is known for what it is. */
  job: number;
  text: string;
  fileName: string;
  /** The features to propose links to (null: read only, as for an essay already decided on). */
  features: GazetteerInput | null;
}

/** How far a job has got: reading the text, or linking passage `done` of `total`. */
export interface ReadProgress {
  kind: 'progress';
  job: number;
  stage: 'reading' | 'linking';
  done: number;
  total: number;
}

export interface ReadDone {
  kind: 'done';
  job: number;
  essay: Essay;
  /** Null when no features were given. */
  proposals: PassageProposal[] | null;
}

/** The text could not be read: the error's name (`ImportError`, `EssayError`…) and message. */
export interface ReadFailed {
  kind: 'error';
  job: number;
  name: string;
  message: string;
}

export type ReadReply = ReadProgress | ReadDone | ReadFailed;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const isFeature = (v: unknown): boolean =>
  isObject(v) &&
  typeof v.ref === 'string' &&
  typeof v.layer === 'string' &&
  typeof v.name === 'string' &&
  Array.isArray(v.names) &&
  v.names.every((n) => typeof n === 'string');

/** Whether a message is a request the job can run. */
export function isReadRequest(v: unknown): v is ReadRequest {
  return (
    isObject(v) &&
    v.kind === 'read' &&
    isCount(v.job) &&
    typeof v.text === 'string' &&
    typeof v.fileName === 'string' &&
    (v.features === null || (Array.isArray(v.features) && v.features.every(isFeature)))
  );
}

/** Whether a message is a reply of the job, in the shape its kind says. */
export function isReadReply(v: unknown): v is ReadReply {
  if (!isObject(v) || !isCount(v.job)) return false;
  switch (v.kind) {
    case 'progress':
      return (
        (v.stage === 'reading' || v.stage === 'linking') &&
        isCount(v.done) &&
        isCount(v.total) &&
        v.done <= v.total
      );
    case 'done':
      return (
        isObject(v.essay) &&
        Array.isArray(v.essay.passages) &&
        (v.proposals === null || Array.isArray(v.proposals))
      );
    case 'error':
      return typeof v.name === 'string' && typeof v.message === 'string';
    default:
      return false;
  }
}

/** The share of a job done, from 0 to 1: reading counts for the first half, linking the second. */
export function progressShare(p: Pick<ReadProgress, 'stage' | 'done' | 'total'>): number {
  const part = p.total ? Math.min(1, p.done / p.total) : 0;
  return p.stage === 'reading' ? part / 2 : 0.5 + part / 2;
}

export interface RunOptions {
  /** Lets other work run between slices (a worker's or the page's event loop). */
  pause?: () => Promise<void>;
  /** How long a slice of linking may run before a pause, in ms (default 40). */
  sliceMs?: number;
  /** Stops the job at the next pause: it then posts nothing more. */
  signal?: AbortSignal;
  /** The clock slices are measured by. */
  now?: () => number;
}

/** A pause that lets the event loop run: a macrotask, so that input and messages get in. */
export const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs one request, posting its progress and then its result or its error. Stops quietly, posting
 * nothing more, once `signal` is aborted.
 */
export async function runRead(
  request: ReadRequest,
  post: (reply: ReadReply) => void,
  options: RunOptions = {},
): Promise<void> {
  const { job } = request;
  const pause = options.pause ?? macrotask;
  const sliceMs = options.sliceMs ?? 40;
  const now = options.now ?? (() => performance.now());
  const stopped = () => options.signal?.aborted === true;
  try {
    post({ kind: 'progress', job, stage: 'reading', done: 0, total: 1 });
    await pause();
    if (stopped()) return;
    const essay = readEssay(request.text, request.fileName);
    const total = essay.passages.length;
    post({ kind: 'progress', job, stage: 'reading', done: 1, total: 1 });
    if (!request.features) {
      post({ kind: 'done', job, essay, proposals: null });
      return;
    }
    const gazetteer = buildGazetteer(request.features);
    const proposals: PassageProposal[] = [];
    const linker = new EssayLinker(essay, gazetteer);
    // Progress counts passages: a scan and a link each, two steps a passage.
    const passagesDone = () => Math.floor(linker.done / 2);
    let told = -1;
    let sliceStart = now();
    while (linker.done < linker.total) {
      if (now() - sliceStart >= sliceMs) {
        if (passagesDone() !== told) {
          told = passagesDone();
          post({ kind: 'progress', job, stage: 'linking', done: told, total });
        }
        await pause();
        if (stopped()) return;
        sliceStart = now();
      }
      proposals.push(...linker.step());
    }
    post({ kind: 'progress', job, stage: 'linking', done: total, total });
    post({ kind: 'done', job, essay, proposals });
  } catch (e) {
    if (stopped()) return;
    post({
      kind: 'error',
      job,
      name: e instanceof Error ? e.name : 'Error',
      message: e instanceof Error ? e.message : String(e),
    });
  }
}
