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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

/** Whether a value is a slide as the presenter view shows it (its fields are rendered as they come). */
function isSlideSummary(v: unknown): v is SlideSummary {
  return (
    isObject(v) && typeof v.text === 'string' && isTextOrNull(v.section) && isTextOrNull(v.notes)
  );
}

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * Whether a message from the channel is one of ours. Any page of the origin can post on the channel,
 * so every field is checked before it is used: a forged message is ignored rather than shown as
 * “Slide 1000000001 of -1” or breaking the view part-way through an update.
 */
export function isPresenterMessage(data: unknown): data is PresenterMessage {
  if (!isObject(data)) return false;
  switch (data.type) {
    case 'hello':
    case 'ended':
      return true;
    case 'goto':
      return isIndex(data.index);
    case 'state':
      return (
        isIndex(data.total) &&
        data.total >= 1 &&
        isIndex(data.index) &&
        data.index < data.total &&
        typeof data.startedAt === 'number' &&
        Number.isFinite(data.startedAt) &&
        data.startedAt >= 0 &&
        isSlideSummary(data.current) &&
        (data.next === null || isSlideSummary(data.next))
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
