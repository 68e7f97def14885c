/**
 * The messages between the presenting window and the presenter view (a second window on the
 * teacher's screen), over a BroadcastChannel. The presenting window holds the state; either window
 * may ask to move.
 */

export const PRESENTER_CHANNEL = 'atlas-1917-presenter';

/** What the presenter view shows of one slide. */
export interface SlideSummary {
  section: string | null;
  text: string;
  notes: string | null;
}

export type PresenterMessage =
  /** From the presenting window: where the presentation stands. */
  | {
      type: 'state';
      index: number;
      total: number;
      current: SlideSummary;
      next: SlideSummary | null;
      /** When the presentation started (ms since the epoch), for the elapsed time. */
      startedAt: number;
    }
  /** The presentation ended. */
  | { type: 'ended' }
  /** From the presenter view: asks for the state (when it opens). */
  | { type: 'hello' }
  /** From either window: go to a slide. */
  | { type: 'goto'; index: number };

/** Whether a message from the channel is one of ours (the channel is open to any page of the origin). */
export function isPresenterMessage(data: unknown): data is PresenterMessage {
  const m = data as PresenterMessage | null;
  if (!m || typeof m !== 'object') return false;
  switch (m.type) {
    case 'hello':
    case 'ended':
      return true;
    case 'goto':
      return Number.isInteger(m.index);
    case 'state':
      return (
        Number.isInteger(m.index) &&
        Number.isInteger(m.total) &&
        typeof m.startedAt === 'number' &&
        typeof m.current?.text === 'string'
      );
    default:
      return false;
  }
}

/** Elapsed time as `m:ss` (or `h:mm:ss`). */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
