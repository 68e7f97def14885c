import { describe, expect, it } from 'vitest';
import {
  LiveClass,
  NO_SERVER,
  VIEW_SEND_MS,
  type ClassSocket,
  type LiveClassHost,
} from '../../../src/app/live-class.svelte';
import { RATE_LIMITED } from '../../../src/lib/class/protocol';

const CODE = 'KMT-PRA-XWE';
const SECRET = 'S'.repeat(43);
const state = (over: Record<string, unknown> = {}) => ({
  code: CODE,
  view: '?map=petrograd#p-1',
  mode: 'follow',
  revealed: [],
  students: 0,
  ended: false,
  ...over,
});

/** A class server played by hand: each call is answered by `reply`, events are pushed with `emit`. */
function fakeServer(reply: (ev: string, msg: unknown) => Record<string, unknown> | Error) {
  const calls: [string, unknown][] = [];
  const handlers = new Map<string, ((p: unknown) => void)[]>();
  let closed = 0;
  const socket: ClassSocket = {
    on: (ev, fn) => handlers.set(ev, [...(handlers.get(ev) ?? []), fn]),
    call: async (ev, msg) => {
      calls.push([ev, msg]);
      const r = reply(ev, msg);
      if (r instanceof Error) throw r;
      return r;
    },
    close: () => void closed++,
  };
  const emit = (ev: string, p?: unknown) => handlers.get(ev)?.forEach((fn) => fn(p));
  return { socket, calls, emit, closed: () => closed };
}

function fakeHost(socket: ClassSocket | null, session = new Map<string, string>()) {
  const timers: (() => void)[] = [];
  const local = new Map<string, string>();
  const host: LiveClassHost = {
    connect: async () => {
      if (!socket) throw new Error('offline');
      return socket;
    },
    health: async () => ({ ok: true, live: true, origins: ['http://192.168.1.20:4173'] }),
    whenOnline: async () => {},
    session: {
      getItem: (k) => session.get(k) ?? null,
      setItem: (k, v) => void session.set(k, v),
      removeItem: (k) => void session.delete(k),
    },
    local: { getItem: (k) => local.get(k) ?? null, setItem: (k, v) => void local.set(k, v) },
    page: { origin: 'http://localhost:4173', hostname: 'localhost' },
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => {},
  };
  const runTimers = () => timers.splice(0).forEach((f) => f());
  return { host, session, local, runTimers };
}

const answer = (id: string, option = 1) => ({
  answerId: `a-${id.padStart(10, '0')}`,
  questionId: 'q-vote',
  value: { kind: 'choose' as const, option },
});

