/**
 * The essay as slides for a class: one slide per passage (a closing list of sources stays in the
 * essay), and the keys a keyboard or a presentation clicker sends to move between them.
 */
import type { Essay, Passage } from './essay';

/** Sections that list sources rather than tell the story. */
const BACK_MATTER = /^(sources|references|bibliography|further reading)$/i;

/** The passages shown as slides, in order. */
export function slidesOf(essay: Essay): Passage[] {
  return essay.passages.filter((p) => !BACK_MATTER.test(p.section ?? ''));
}

/** What a key press asks of the slides. */
export type SlideCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto'; slide: number }
  | { kind: 'digit'; typed: string }
  | { kind: 'leave' };

/**
 * Reads a key: arrows, Space and Shift+Space, Page Down/Up (what clickers send), Home/End, a number
 * then Enter to jump (slides count from 1), Escape to leave. `typed` is the number typed so far.
 * @example slideCommand({ key: '1' }, '') // { kind: 'digit', typed: '1' }
 */
export function slideCommand(
  e: { key: string; shiftKey?: boolean },
  typed: string,
): SlideCommand | null {
  if (/^[0-9]$/.test(e.key)) return { kind: 'digit', typed: (typed + e.key).slice(-4) };
  switch (e.key) {
    case 'Enter':
      return typed ? { kind: 'goto', slide: Number(typed) - 1 } : { kind: 'next' };
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return { kind: 'next' };
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? { kind: 'previous' } : { kind: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Escape':
      return { kind: 'leave' };
    default:
      return null;
  }
}

/** The slide a command leads to from `current`, kept inside `0…count-1`. */
export function slideAfter(command: SlideCommand, current: number, count: number): number {
  const clamp = (n: number) => Math.max(0, Math.min(count - 1, n));
  switch (command.kind) {
    case 'next':
      return clamp(current + 1);
    case 'previous':
      return clamp(current - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'goto':
      return clamp(command.slide);
    default:
      return current;
  }
}
