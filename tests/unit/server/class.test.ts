import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../server/app';
import { NO_CLASS, STUDENT_ONLY_ANSWERS, TEACHER_ONLY } from '../../../server/class';

const PORT = 4350;
let app: FastifyInstance;
const sockets: Socket[] = [];

const open = () => {
  const s = connect(`http://127.0.0.1:${PORT}/class`, {
    transports: ['websocket'],
    forceNew: true,
  });
  sockets.push(s);
  return s;
};
const call = (s: Socket, ev: string, msg?: unknown) =>
  s.timeout(3000).emitWithAck(ev, msg) as Promise<Record<string, unknown>>;
const next = <T>(s: Socket, ev: string) => new Promise<T>((r) => s.once(ev, r));

beforeAll(async () => {
  app = await buildServer({ root: 'public' });
  await app.listen({ port: PORT, host: '127.0.0.1' });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await app.close();
});

describe('a live class over Socket.IO', () => {
  it('the teacher drives, students follow and answer, and only the teacher can drive', async () => {
    const teacher = open();
    const started = await call(teacher, 'start', { view: '?map=petrograd#p-1' });
    expect(started.ok).toBe(true);
    const code = started.code as string;
    expect(code).toMatch(/^[A-Z]{3}-[A-Z]{3}-[A-Z]{3}$/);

    const student = open();
    const counted = next<number>(teacher, 'students');
    const joined = await call(student, 'join', { code: code.toLowerCase().replaceAll('-', ' ') });
    expect(joined).toMatchObject({
      ok: true,
      state: { view: '?map=petrograd#p-1', mode: 'follow' },
    });
    expect(await counted).toBe(1);

    const seen = next<{ view: string }>(student, 'state');
    expect(
      (await call(teacher, 'command', { type: 'view', view: '?map=brest-litovsk&slide=2' })).ok,
    ).toBe(true);
    expect((await seen).view).toBe('?map=brest-litovsk&slide=2');

    // A student's page forging the teacher's commands is refused, and nothing changes.
    expect(await call(student, 'command', { type: 'view', view: '?map=petrograd' })).toEqual({
      ok: false,
      error: TEACHER_ONLY,
    });
    expect(await call(student, 'command', { type: 'reveal', questionId: 'q1' })).toMatchObject({
      ok: false,
    });
    // Nor can it start a class of its own on the same connection.
    expect(await call(student, 'start', { view: '' })).toEqual({
      ok: false,
      error: STUDENT_ONLY_ANSWERS,
    });
    expect(await call(student, 'teach', { code, secret: 'A'.repeat(43) })).toEqual({
      ok: false,
      error: TEACHER_ONLY,
    });

    // Answers reach the teacher once, however often they are sent; malformed ones are refused.
    const got: unknown[] = [];
    teacher.on('answer', (a) => got.push(a));
    const answer = {
      answerId: 'dev-1-abcdef',
      questionId: 'q1',
      value: { kind: 'choose', option: 2 },
    };
    expect(await call(student, 'answer', answer)).toEqual({ ok: true, duplicate: false });
    expect(await call(student, 'answer', answer)).toEqual({ ok: true, duplicate: true });
    expect(await call(student, 'answer', { ...answer, answerId: 'x' })).toMatchObject({
      ok: false,
    });
    expect(await call(student, 'answer', { pad: 'x'.repeat(5000) })).toEqual({
      ok: false,
      error: 'Message too large.',
    });
    expect(await call(teacher, 'answer', answer)).toMatchObject({ ok: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual([answer]);

    // Too many answers at once are refused.
    const burst = [];
    for (let i = 0; i < 8; i++)
      burst.push(await call(student, 'answer', { ...answer, answerId: `burst-${i}-abc` }));
    expect(burst.filter((r) => r.ok === false).length).toBeGreaterThan(0);

    // A teacher who reconnects with the secret gets the class and its answers back.
    const again = open();
    const back = await call(again, 'teach', { code, secret: started.secret });
    expect(back).toMatchObject({
      ok: true,
      state: { view: '?map=brest-litovsk&slide=2', students: 1 },
    });
    expect((back.answers as unknown[]).length).toBeGreaterThanOrEqual(1);

    // A late student gets the current view at once; after the end, the code is refused.
    const late = open();
    expect(await call(late, 'join', { code })).toMatchObject({
      state: { view: '?map=brest-litovsk&slide=2' },
    });
    const ended = next<{ ended: boolean }>(student, 'state');
    expect((await call(again, 'command', { type: 'end' })).ok).toBe(true);
    expect((await ended).ended).toBe(true);
    expect(await call(open(), 'join', { code })).toEqual({ ok: false, error: NO_CLASS });
  });

  it('an unknown or malformed code gets a clear message', async () => {
    const s = open();
    expect(await call(s, 'join', { code: 'ACD-EFG-HJK' })).toEqual({ ok: false, error: NO_CLASS });
    expect(await call(s, 'join', 'nonsense')).toEqual({ ok: false, error: NO_CLASS });
    expect(await call(s, 'start', { view: 'javascript:alert(1)' })).toMatchObject({ ok: false });
  });
});
