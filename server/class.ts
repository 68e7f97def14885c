/**
 * The live class over Socket.IO (namespace `/class`), on the app's own origin. The teacher's page
 * starts a class and receives its secret; only a socket that proved the secret may drive the class.
 * Students join by code, receive the class's state at once (and again on every reconnection), and may
 * send answers and nothing else: each checked, size-limited, rate-limited and kept once.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import { readAnswer } from '../src/lib/questions/answer';
import {
  MAX_MESSAGE_BYTES,
  RATE_LIMITED,
  RateLimiter,
  SECRET,
  makeJoinCode,
  makeSecret,
  messageBytes,
  normalizeCode,
  readCommand,
  type ClassState,
} from '../src/lib/class/protocol';
import type { ClassRecord, ClassStore } from './class-store';

export type Ack = (reply: Record<string, unknown>) => void;

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const NO_CLASS = 'No class has this code: it may have ended, or a letter may be wrong.';
export const TEACHER_ONLY = 'Only the teacher’s page can do this.';
export const STUDENT_ONLY_ANSWERS = 'A student’s page can send answers and nothing else.';

interface SocketData {
  role?: 'teacher' | 'student';
  code?: string;
  limiter?: RateLimiter;
}

export interface LiveClassOptions {
  store: ClassStore;
  now?: () => number;
  /** Set up the Socket.IO server further (the Redis adapter). */
  adapter?: ServerOptions['adapter'];
}

const studentsRoom = (code: string) => `s:${code}`;
const teacherRoom = (code: string) => `t:${code}`;

export function attachLiveClass(http: HttpServer, opts: LiveClassOptions): Server {
  const io = new Server(http, {
    path: '/socket.io/',
    serveClient: false,
    // Larger frames close the connection; smaller ones past the limit get a clear refusal.
    maxHttpBufferSize: 16 * MAX_MESSAGE_BYTES,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
    ...(opts.adapter ? { adapter: opts.adapter } : {}),
  });
  const { store } = opts;
  const now = opts.now ?? Date.now;
  const ns = io.of('/class');

  const stateOf = async (rec: ClassRecord): Promise<ClassState> => ({
    code: rec.code,
    view: rec.view,
    mode: rec.mode,
    revealed: rec.revealed,
    ended: rec.ended,
    students: (await ns.in(studentsRoom(rec.code)).fetchSockets()).length,
  });
  const countChanged = async (code: string) => {
    const students = (await ns.in(studentsRoom(code)).fetchSockets()).length;
    ns.to(teacherRoom(code)).emit('students', students);
  };

  ns.on('connection', (socket: Socket) => {
    const data = socket.data as SocketData;
    const safe =
      (fn: (msg: unknown, ack: Ack) => Promise<void>) => (msg: unknown, ack?: unknown) => {
        const reply: Ack = typeof ack === 'function' ? (ack as Ack) : () => {};
        if (messageBytes(msg) > MAX_MESSAGE_BYTES)
          return reply({ ok: false, error: 'Message too large.' });
        fn(msg, reply).catch(() =>
          reply({ ok: false, error: 'The server could not do this; try again.' }),
        );
      };

    socket.on(
      'start',
      safe(async (msg, ack) => {
        // A student's connection answers and does nothing else; a teacher's drives one class.
        if (data.role === 'student') return ack({ ok: false, error: STUDENT_ONLY_ANSWERS });
        if (data.role === 'teacher')
          return ack({ ok: false, error: 'This page already teaches a class.' });
        const view = readCommand({
          type: 'view',
          view: (msg as { view?: unknown } | null)?.view ?? '',
        });
        if (!view || view.type !== 'view')
          return ack({ ok: false, error: 'That view cannot be shared.' });
        const secret = makeSecret();
        let code = makeJoinCode();
        const rec = (): ClassRecord => ({
          code,
          secretHash: hash(secret),
          view: view.view,
          mode: 'follow',
          revealed: [],
          ended: false,
          lastActive: now(),
        });
        while (!(await store.create(rec()))) code = makeJoinCode();
        data.role = 'teacher';
        data.code = code;
        await socket.join(teacherRoom(code));
        ack({ ok: true, code, secret, state: await stateOf(rec()) });
      }),
    );

    socket.on(
      'teach',
      safe(async (msg, ack) => {
        const o = (msg ?? {}) as { code?: unknown; secret?: unknown };
        const code = normalizeCode(o.code);
        const rec = code && (await store.get(code));
        if (!rec || rec.ended) return ack({ ok: false, error: NO_CLASS });
        if (
          typeof o.secret !== 'string' ||
          !SECRET.test(o.secret) ||
          !sameHash(hash(o.secret), rec.secretHash)
        )
          return ack({ ok: false, error: TEACHER_ONLY });
        data.role = 'teacher';
        data.code = rec.code;
        await socket.join(teacherRoom(rec.code));
        ack({ ok: true, state: await stateOf(rec), answers: await store.answers(rec.code) });
      }),
    );

    socket.on(
      'join',
      safe(async (msg, ack) => {
        const code = normalizeCode((msg as { code?: unknown } | null)?.code);
        const rec = code && (await store.get(code));
        if (!rec || rec.ended) return ack({ ok: false, error: NO_CLASS });
        if (data.role === 'teacher')
          return ack({ ok: false, error: 'This page is the teacher’s.' });
        data.role = 'student';
        data.code = rec.code;
        data.limiter ??= new RateLimiter(undefined, undefined, now());
        await socket.join(studentsRoom(rec.code));
        ack({ ok: true, state: await stateOf(rec) });
        await countChanged(rec.code);
      }),
    );

    socket.on(
      'command',
      safe(async (msg, ack) => {
        if (data.role !== 'teacher' || !data.code) return ack({ ok: false, error: TEACHER_ONLY });
        const cmd = readCommand(msg);
        if (!cmd) return ack({ ok: false, error: 'That command was not understood.' });
        const rec = await store.get(data.code);
        if (!rec || rec.ended) return ack({ ok: false, error: NO_CLASS });
        rec.lastActive = now();
        if (cmd.type === 'view') rec.view = cmd.view;
        else if (cmd.type === 'mode') rec.mode = cmd.mode;
        else if (cmd.type === 'reveal' && !rec.revealed.includes(cmd.questionId))
          rec.revealed.push(cmd.questionId);
        else if (cmd.type === 'end') rec.ended = true;
        await store.put(rec);
        const state = await stateOf(rec);
        ns.to(studentsRoom(rec.code)).emit('state', state);
        ack({ ok: true, state });
      }),
    );

    socket.on(
      'answer',
      safe(async (msg, ack) => {
        if (data.role !== 'student' || !data.code || !data.limiter)
          return ack({ ok: false, error: 'Join a class to answer.' });
        const answer = readAnswer(msg);
        if (!answer) return ack({ ok: false, error: 'That answer was not understood.' });
        if (!data.limiter.take(now())) return ack({ ok: false, error: RATE_LIMITED });
        const added = await store.addAnswer(data.code, answer);
        if (added) ns.to(teacherRoom(data.code)).emit('answer', answer);
        ack({ ok: true, duplicate: !added });
      }),
    );

    socket.on('disconnect', () => {
      if (data.role === 'student' && data.code) void countChanged(data.code);
    });
  });
  return io;
}
