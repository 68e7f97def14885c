/**
 * The reader's answers to the essay's questions: each answer scored, kept on the device for the
 * essay it belongs to, shown on the map (the answer feature, the moment), and handed to `onanswer`
 * (the live class sends it to the teacher). A place is answered by a tap on the map: `startPick`
 * makes the map's next tap the answer.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Atlas } from '../lib/atlas.svelte';
import { MAPS, type MapId } from '../lib/map/maps';
import { tally } from '../lib/questions/results';
import { scoreAnswer, type ScoreContext } from '../lib/questions/score';
import {
  answersKey,
  makeAnswerId,
  readSaved,
  writeSaved,
  type SavedAnswers,
} from '../lib/questions/saved';
import type {
  AnswerMessage,
  AnswerResult,
  AnswerValue,
  PlaceQuestion,
  Question,
  WhenQuestion,
} from '../lib/questions/types';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How a point on the map is drawn: one of the reader's answers by its score, or a class's tap. */
export type AnswerTone = 'right' | 'partial' | 'wrong' | 'class';

/** A tap to draw on the map: the reader's own answer, or one of a class's (the teacher's view). */
export interface AnswerPoint {
  questionId: string;
  lng: number;
  lat: number;
  tone: AnswerTone;
}

/** The tone of a scored answer. */
export function toneOf(r: AnswerResult): AnswerTone {
  return r.correct ? 'right' : r.partial ? 'partial' : 'wrong';
}

const isMapId = (id: string): id is MapId => Object.hasOwn(MAPS, id);

const NO_CLASS = { answers: [], revealed: [] } as const;

export class Questions {
  /** The place question whose answer the map's next tap gives. */
  picking = $state.raw<PlaceQuestion | null>(null);
  /**
   * A class's answers as the teacher's page holds them, and the questions whose results it has
   * revealed (set by the page; a page in no class, or a student's, has none). Read by `marks`, so
   * the revealed taps are drawn on the teacher's map as they arrive.
   */
  classAnswers = $state.raw<
    () => { answers: readonly AnswerMessage[]; revealed: readonly string[] }
  >(() => NO_CLASS);
  /** Called with every answer given, as it would travel to the teacher. */
  onanswer?: (msg: AnswerMessage) => void;

  readonly #atlas: Atlas;
  readonly #essayKey: () => string;
  readonly #store: () => Store | undefined;
  readonly #makeId: () => string;
  /** Answers given in this page, by essay; replaced, never mutated. */
  #given = $state.raw<Record<string, SavedAnswers>>({});
  // What was read from storage, once per essay; a cache, not state (answers given go to #given).
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #read = new Map<string, SavedAnswers>();
  #unsavedReported = false;

  /** Every question the essay asks, in order. */
  readonly all: Question[] = $derived.by(
    () => this.#atlas.essay?.passages.flatMap((p) => p.questions ?? []) ?? [],
  );

  /** The points the map shown draws: the reader's answers to its place questions, and a class's. */
  readonly marks: FeatureCollection<Point, { id: string; tone: AnswerTone }> = $derived.by(() => {
    const mapId = this.#atlas.mapId;
    const given = this.given;
    const mine: AnswerPoint[] = this.all.flatMap((q) => {
      const a = given[q.id];
      return q.kind === 'place' && q.map === mapId && a?.value.kind === 'place'
        ? [{ questionId: q.id, lng: a.value.lng, lat: a.value.lat, tone: toneOf(a.result) }]
        : [];
    });
    const { answers, revealed } = this.classAnswers();
    const theirs = this.all.flatMap((q) =>
      q.kind === 'place' && q.map === mapId && revealed.includes(q.id)
        ? this.classTaps(q, answers)
        : [],
    );
    const features: Feature<Point, { id: string; tone: AnswerTone }>[] = [...theirs, ...mine].map(
      (p, i) => ({
        type: 'Feature',
        id: i,
        geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
        properties: { id: `${p.tone}-${i}`, tone: p.tone },
      }),
    );
    return { type: 'FeatureCollection', features };
  });

  constructor(
    atlas: Atlas,
    essayKey: () => string,
    store: () => Store | undefined = () => localStorage,
    makeId: () => string = makeAnswerId,
  ) {
    this.#atlas = atlas;
    this.#essayKey = essayKey;
    this.#store = store;
    this.#makeId = makeId;
  }

  /** The reader's latest answer to each question of the essay being read. */
  get given(): SavedAnswers {
    const key = this.#essayKey();
    return this.#given[key] ?? this.#fromStore(key);
  }

  /** A class's taps answering `q`, each scored (an answer resent counts once). */
  classTaps(q: PlaceQuestion, answers: readonly AnswerMessage[]): AnswerPoint[] {
    const ctx = this.scoreContext(q);
    return tally(q, answers).points.map(([lng, lat]) => ({
      questionId: q.id,
      lng,
      lat,
      tone: toneOf(scoreAnswer(q, { kind: 'place', lng, lat }, ctx)),
    }));
  }

