import { describe, expect, it } from 'vitest';
import {
  formatElapsed,
  isPresenterMessage,
  type PresenterMessage,
  type SlideSummary,
} from '../../../src/lib/presenter-channel';

const slide: SlideSummary = { section: 'October', text: 'The Winter Palace falls.', notes: null };
const state: PresenterMessage = {
  type: 'state',
  index: 2,
  total: 10,
  current: slide,
  next: null,
  startedAt: 1_700_000_000_000,
};

describe('isPresenterMessage', () => {
  it.each<[string, PresenterMessage]>([
    ['hello', { type: 'hello' }],
    ['ended', { type: 'ended' }],
    ['goto', { type: 'goto', index: 0 }],
    ['state', state],
    ['state with a next slide', { ...state, next: { section: null, text: 'Next', notes: 'x' } }],
    ['state at its first slide', { ...state, index: 0 }],
    ['state at its last slide', { ...state, index: 9 }],
    ['state of a one-slide deck', { ...state, index: 0, total: 1 }],
    ['state started at the epoch', { ...state, startedAt: 0 }],
    ['state with empty text and notes', { ...state, current: { ...slide, text: '', notes: '' } }],
    ['goto far past the end (the presenting window keeps it inside)', { type: 'goto', index: 1e9 }],
  ])('accepts a %s message', (_, message) => {
    expect(isPresenterMessage(message)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'hello'],
    ['a number', 3],
    ['an array', []],
    ['an object without a type', { index: 1 }],
    ['an unknown type', { type: 'bye' }],
    ['a type of the wrong case', { type: 'Hello' }],
  ])('rejects %s', (_, data) => {
    expect(isPresenterMessage(data)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['no index', { type: 'goto' }],
    ['a string index', { type: 'goto', index: '3' }],
    ['a fractional index', { type: 'goto', index: 1.5 }],
    ['a NaN index', { type: 'goto', index: Number.NaN }],
    ['a negative index', { type: 'goto', index: -1 }],
    ['an infinite index', { type: 'goto', index: Number.POSITIVE_INFINITY }],
  ])('rejects a goto with %s', (_, data) => {
    expect(isPresenterMessage(data)).toBe(false);
  });

  it.each<[string, unknown]>([
    ['a fractional index', { ...state, index: 0.5 }],
    ['a missing total', { ...state, total: undefined }],
    ['a string total', { ...state, total: '10' }],
    ['a string startedAt', { ...state, startedAt: '2024-01-01' }],
    ['no current slide', { ...state, current: undefined }],
    ['a null current slide', { ...state, current: null }],
    ['a current slide without text', { ...state, current: { section: null, notes: null } }],
    ['a current slide with numeric text', { ...state, current: { ...slide, text: 1 } }],
    ['numeric notes', { ...state, current: { ...slide, notes: 5 } }],
    ['notes as a list', { ...state, current: { ...slide, notes: ['a'] } }],
    ['missing notes', { ...state, current: { section: null, text: 'x' } }],
    ['a numeric section', { ...state, current: { ...slide, section: 1917 } }],
    ['a missing section', { ...state, current: { text: 'x', notes: null } }],
    ['a current slide that is a string', { ...state, current: 'The Winter Palace falls.' }],
    ['no next slide at all', { ...state, next: undefined }],
    ['a next slide without text', { ...state, next: { section: null, notes: null } }],
    ['a next slide with numeric notes', { ...state, next: { ...slide, notes: 5 } }],
    ['a next slide that is a string', { ...state, next: 'Next' }],
    ['a negative index', { ...state, index: -1 }],
    ['an index at the total', { ...state, index: 10 }],
    ['an index past the total', { ...state, index: 1e9 }],
    ['a total of zero', { ...state, index: 0, total: 0 }],
    ['a negative total', { ...state, total: -1 }],
    ['a fractional total', { ...state, total: 10.5 }],
    ['an infinite total', { ...state, total: Number.POSITIVE_INFINITY }],
    ['a NaN startedAt', { ...state, startedAt: Number.NaN }],
    ['an infinite startedAt', { ...state, startedAt: Number.POSITIVE_INFINITY }],
    ['a negative startedAt', { ...state, startedAt: -1 }],
    ['the forged deck of the report', { ...state, index: 1e9, total: -1, startedAt: Number.NaN }],
  ])('rejects a state with %s', (_, data) => {
    expect(isPresenterMessage(data)).toBe(false);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1_000, '0:01'],
    [59_999, '0:59'],
    [60_000, '1:00'],
    [605_000, '10:05'],
    [3_599_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [36_000_000 + 61_000, '10:01:01'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });

  it('shows a clock running ahead of the start (negative elapsed) as zero', () => {
    expect(formatElapsed(-5_000)).toBe('0:00');
  });
});
