import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import {
  formatMetres,
  formatMinutes,
  metresTo,
  scoreAnswer,
} from '../../../src/lib/questions/score';
import type { ChooseQuestion, PlaceQuestion, WhenQuestion } from '../../../src/lib/questions/types';
import { julianInstant } from '../../../src/lib/time/instant';

const smolny: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'Point', coordinates: [30.39639, 59.94639] },
};
const square: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [30, 60],
        [30.1, 60],
        [30.1, 60.1],
        [30, 60.1],
        [30, 60],
      ],
    ],
  },
};
const base = { prompt: 'Where?', map: 'petrograd', line: 1, source: '' };
const place: PlaceQuestion = {
  ...base,
  id: 'q1',
  kind: 'place',
  answer: 'site:smolny',
  toleranceM: 300,
};

describe('metresTo', () => {
  it('is 0 inside a polygon and the distance to the edge outside', () => {
    expect(metresTo([30.05, 60.05], square.geometry)).toBe(0);
    // 0.01° of latitude north of the top edge is about 1113 m.
    expect(metresTo([30.05, 60.11], square.geometry)).toBeCloseTo(1113, -1);
  });
  it('measures a point by great-circle distance', () => {
    expect(metresTo([30.39639, 59.95639], smolny.geometry)).toBeCloseTo(1112, -1);
  });
});

describe('scoreAnswer', () => {
  it('scores a tap by its distance from the feature, with a sentence', () => {
    const near = scoreAnswer(
      place,
      { kind: 'place', lng: 30.39639, lat: 59.948 },
      {
        feature: smolny,
        featureName: 'the Smolny Institute',
      },
    );
    expect(near.correct).toBe(true);
    expect(near.message).toBe('179 m from the Smolny Institute.');
    const mid = scoreAnswer(
      place,
      { kind: 'place', lng: 30.39639, lat: 59.951 },
      { feature: smolny },
    );
    expect(mid).toMatchObject({ correct: false, partial: true });
    const far = scoreAnswer(place, { kind: 'place', lng: 30.31, lat: 59.94 }, { feature: smolny });
    expect(far).toMatchObject({ correct: false, partial: false });
    expect(far.message).toMatch(/km from the answer/);
  });
  it('says inside for a tap inside a polygon', () => {
    const r = scoreAnswer(
      place,
      { kind: 'place', lng: 30.05, lat: 60.05 },
      {
        feature: square,
        featureName: 'the square',
      },
    );
    expect(r).toEqual({ correct: true, partial: false, message: 'Inside the square.' });
  });
  it('scores a choice exactly', () => {
    const q: ChooseQuestion = { ...base, id: 'q2', kind: 'choose', options: ['a', 'b'], answer: 1 };
    expect(scoreAnswer(q, { kind: 'choose', option: 1 }).correct).toBe(true);
    expect(scoreAnswer(q, { kind: 'choose', option: 0 }).message).toBe(
      'Not quite: the answer is b.',
    );
  });
  it('scores a moment by time off, naming both calendars', () => {
    const answer = julianInstant('1917-10-25T10:00');
    const q: WhenQuestion = {
      ...base,
      id: 'q3',
      kind: 'when',
      answerText: '1917-10-25T10:00',
      answer,
      toleranceMin: 120,
    };
    const epoch = answer - 600 * 60_000;
    expect(scoreAnswer(q, { kind: 'when', t: 600 }, { epoch }).message).toBe(
      'Exactly: 25 Oct / 7 Nov 1917, 10:00.',
    );
    const late = scoreAnswer(q, { kind: 'when', t: 780 }, { epoch });
    expect(late).toMatchObject({ correct: false, partial: true });
    expect(late.message).toBe('3 hours late; it was 25 Oct / 7 Nov 1917, 10:00.');
  });
  it('refuses an answer of the wrong kind', () => {
    expect(scoreAnswer(place, { kind: 'choose', option: 0 }).correct).toBe(false);
  });
});

describe('formatting', () => {
  it('reads metres and minutes', () => {
    expect(formatMetres(412.4)).toBe('412 m');
    expect(formatMetres(3400)).toBe('3.4 km');
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(3 * 1440)).toBe('3 days');
  });
});