  /** What scoring a question needs: the answer feature and its name, the timeline's epoch. */
  scoreContext(q: Question): ScoreContext {
    if (q.kind === 'place') {
      const f = this.#atlas.features.get(q.answer);
      return { feature: f?.feature ?? null, featureName: f?.name ?? 'the answer' };
    }
    return isMapId(q.map) ? { epoch: MAPS[q.map].timeline.start } : {};
  }

  /** The moment the question's map shows now: minutes since its timeline's start, and in words. */
  momentOf(q: WhenQuestion): { t: number; text: string } {
    const id: MapId = isMapId(q.map) ? q.map : this.#atlas.mapId;
    const time = this.#atlas.timeByMap[id];
    const spec = MAPS[id].timeline;
    return { t: (time - spec.start) / 60_000, text: spec.format(time) };
  }

  /** A moment answered (minutes since the timeline's start of the question's map), in words. */
  momentText(q: WhenQuestion, t: number): string {
    const spec = MAPS[isMapId(q.map) ? q.map : this.#atlas.mapId].timeline;
    return spec.format(spec.start + t * 60_000);
  }

  /** The question's map: its title, and whether it is the map on screen. */
  mapOf(q: Question): { title: string; shown: boolean } {
    const id = isMapId(q.map) ? q.map : this.#atlas.mapId;
    return { title: MAPS[id].title, shown: id === this.#atlas.mapId };
  }

  /** Puts the question's map on screen (its timeline is the one a `when` answer reads). */
  showMapOf(q: Question): void {
    if (isMapId(q.map)) this.#atlas.showMap(q.map);
  }

  /**
   * Scores an answer, keeps it (the latest per question), sends it on, and shows the right answer on
   * the map: the feature framed with its card open, or the timeline at the moment.
   */
  answer(q: Question, value: AnswerValue): AnswerResult {
    const result = scoreAnswer(q, value, this.scoreContext(q));
    const answerId = this.#makeId();
    const key = this.#essayKey();
    const answers: SavedAnswers = { ...this.given, [q.id]: { answerId, value, result } };
    this.#given = { ...this.#given, [key]: answers };
    this.#save(key, answers);
    if (this.picking?.id === q.id) this.picking = null;
    this.#show(q);
    this.onanswer?.({ answerId, questionId: q.id, value });
    return result;
  }

  /** The map's next tap answers `q`: its map is shown, and any card closes so the map is clear. */
  startPick(q: PlaceQuestion): void {
    if (isMapId(q.map)) this.#atlas.showMap(q.map);
    this.#atlas.clearSelection();
    this.picking = q;
  }

  /** Leaves the pick without answering. */
  cancelPick(): void {
    this.picking = null;
  }

  /** A tap on the map while picking: the answer to the question picked for. */
  pick(lng: number, lat: number): AnswerResult | null {
    const q = this.picking;
    if (!q || !Number.isFinite(lng) || !Number.isFinite(lat)) return null;
    return this.answer(q, { kind: 'place', lng, lat });
  }

  #show(q: Question): void {
    if (q.kind === 'choose' || !isMapId(q.map)) return;
    if (this.#atlas.mapId !== q.map) this.#atlas.showMap(q.map);
    if (q.kind === 'place') this.#atlas.openCard(q.answer);
    else this.#atlas.setTime(q.answer);
  }

  #fromStore(key: string): SavedAnswers {
    const cached = this.#read.get(key);
    if (cached) return cached;
    let text: string | null = null;
    try {
      text = this.#store()?.getItem(answersKey(key)) ?? null;
    } catch {
      // Storage is blocked: nothing was kept, and #save says so on the first answer.
    }
    const { answers, damaged } = readSaved(text);
    this.#read.set(key, answers);
    if (damaged) {
      // Dropped from storage too, so the message is not repeated on every visit.
      this.#save(key, answers);
      // Read while the page renders: reported after it, as state may not change during a render.
      queueMicrotask(() =>
        this.#atlas.report(
          'Some of your earlier answers to this essay’s questions were damaged and have been dropped; the others are kept.',
        ),
      );
    }
    return answers;
  }

  #save(key: string, answers: SavedAnswers): void {
    try {
      const store = this.#store();
      if (!store) throw new Error('no storage');
      store.setItem(answersKey(key), writeSaved(answers));
    } catch {
      if (this.#unsavedReported) return;
      this.#unsavedReported = true;
      queueMicrotask(() =>
        this.#atlas.report(
          'This browser does not let the atlas keep your answers: they last until the page is closed.',
        ),
      );
    }
  }
}
