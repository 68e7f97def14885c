/**
 * `npm run bench:live`: one teacher and 300 Socket.IO clients as students, first on one server
 * process, then on two processes sharing the class through Redis (teacher on one, students on the
 * other). Measures the time from the teacher's slide change to the last student receiving it (p50,
 * p95 over the rounds), the answers accepted per second, and the server's memory per student.
 *
 * Usage: npm run bench:live [-- --students=300 --rounds=40]; needs a built dist/ and, for the second
 * part, /usr/bin/redis-server. Ports 4356–4359.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { io as connect, type Socket } from 'socket.io-client';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const STUDENTS = arg('students', 300);
const ROUNDS = arg('rounds', 40);
const REDIS_PORT = 4359;

const children: ChildProcess[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function serve(
  port: number,
  redis: boolean,
): { child: ChildProcess; memory: () => Promise<number[]> } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ATLAS_BENCH: '1',
  };
  if (redis) env.REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const waiting: ((m: number[]) => void)[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.startsWith('memory ')) {
        const m = JSON.parse(line.slice(7)) as { rss: number; heapUsed: number };
        waiting.shift()?.([m.rss, m.heapUsed]);
      }
    }
  });
  return {
    child,
    memory: () =>
      new Promise((r) => {
        waiting.push(r);
        child.kill('SIGUSR2');
      }),
  };
}

async function healthy(port: number) {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/class/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(100);
  }
  throw new Error(`the server on ${port} did not start`);
}

const open = (port: number) =>
  connect(`http://127.0.0.1:${port}/class`, { transports: ['websocket'], forceNew: true });
const call = (s: Socket, ev: string, msg?: unknown) =>
  s.timeout(20_000).emitWithAck(ev, msg) as Promise<Record<string, unknown>>;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function run(
  label: string,
  teacherPort: number,
  studentPort: number,
  memory: () => Promise<number[]>,
) {
  const teacher = open(teacherPort);
  const started = await call(teacher, 'start', { view: '?map=petrograd' });
  const code = started.code as string;
  const before = await memory();
  const students: Socket[] = [];
  for (let i = 0; i < STUDENTS; i += 50)
    students.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(50, STUDENTS - i) }, async () => {
          const s = open(studentPort);
          const r = await call(s, 'join', { code });
          if (!r.ok) throw new Error(String(r.error));
          return s;
        }),
      )),
    );
  await sleep(500);
  const after = await memory();

  // Slide changes: from the teacher's emit to the last student's receipt (one clock: this process).
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const view = `?map=petrograd&slide=${round + 1}`;
    const t0 = performance.now();
    const got = students.map(
      (s) =>
        new Promise<number>((r) => {
          const on = (st: { view: string }) => {
            if (st.view !== view) return;
            s.off('state', on);
            r(performance.now());
          };
          s.on('state', on);
        }),
    );
    teacher.emit('command', { type: 'view', view });
    latencies.push(Math.max(...(await Promise.all(got))) - t0);
    await sleep(50);
  }

  // Answers: every student sends its burst allowance at once; accepted = relayed to the teacher.
  const perStudent = 5;
  const total = STUDENTS * perStudent;
  let relayed = 0;
  const all = new Promise<void>((r) =>
    teacher.on('answer', () => {
      if (++relayed === total) r();
    }),
  );
  const t0 = performance.now();
  students.forEach((s, i) => {
    for (let k = 0; k < perStudent; k++)
      s.emit('answer', {
        answerId: `${label.length}-${i}-${k}-bench`,
        questionId: 'q1',
        value: { kind: 'choose', option: k },
      });
  });
  await all;
  const seconds = (performance.now() - t0) / 1000;

  for (const s of [...students, teacher]) s.close();
  return {
    setup: label,
    students: STUDENTS,
    rounds: ROUNDS,
    slideP50ms: +quantile(latencies, 0.5).toFixed(1),
    slideP95ms: +quantile(latencies, 0.95).toFixed(1),
    answersPerSecond: Math.round(total / seconds),
    rssPerStudentKB: +((after[0]! - before[0]!) / STUDENTS / 1024).toFixed(1),
    heapPerStudentKB: +((after[1]! - before[1]!) / STUDENTS / 1024).toFixed(1),
  };
}

const results = [];
try {
  const one = serve(4356, false);
  await healthy(4356);
  results.push(await run('one process', 4356, 4356, one.memory));
  one.child.kill('SIGTERM');

  if (existsSync('/usr/bin/redis-server')) {
    children.push(
      spawn(
        '/usr/bin/redis-server',
        ['--port', String(REDIS_PORT), '--save', '', '--appendonly', 'no'],
        {
          stdio: 'ignore',
        },
      ),
    );
    await sleep(300);
    serve(4357, true);
    const b = serve(4358, true);
    await Promise.all([healthy(4357), healthy(4358)]);
    results.push(await run('two processes + Redis', 4357, 4358, b.memory));
  } else console.log('(no /usr/bin/redis-server: the two-process part is skipped)');
} finally {
  for (const c of children) c.kill('SIGTERM');
}
console.table(results);
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
process.exit(0);
