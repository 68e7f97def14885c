/**
 * Two server processes sharing classes through Redis: the teacher on one, the students on the other,
 * and a process restarted mid-class loses nothing. Redis is started and stopped by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { io as connect, type Socket } from 'socket.io-client';

const REDIS_PORT = 4355;
const PORTS = [4351, 4352] as const;
const children: ChildProcess[] = [];
const sockets: Socket[] = [];
const hasRedis = existsSync('/usr/bin/redis-server');

const waitFor = async (ok: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 200; i++) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start`);
};

function serve(port: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`,
    },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}
const healthy = (port: number) =>
  waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/api/class/health`)).ok,
    `server ${port}`,
  );
const stop = (child: ChildProcess) =>
  new Promise<void>((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', () => r());
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
  });

const open = (port: number) => {
  const s = connect(`http://127.0.0.1:${port}/class`, {
    transports: ['websocket'],
    forceNew: true,
  });
  sockets.push(s);
  return s;
};
const call = (s: Socket, ev: string, msg?: unknown) =>
  s.timeout(5000).emitWithAck(ev, msg) as Promise<Record<string, unknown>>;
const next = <T>(s: Socket, ev: string) => new Promise<T>((r) => s.once(ev, r));

beforeAll(async () => {
  if (!hasRedis) return;
  const redis = spawn(
    '/usr/bin/redis-server',
    ['--port', String(REDIS_PORT), '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  children.push(redis);
  await new Promise((r) => setTimeout(r, 300));
  PORTS.forEach(serve);
  await Promise.all(PORTS.map(healthy));
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.close();
  for (const c of children.reverse())
    if (c.spawnargs[0] === '/usr/bin/redis-server') c.kill('SIGTERM');
    else await stop(c);
});

describe.skipIf(!hasRedis)('two processes and Redis', () => {
  it('a teacher on one process drives students on the other, and a restart loses nothing', async () => {
    const teacher = open(PORTS[0]);
    const started = await call(teacher, 'start', { view: '?map=petrograd' });
    const code = started.code as string;
    const students = [open(PORTS[1]), open(PORTS[1]), open(PORTS[1])];
    for (const s of students) expect(await call(s, 'join', { code })).toMatchObject({ ok: true });

    const seen = students.map((s) => next<{ view: string }>(s, 'state'));
    await call(teacher, 'command', { type: 'view', view: '?map=brest-litovsk&slide=4' });
    for (const v of await Promise.all(seen)) expect(v.view).toBe('?map=brest-litovsk&slide=4');

    const answered = next<{ answerId: string }>(teacher, 'answer');
    const answer = { answerId: 'redis-answer-1', questionId: 'q1', value: { kind: 'when', t: 90 } };
    await call(students[0]!, 'answer', answer);
    expect((await answered).answerId).toBe('redis-answer-1');
    expect(await call(students[1]!, 'answer', answer)).toEqual({ ok: true, duplicate: true });

    // The students' process is restarted: the class, its view and its answers are still there.
    const second = children.find(
      (c) => c.spawnargs.includes('server/main.ts') && children.indexOf(c) === 2,
    )!;
    await stop(second);
    serve(PORTS[1]);
    await healthy(PORTS[1]);
    const late = open(PORTS[1]);
    expect(await call(late, 'join', { code })).toMatchObject({
      state: { view: '?map=brest-litovsk&slide=4' },
    });
    const back = await call(open(PORTS[1]), 'teach', { code, secret: started.secret });
    expect(back.answers).toEqual([answer]);
  }, 60_000);
});
