import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { Questions } from '../../../src/app/questions.svelte';
import { Atlas } from '../../../src/lib/atlas.svelte';
import { parseEssay } from '../../../src/lib/story/parse';
import { answersKey, readSaved } from '../../../src/lib/questions/saved';
import { julianInstant } from '../../../src/lib/time/instant';
import { MAPS } from '../../../src/lib/map/maps';
import type { AnswerMessage, Question } from '../../../src/lib/questions/types';
import { diskFetch } from './disk-fetch';

const essay = parseEssay(readFileSync('tests/fixtures/questions-three.md', 'utf8'));

/** A Storage stand-in that may refuse every write. */
class MemoryStore {
  items = new Map<string, string>();
  refuse = false;
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function setup(store = new MemoryStore(), key = { essay: 'default' }) {
  const atlas = new Atlas(diskFetch, () => essay);
  let n = 0;
  const questions = new Questions(
    atlas,
    () => key.essay,
    () => store,
    () => `answer-${++n}-id`,
  );
  const sent: AnswerMessage[] = [];
  questions.onanswer = (m) => sent.push(m);
  const q = (id: string) => questions.all.find((x) => x.id === id) as Question;
  return { atlas, questions, store, sent, q, key };
}
const tick = () => new Promise((r) => setTimeout(r));

describe('Questions', () => {
  it('lists the essay’s questions', () => {
    const { questions } = setup();
    expect(questions.all.map((x) => x.id)).toEqual(['find-smolny', 'chair', 'arrest']);
  });

  it('scores a choice, keeps it and sends it with an id made on the device', () => {
    const { questions, q, sent, store } = setup();
    const r = questions.answer(q('chair'), { kind: 'choose', option: 0 });
    expect(r).toMatchObject({ correct: false, message: 'Not quite: the answer is Trotsky.' });
    expect(sent).toEqual([
      { answerId: 'answer-1-id', questionId: 'chair', value: { kind: 'choose', option: 0 } },
    ]);
    expect(questions.given.chair?.result.correct).toBe(false);
    expect(readSaved(store.getItem(answersKey('default'))).answers.chair?.answerId).toBe(
      'answer-1-id',
    );
    // Answering again replaces the answer, with a new id (it is a new answer, not a resend).
    questions.answer(q('chair'), { kind: 'choose', option: 1 });
    expect(questions.given.chair).toMatchObject({ answerId: 'answer-2-id' });
    expect(questions.given.chair?.result.correct).toBe(true);
    expect(sent.map((m) => m.answerId)).toEqual(['answer-1-id', 'answer-2-id']);
  });

  it('makes ids the live class accepts by default', () => {
    const atlas = new Atlas(diskFetch, () => essay);
    const questions = new Questions(
      atlas,
      () => 'default',
      () => new MemoryStore(),
    );
    const sent: AnswerMessage[] = [];
    questions.onanswer = (m) => sent.push(m);
    questions.answer(questions.all[1]!, { kind: 'choose', option: 1 });
    expect(sent[0]?.answerId).toMatch(/^[A-Za-z0-9-]{8,40}$/);
  });

  it('answers a place by the next tap on the map, then frames the answer with its card', async () => {
    const { atlas, questions, q, sent } = setup();
    await atlas.ensureMap('petrograd');
    atlas.openCard('site:winter-palace');
    const place = q('find-smolny');
    if (place.kind !== 'place') throw new Error('not a place question');
    expect(questions.pick(30.39, 59.95)).toBeNull();
    questions.startPick(place);
    // The map is cleared for the tap: no card covers it.
    expect(atlas.selection).toBeNull();
    expect(questions.picking?.id).toBe('find-smolny');
    const r = questions.pick(30.3958, 59.9455);
    expect(r?.correct).toBe(true);
    expect(r?.message).toMatch(/from Smolny Institute\.$|^Inside/);
    expect(questions.picking).toBeNull();
    expect(atlas.selection?.ref).toBe('site:smolny');
    expect(sent[0]?.value).toEqual({ kind: 'place', lng: 30.3958, lat: 59.9455 });
    // The tap is drawn on the map it was given on, in the tone of its score.
    expect(questions.marks.features.map((f) => f.properties.tone)).toEqual(['right']);
    atlas.showMap('brest-litovsk');
    expect(questions.marks.features).toEqual([]);
  });

  it('leaves a pick without answering', () => {
    const { questions, q, sent } = setup();
    questions.startPick(q('find-smolny') as Extract<Question, { kind: 'place' }>);
    questions.cancelPick();
    expect(questions.picking).toBeNull();
    expect(questions.pick(30.39, 59.95)).toBeNull();
    expect(sent).toEqual([]);
  });

  it('scores a moment from the timeline and then sets the timeline to the right one', () => {
    const { atlas, questions, q } = setup();
    const when = q('arrest');
    if (when.kind !== 'when') throw new Error('not a when question');
    atlas.setTime(julianInstant('1917-10-26T00:10'));
    const m = questions.momentOf(when);
    expect(m.text).toBe('26 Oct / 8 Nov 1917, 00:10');
    expect(m.t).toBe((julianInstant('1917-10-26T00:10') - MAPS.petrograd.timeline.start) / 60_000);
    const r = questions.answer(when, { kind: 'when', t: m.t });
    expect(r).toMatchObject({ correct: false, partial: true });
    expect(r.message).toBe('2 hours early; it was 26 Oct / 8 Nov 1917, 02:10.');
    expect(atlas.time).toBe(julianInstant('1917-10-26T02:10'));
  });

  it('keeps each essay’s answers apart and reads them back on the next visit', () => {
    const store = new MemoryStore();
    const key = { essay: 'default' };
    const first = setup(store, key);
    first.questions.answer(first.q('chair'), { kind: 'choose', option: 1 });
    key.essay = 'mine';
    expect(first.questions.given).toEqual({});
    key.essay = 'default';
    const again = setup(store, { essay: 'default' });
    expect(again.questions.given.chair?.result.correct).toBe(true);
  });

  it('drops a damaged record with a message, and keeps working', async () => {
    const store = new MemoryStore();
    store.setItem(answersKey('default'), '{"v":1,"answers":{"chair":{"answerId":"x"}');
    const { atlas, questions, q } = setup(store);
    expect(questions.given).toEqual({});
    await tick();
    expect(atlas.errors).toEqual([
      'Some of your earlier answers to this essay’s questions were damaged and have been dropped; the others are kept.',
    ]);
    expect(readSaved(store.getItem(answersKey('default')))).toEqual({
      answers: {},
      damaged: false,
    });
    expect(questions.answer(q('chair'), { kind: 'choose', option: 1 }).correct).toBe(true);
  });

  it('says once that answers cannot be kept when storage refuses, and still answers', async () => {
    const store = new MemoryStore();
    store.refuse = true;
    const { atlas, questions, q, sent } = setup(store);
    questions.answer(q('chair'), { kind: 'choose', option: 1 });
    questions.answer(q('chair'), { kind: 'choose', option: 0 });
    flushSync();
    await tick();
    expect(atlas.errors).toEqual([
      'This browser does not let the atlas keep your answers: they last until the page is closed.',
    ]);
    expect(questions.given.chair?.value).toEqual({ kind: 'choose', option: 0 });
    expect(sent).toHaveLength(2);
  });

  it('draws a class’s taps on the map of their question once revealed, each in its verdict', async () => {
    const { atlas, questions } = setup();
    await atlas.ensureMap('petrograd');
    const tap = (
      questionId: string,
      lng: number,
      lat: number,
      answerId: string,
    ): AnswerMessage => ({
      answerId,
      questionId,
      value: { kind: 'place', lng, lat },
    });
    let revealed: string[] = [];
    const answers = [
      tap('find-smolny', 30.3958, 59.9455, 'answer-1-x'),
      tap('find-smolny', 30.3958, 59.9455, 'answer-1-x'),
      tap('find-smolny', 30.3164, 59.9401, 'answer-2-x'),
      tap('unknown', 30.3, 59.9, 'answer-3-x'),
    ];
    questions.classAnswers = () => ({ answers, revealed });
    expect(questions.marks.features).toEqual([]);
    revealed = ['find-smolny', 'unknown'];
    questions.classAnswers = () => ({ answers, revealed });
    expect(
      questions.marks.features.map((f) => [f.geometry.coordinates, f.properties.tone]),
    ).toEqual([
      [[30.3958, 59.9455], 'right'],
      [[30.3164, 59.9401], 'wrong'],
    ]);
  });
});
