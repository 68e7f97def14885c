/**
 * The Web Worker that reads an imported essay and proposes its links off the page's thread, so that
 * a long essay never freezes the page (see `read-job.ts` for what it does and says).
 */
import { isReadRequest, runRead, type ReadReply } from './read-job';

/** The little of a dedicated worker's global scope this uses (the DOM library types the window's). */
const scope = self as unknown as {
  postMessage(reply: ReadReply): void;
  onmessage: ((e: MessageEvent<unknown>) => void) | null;
};

let running: AbortController | null = null;

scope.onmessage = (e) => {
  const data = e.data as { kind?: unknown } | null;
  if (data?.kind === 'cancel') {
    running?.abort();
    return;
  }
  if (!isReadRequest(data)) return;
  running?.abort();
  const controller = new AbortController();
  running = controller;
  void runRead(data, (reply) => scope.postMessage(reply), { signal: controller.signal });
};
