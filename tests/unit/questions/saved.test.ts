import { describe, expect, it } from 'vitest';
import {
  answersKey,
  makeAnswerId,
  readSaved,
  writeSaved,
  type SavedAnswers,
} from '../../../src/lib/questions/saved';

const good: SavedAnswers = {
  'find-smolny': {
    answerId: 'a1b2c3d4e5',
    value: { kind: 'place', lng: 30.39, lat: 59.95 },
    result: { correct: true, partial: false, message: '40 m from Smolny Institute.' },
  },
  'first-decree': {
    answerId: 'f0f0f0f0f0',
    value: { kind: 'choose', option: 1 },
    result: { correct: true, partial: false, message: 'Right: The Decree on Peace.' },
  },
};

describe('saved answers', () => {
  it('reads back what it wrote', () => {
    expect(readSaved(writeSaved(good))).toEqual({ answers: good, damaged: false });
  });

  it('is empty and undamaged when nothing was kept', () => {
    expect(readSaved(null)).toEqual({ answers: {}, damaged: false });
  });

  it('drops a record that is not JSON or not a record of answers', () => {
    for (const text of ['{"v":1,"answers":', 'null', '[]', '{"v":2,"answers":{}}', '{"v":1}'])
      expect(readSaved(text)).toEqual({ answers: {}, damaged: true });
  });

  it('drops only the damaged answers', () => {
    const record = JSON.parse(writeSaved(good)) as { answers: Record<string, unknown> };
    record.answers['bad-id'] = { ...good['find-smolny'], answerId: 'short' };
    record.answers['bad-value'] = { ...good['find-smolny'], value: { kind: 'place', lng: 'x' } };
    record.answers['bad-result'] = { ...good['find-smolny'], result: { correct: 'yes' } };
    record.answers['Bad Question'] = good['find-smolny'];
    record.answers['not-object'] = 7;
    expect(readSaved(JSON.stringify(record))).toEqual({ answers: good, damaged: true });
  });

  it('keeps nothing but the checked parts', () => {
    const record = { v: 1, answers: { q: { ...good['first-decree'], extra: '<script>' } } };
    expect(readSaved(JSON.stringify(record)).answers.q).toEqual(good['first-decree']);
  });

  it('keys each essay apart', () => {
    expect(answersKey('default')).toBe('atlas-1917:answers:default');
    expect(answersKey('e-1')).not.toBe(answersKey('e-2'));
  });

  it('makes answer ids the live class accepts, each new', () => {
    const a = makeAnswerId();
    expect(a).toMatch(/^[A-Za-z0-9-]{8,40}$/);
    expect(makeAnswerId()).not.toBe(a);
    expect(makeAnswerId((n) => new Uint8Array(n).fill(255))).toBe('f'.repeat(32));
  });
});
