import { describe, expect, it } from 'vitest';
import { OUTBOX_LIMIT, Outbox, type OutboxStorage } from '../../../src/lib/class/outbox';
import type { AnswerMessage } from '../../../src/lib/questions/answer';

const memory = (): OutboxStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const answer = (n: number): AnswerMessage => ({
  answerId: `answer-${n}-abc`,
  questionId: 'q1',
  value: { kind: 'choose', option: n % 10 },
});

describe('Outbox', () => {
  it('keeps answers given offline across a reload and sends each once when the network is back', async () => {
    const storage = memory();
    new Outbox(storage, 'KMT-PRA-XWE').add(answer(1));
    const box = new Outbox(storage, 'KMT-PRA-XWE');
    box.add(answer(2));
    box.add(answer(2));
    const sent: string[] = [];
    expect(await box.flush(async (a) => (sent.push(a.answerId), true))).toBe(2);
    expect(sent).toEqual(['answer-1-abc', 'answer-2-abc']);
    expect(await box.flush(async () => true)).toBe(0);
  });

  it('stops at the first answer not acknowledged and keeps it and the rest', async () => {
    const box = new Outbox(memory(), 'KMT-PRA-XWE');
    [1, 2, 3].forEach((n) => box.add(answer(n)));
    let calls = 0;
    expect(await box.flush(async () => ++calls === 1)).toBe(1);
    expect(box.pending().map((a) => a.answerId)).toEqual(['answer-2-abc', 'answer-3-abc']);
    expect(await box.flush(() => Promise.reject(new Error('offline')))).toBe(0);
    expect(box.pending()).toHaveLength(2);
  });

  it('ignores what storage holds that is not an answer, and keeps at most the limit', () => {
    const storage = memory();
    storage.setItem('atlas:outbox:KMT-PRA-XWE', '{not json');
    const box = new Outbox(storage, 'KMT-PRA-XWE');
    expect(box.pending()).toEqual([]);
    storage.setItem('atlas:outbox:KMT-PRA-XWE', JSON.stringify([answer(1), { evil: true }, 'x']));
    expect(box.pending()).toEqual([answer(1)]);
    for (let i = 0; i < OUTBOX_LIMIT + 10; i++) box.add(answer(i + 100));
    expect(box.pending()).toHaveLength(OUTBOX_LIMIT);
    expect(box.pending()[0]!.answerId).toBe('answer-110-abc');
  });

  it('a full storage does not throw, and the answer waits in the page', () => {
    const box = new Outbox(
      {
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      },
      'KMT-PRA-XWE',
    );
    expect(() => box.add(answer(1))).not.toThrow();
    expect(box.pending()).toEqual([answer(1)]);
  });
});