describe('the teacher’s page', () => {
  it('starts a class, hands out the network address, and sends its view once it rests', async () => {
    const server = fakeServer((ev, msg) =>
      ev === 'start'
        ? { ok: true, code: CODE, secret: SECRET, state: state() }
        : { ok: true, state: state({ view: (msg as { view?: string }).view ?? '?' }) },
    );
    const { host, session, runTimers } = fakeHost(server.socket);
    const live = new LiveClass(host);
    await live.check();
    expect(live.available).toBe(true);
    expect(await live.start('?map=petrograd#p-1')).toBe(true);
    server.emit('connect');
    expect(live.role).toBe('teacher');
    expect(live.link).toBe('http://192.168.1.20:4173/?join=KMT-PRA-XWE');
    expect(JSON.parse(session.get('atlas:class:teacher')!)).toEqual({ code: CODE, secret: SECRET });

    live.view('?map=petrograd#p-2');
    live.view('?map=petrograd#p-3');
    expect(server.calls.filter(([e]) => e === 'command')).toHaveLength(0);
    runTimers();
    await Promise.resolve();
    expect(server.calls.filter(([e]) => e === 'command')).toEqual([
      ['command', { type: 'view', view: '?map=petrograd#p-3' }],
    ]);
    expect(VIEW_SEND_MS).toBeLessThanOrEqual(200);
  });

  it('counts students, keeps each answer once and refuses what is not an answer', async () => {
    const server = fakeServer(() => ({ ok: true, code: CODE, secret: SECRET, state: state() }));
    const live = new LiveClass(fakeHost(server.socket).host);
    await live.start('');
    server.emit('students', 3);
    server.emit('students', -1);
    server.emit('answer', answer('1'));
    server.emit('answer', answer('1'));
    server.emit('answer', { ...answer('2'), value: { kind: 'choose', option: '<b>' } });
    expect(live.students).toBe(3);
    expect(live.answers).toEqual([answer('1')]);
  });

  it('takes its class back after a reload, with the answers it missed', async () => {
    const session = new Map([
      ['atlas:class:teacher', JSON.stringify({ code: CODE, secret: SECRET })],
    ]);
    const server = fakeServer((ev) =>
      ev === 'teach'
        ? { ok: true, state: state({ students: 2 }), answers: [answer('1'), answer('2')] }
        : { ok: false },
    );
    const live = new LiveClass(fakeHost(server.socket, session).host);
    await live.resume();
    expect(server.calls[0]).toEqual(['teach', { code: CODE, secret: SECRET }]);
    expect(live.role).toBe('teacher');
    expect(live.students).toBe(2);
    expect(live.answers.map((a) => a.answerId)).toEqual([
      answer('1').answerId,
      answer('2').answerId,
    ]);
  });

  it('ends the class for everyone and forgets its secret', async () => {
    const server = fakeServer((ev, msg) =>
      ev === 'start'
        ? { ok: true, code: CODE, secret: SECRET, state: state() }
        : { ok: true, state: state({ ended: (msg as { type: string }).type === 'end' }) },
    );
    const { host, session } = fakeHost(server.socket);
    const live = new LiveClass(host);
    await live.start('');
    expect(await live.explore()).toBe(true);
    expect(await live.end()).toBe(true);
    expect(live.ended).toBe(true);
    expect(session.has('atlas:class:teacher')).toBe(false);
    expect(server.closed()).toBe(1);
  });

  it('says so when the server cannot be reached, and offers nothing on static hosting', async () => {
    const live = new LiveClass(fakeHost(null).host);
    expect(await live.start('')).toBe(false);
    expect(live.problem).toBe(NO_SERVER);
    const h = fakeHost(null).host;
    const stat = new LiveClass({ ...h, health: async () => Promise.reject(new Error('404')) });
    await stat.check();
    expect(stat.available).toBe(false);
  });

  it('asks the server only once the device is on a network', async () => {
    let online: () => void = () => {};
    let asked = 0;
    const h = fakeHost(null).host;
    const live = new LiveClass({
      ...h,
      whenOnline: () => new Promise<void>((done) => (online = done)),
      health: async () => {
        asked += 1;
        return { ok: true, live: true, origins: [] };
      },
    });
    const checked = live.check();
    await Promise.resolve();
    expect(asked).toBe(0);
    online();
    await checked;
    expect(asked).toBe(1);
    expect(live.available).toBe(true);
  });
});

