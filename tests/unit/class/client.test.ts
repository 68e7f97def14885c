import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_ANSWERS,
  joinCodeIn,
  joinLink,
  readAnswers,
  readHealth,
  readState,
  studentView,
  withoutJoin,
} from '../../../src/lib/class/client';

const state = {
  code: 'KMT-PRA-XWE',
  view: '?map=petrograd&slide=3#p-12',
  mode: 'follow',
  revealed: ['q-smolny'],
  students: 3,
  ended: false,
};

describe('the class state a page receives', () => {
  it('is rebuilt from its checked parts only', () => {
    expect(readState({ ...state, extra: '<script>' })).toEqual(state);
  });
  it('is refused whole when its code, view, mode or end is wrong', () => {
    expect(readState(null)).toBeNull();
    expect(readState('state')).toBeNull();
    expect(readState({ ...state, code: 'NOPE' })).toBeNull();
    expect(readState({ ...state, view: 'javascript:alert(1)' })).toBeNull();
    expect(readState({ ...state, view: '?map="><img src=x>' })).toBeNull();
    expect(readState({ ...state, mode: 'drive' })).toBeNull();
    expect(readState({ ...state, ended: 'no' })).toBeNull();
  });
  it('drops what it cannot use in the parts that may be partly wrong', () => {
    expect(
      readState({ ...state, students: -4, revealed: ['ok-1', 7, 'Not OK', 'x'.repeat(65)] }),
    ).toMatchObject({ students: 0, revealed: ['ok-1'] });
  });
});

describe('the answers a teacher’s page receives', () => {
  const a = { answerId: 'a-0123456789', questionId: 'q1', value: { kind: 'choose', option: 1 } };
  it('keeps each checked answer once', () => {
    expect(
      readAnswers([a, a, { ...a, answerId: 'x' }, 'junk', { ...a, answerId: 'a-9876543210' }]),
    ).toEqual([a, { ...a, answerId: 'a-9876543210' }]);
    expect(readAnswers('nope')).toEqual([]);
  });
  it('keeps at most MAX_ANSWERS', () => {
    const many = Array.from({ length: MAX_ANSWERS + 5 }, (_, i) => ({
      ...a,
      answerId: `a-${String(i).padStart(10, '0')}`,
    }));
    expect(readAnswers(many)).toHaveLength(MAX_ANSWERS);
  });
});

describe('the view a student is shown', () => {
  it('is the teacher’s without the slide and the projector theme', () => {
    expect(studentView('?map=petrograd&slide=3&theme=projector&t=1917-11-07T08:00#p-12')).toBe(
      '?map=petrograd&t=1917-11-07T08%3A00#p-12',
    );
    expect(studentView('?slide=1')).toBe('');
    expect(studentView('#p-3')).toBe('#p-3');
    expect(studentView('')).toBe('');
  });
});

describe('the join link', () => {
  it('is the page’s own address when students can reach it', () => {
    expect(
      joinLink(
        { origin: 'https://atlas.school.org', hostname: 'atlas.school.org' },
        'KMT-PRA-XWE',
        ['http://10.0.0.5:4173'],
      ),
    ).toBe('https://atlas.school.org/?join=KMT-PRA-XWE');
  });
  it('is the machine’s address on the network when the teacher opened localhost', () => {
    expect(
      joinLink({ origin: 'http://localhost:4173', hostname: 'localhost' }, 'KMT-PRA-XWE', [
        'http://192.168.1.20:4173',
      ]),
    ).toBe('http://192.168.1.20:4173/?join=KMT-PRA-XWE');
    expect(
      joinLink({ origin: 'http://127.0.0.1:4173', hostname: '127.0.0.1' }, 'KMT-PRA-XWE', []),
    ).toBe('http://127.0.0.1:4173/?join=KMT-PRA-XWE');
  });
});

describe('the server’s health check', () => {
  it('offers a live class only when it says so, with addresses that are addresses', () => {
    expect(
      readHealth({ ok: true, live: true, origins: ['http://10.0.0.5:4173', 'x"><b>', 7] }),
    ).toEqual({ live: true, origins: ['http://10.0.0.5:4173'] });
    expect(readHealth({ ok: true })).toEqual({ live: false, origins: [] });
    // The copy the build ships for static hosting says there is no live class.
    const shipped: unknown = JSON.parse(readFileSync('public/api/class/health', 'utf8'));
    expect(readHealth(shipped)).toEqual({ live: false, origins: [] });
    expect(readHealth('<html>')).toEqual({ live: false, origins: [] });
    expect(readHealth(null)).toEqual({ live: false, origins: [] });
  });
});

describe('a join address', () => {
  it('gives its code in its one written form, or says it is not one', () => {
    expect(joinCodeIn('?join=kmt-pra-xwe')).toBe('KMT-PRA-XWE');
    expect(joinCodeIn('?join=KMT%20PRA%20XWE&map=petrograd')).toBe('KMT-PRA-XWE');
    expect(joinCodeIn('?join=<script>')).toBe('invalid');
    expect(joinCodeIn('?map=petrograd')).toBeNull();
  });
  it('is written without its join parameter once joined', () => {
    expect(withoutJoin('?join=KMT-PRA-XWE&map=petrograd')).toBe('?map=petrograd');
    expect(withoutJoin('?join=KMT-PRA-XWE')).toBe('');
  });
});