describe('a student’s page', () => {
  it('joins by code and is shown the teacher’s view, as a reader would see it', async () => {
    let current = state({ view: '?map=petrograd&slide=2&theme=projector#p-4' });
    const server = fakeServer(() => ({ ok: true, state: current }));
    const live = new LiveClass(fakeHost(server.socket).host);
    const shown: string[] = [];
    live.show = (v) => shown.push(v);
    expect(await live.join('kmt pra xwe')).toBe(true);
    expect(live.role).toBe('student');
    expect(shown).toEqual(['?map=petrograd#p-4']);

    // The teacher moves on; then lets the class explore (nothing is shown), then brings it back.
    server.emit('state', state({ view: '?map=brest-litovsk#p-9' }));
    server.emit('state', state({ view: '?map=brest-litovsk#p-9', mode: 'explore' }));
    server.emit('state', state({ view: '?map=brest-litovsk#p-10', mode: 'explore' }));
    server.emit('state', state({ view: '?map=brest-litovsk#p-10' }));
    expect(shown).toEqual([
      '?map=petrograd#p-4',
      '?map=brest-litovsk#p-9',
      '?map=brest-litovsk#p-10',
    ]);

    // A state of another class, or a forged one, changes nothing.
    server.emit('state', { ...state({ view: '?map=petrograd#p-1' }), code: 'AAA-AAA-AAA' });
    server.emit('state', { view: '<img src=x onerror=alert(1)>' });
    expect(shown).toHaveLength(3);

    // A lost connection: on reconnecting the page joins again and gets the current view at once.
    current = state({ view: '?map=petrograd#p-20' });
    server.emit('disconnect');
    expect(live.online).toBe(false);
    server.emit('connect');
    await new Promise((r) => setTimeout(r));
    expect(shown.at(-1)).toBe('?map=petrograd#p-20');
  });

  it('keeps an answer given offline and sends it once when the network returns', async () => {
    const sent: unknown[] = [];
    let down = true;
    const server = fakeServer((ev, msg) => {
      if (ev === 'answer') {
        if (down) return new Error('timeout');
        sent.push(msg);
        return { ok: true, duplicate: false };
      }
      return { ok: true, state: state() };
    });
    const { host, local } = fakeHost(server.socket);
    const live = new LiveClass(host);
    await live.join(CODE);
    live.answer(answer('1'));
    await new Promise((r) => setTimeout(r));
    expect(live.waiting).toBe(1);
    expect(local.get(`atlas:outbox:${CODE}`)).toContain(answer('1').answerId);

    down = false;
    server.emit('connect');
    await new Promise((r) => setTimeout(r, 5));
    expect(sent).toEqual([answer('1')]);
    expect(live.waiting).toBe(0);
    server.emit('connect');
    await new Promise((r) => setTimeout(r, 5));
    expect(sent).toHaveLength(1);
  });

  it('waits and sends again when the server says too many at once', async () => {
    let refuse = true;
    const sent: unknown[] = [];
    const server = fakeServer((ev, msg) => {
      if (ev !== 'answer') return { ok: true, state: state() };
      if (refuse) return { ok: false, error: RATE_LIMITED };
      sent.push(msg);
      return { ok: true };
    });
    const { host, runTimers } = fakeHost(server.socket);
    const live = new LiveClass(host);
    await live.join(CODE);
    server.emit('connect');
    live.answer(answer('1'));
    await new Promise((r) => setTimeout(r));
    expect(live.waiting).toBe(1);
    refuse = false;
    runTimers();
    await new Promise((r) => setTimeout(r));
    expect(sent).toHaveLength(1);
    expect(live.waiting).toBe(0);
  });

  it('says what is wrong with a code, and when a class does not exist', async () => {
    const server = fakeServer(() => ({ ok: false, error: 'No class has this code.' }));
    const live = new LiveClass(fakeHost(server.socket).host);
    expect(await live.join('<script>')).toBe(false);
    expect(live.problem).toMatch(/is not a class code/);
    expect(server.calls).toHaveLength(0);
    expect(await live.join(CODE)).toBe(false);
    expect(live.problem).toBe('No class has this code.');
    expect(live.role).toBeNull();
  });

  it('cannot drive the class: its page has no way to send a view or a reveal', async () => {
    const server = fakeServer(() => ({ ok: true, state: state() }));
    const live = new LiveClass(fakeHost(server.socket).host);
    await live.join(CODE);
    live.view('?map=brest-litovsk');
    expect(await live.reveal('q-vote')).toBe(false);
    expect(await live.explore()).toBe(false);
    expect(server.calls.map(([e]) => e)).toEqual(['join']);
  });
});
