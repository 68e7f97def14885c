/**
 * The live class, one concern: this page's part in it, as the teacher who drives it or a student who
 * follows. It holds the connection (Socket.IO, loaded only when a class is started or joined), the
 * class's state as the server last sent it, and, for the teacher, the answers received; a student's
 * answers wait in an outbox until the server has taken them.
 *
 * The page tells it what changes (`view` for the teacher's view, `answer` for a student's answer);
 * it tells the page what to show through `show` (the teacher's view, on a student's page).
 */
import { SvelteSet } from 'svelte/reactivity';
import { readAnswer, type AnswerMessage } from '../lib/questions/answer';
import {
  joinLink,
  readAnswers,
  readHealth,
  readState,
  studentView,
  MAX_ANSWERS,
} from '../lib/class/client';
import { Outbox, type OutboxStorage } from '../lib/class/outbox';
import {
  ANSWER_REFILL_MS,
  RATE_LIMITED,
  SECRET,
  normalizeCode,
  type ClassMode,
  type ClassState,
} from '../lib/class/protocol';

/** The connection to the class server, as this module uses it. */
export interface ClassSocket {
  /** `connect`, `disconnect`, and the server's `state`, `students` and `answer`. */
  on(event: string, fn: (payload: unknown) => void): void;
  /** Sends a message and resolves with the server's reply; rejects when none comes in time. */
  call(event: string, msg: unknown): Promise<Record<string, unknown>>;
  close(): void;
}

export interface LiveClassHost {
  connect(): Promise<ClassSocket>;
  /** The server's health check's body; rejects when there is no server (static hosting). */
  health(): Promise<unknown>;
  /** Resolves at once when the device is on a network, else when it comes back on one. */
  whenOnline(): Promise<void>;
  /** The tab's own storage: the teacher's secret, the class a student is in (kept over a reload). */
  session: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** The device's storage: answers not yet sent. */
  local: OutboxStorage;
  page: { origin: string; hostname: string };
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** How long a teacher's view must rest before it is sent (a camera glide sends its end, not each frame). */
export const VIEW_SEND_MS = 120;

const TEACHER_KEY = 'atlas:class:teacher';
const STUDENT_KEY = 'atlas:class:student';
export const NO_SERVER =
  'The class server did not answer: check that this device is on the network.';

const socketIo = async (): Promise<ClassSocket> => {
  const { io } = await import('socket.io-client');
  const s = io('/class', { path: '/socket.io/' });
  // The e2e tests play a forging page through the page's own connection.
  if (__ATLAS_TEST__) (window as unknown as { __atlasClass?: unknown }).__atlasClass = s;
  return {
    on: (ev, fn) => void s.on(ev, fn),
    call: (ev, msg) => s.timeout(5000).emitWithAck(ev, msg) as Promise<Record<string, unknown>>,
    close: () => void s.close(),
  };
};

const browserHost = (): LiveClassHost => ({
  connect: socketIo,
  health: async () => {
    // Static hosting serves the built copy of this address (public/api/class/health: no live class),
    // so a page without the class server asks without an error; the class server answers it itself.
    const r = await fetch('api/class/health', { cache: 'no-store' });
    if (!r.ok) throw new Error(String(r.status));
    return r.json();
  },
  // Asking with the network off only logs an error in the console; the class can wait for it.
  whenOnline: () =>
    navigator.onLine
      ? Promise.resolve()
      : new Promise((done) => addEventListener('online', () => done(), { once: true })),
  // Read when used, not when made: the page is also drawn at build time, where none of these exist.
  get session() {
    return sessionStorage;
  },
  get local() {
    return localStorage;
  },
  get page() {
    return location;
  },
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
});

export class LiveClass {
  /** The server can hold a live class (false on static hosting: no live class is offered). */
  available = $state(false);
  role = $state<'teacher' | 'student' | null>(null);
  code = $state<string | null>(null);
  students = $state(0);
  mode = $state<ClassMode>('follow');
  /** The connection is up. */
  online = $state(false);
  ended = $state(false);
  /** What went wrong last, in plain words (cleared by the next success). */
  problem = $state<string | null>(null);
  /** A start, join or command is under way. */
  busy = $state(false);
  /** The teacher's page: the answers received, each once. */
  answers = $state.raw<AnswerMessage[]>([]);
  /** The questions whose results the teacher has revealed. */
  revealed = $state.raw<string[]>([]);
  /** A student's page: answers given but not yet taken by the server. */
  waiting = $state(0);
  /** The addresses of the server on the classroom's network. */
  origins = $state.raw<string[]>([]);

  /** The address students open to join this class. */
  readonly link: string | null = $derived.by(() =>
    this.code ? joinLink(this.#host.page, this.code, this.origins) : null,
  );

  /** Shows a view (query and fragment) on this page: set by the page, used on a student's. */
  show: (view: string) => void = () => {};

  readonly #host: LiveClassHost;
  #socket: ClassSocket | null = null;
  #connecting: Promise<ClassSocket> | null = null;
  #secret: string | null = null;
  #outbox: Outbox | null = null;
  /** The teacher's view last given, and last sent. */
  #view = '';
  #sentView = '';
  #viewTimer: unknown = null;
  /** The teacher's view a student's page last showed. */
  #shownView: string | null = null;
  #retry: unknown = null;
  #flushing = false;

  constructor(host: LiveClassHost = browserHost()) {
    this.#host = host;
  }

  /** Asks the server whether it holds live classes; a page on static hosting never offers one. */
  async check(): Promise<void> {
    await this.#host.whenOnline();
    try {
      const h = readHealth(await this.#host.health());
      this.available = h.live;
      this.origins = h.origins;
    } catch {
      this.available = false;
    }
  }

  /** After a reload: the tab was teaching or in a class; it takes its place again. */
  async resume(): Promise<void> {
    const teacher = this.#read(TEACHER_KEY);
    if (teacher) {
      const o = teacher as { code?: unknown; secret?: unknown };
      const code = normalizeCode(o.code);
      if (code && typeof o.secret === 'string' && SECRET.test(o.secret)) {
        this.code = code;
        this.#secret = o.secret;
        this.role = 'teacher';
        await this.#teach();
        return;
      }
      this.#host.session.removeItem(TEACHER_KEY);
    }
    const student = normalizeCode(this.#read(STUDENT_KEY));
    if (student) await this.join(student);
  }

  /** Starts a class showing `view`; the page becomes the teacher's. */
  async start(view: string): Promise<boolean> {
    if (this.role && !this.ended) return false;
    this.role = null;
    this.busy = true;
    try {
      const socket = await this.#connect().catch(() => null);
      const got =
        socket && (await this.#ask(socket, 'start', { view }, 'The class could not be started.'));
      if (!got) {
        if (!socket) this.problem = NO_SERVER;
        return false;
      }
      const secret = got.reply.secret;
      if (typeof secret !== 'string' || !SECRET.test(secret)) {
        this.problem = 'The class could not be started.';
        return false;
      }
      this.#secret = secret;
      this.code = got.state.code;
      this.role = 'teacher';
      this.ended = false;
      this.answers = [];
      this.#view = this.#sentView = view;
      this.#host.session.setItem(TEACHER_KEY, JSON.stringify({ code: this.code, secret }));
      this.#take(got.state);
      return true;
    } finally {
      this.busy = false;
    }
  }

  /** Joins the class a code names (typed, or from a `?join=` address); the page follows its teacher. */
  async join(text: string): Promise<boolean> {
    const code = normalizeCode(text);
    if (!code) {
      this.problem = `“${text.slice(0, 20)}” is not a class code: a code is nine letters, like KMT-PRA-XWE.`;
      return false;
    }
    if (this.role === 'teacher') return false;
    this.busy = true;
    this.code = code;
    this.#outbox = new Outbox(this.#host.local, code);
    this.waiting = this.#outbox.pending().length;
    try {
      await this.#connect();
      return await this.#rejoin();
    } catch {
      // Offline: the page keeps trying as the connection comes back.
      this.role = 'student';
      this.#host.session.setItem(STUDENT_KEY, JSON.stringify(code));
      this.problem = NO_SERVER;
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** The teacher's view changed: sent once it rests for `VIEW_SEND_MS`. */
  view(view: string): void {
    this.#view = view;
    if (this.role !== 'teacher' || this.ended || this.#viewTimer !== null) return;
    this.#viewTimer = this.#host.setTimeout(() => {
      this.#viewTimer = null;
      void this.#sendView();
    }, VIEW_SEND_MS);
  }

  /** Lets every student explore on their own. */
  explore(): Promise<boolean> {
    return this.#command({ type: 'mode', mode: 'explore' });
  }

  /** Brings every student back to the teacher's view. */
  bringBack(): Promise<boolean> {
    return this.#command({ type: 'mode', mode: 'follow' });
  }

  /** Shows the class the results of one question. */
  reveal(questionId: string): Promise<boolean> {
    return this.#command({ type: 'reveal', questionId });
  }

  /** Ends the class for everyone: its code no longer joins. */
  async end(): Promise<boolean> {
    const ok = await this.#command({ type: 'end' });
    if (ok) this.#finish();
    return ok;
  }

  /** A student leaves the class; their page is theirs again. */
  leave(): void {
    if (this.role !== 'student' && !this.ended) return;
    this.#host.session.removeItem(STUDENT_KEY);
    this.#close();
    this.role = null;
    this.code = null;
    this.problem = null;
  }

  /** A student answered a question: kept on the device, sent now or when the network is back. */
  answer(msg: AnswerMessage): void {
    if (this.role !== 'student' || !this.#outbox || this.ended) return;
    this.#outbox.add(msg);
    this.waiting = this.#outbox.pending().length;
    void this.#flush();
  }

  /** The answers the teacher has to one question. */
  answersTo(questionId: string): AnswerMessage[] {
    return this.answers.filter((a) => a.questionId === questionId);
  }

  // --- the connection ------------------------------------------------------------------------

  #connect(): Promise<ClassSocket> {
    if (this.#socket) return Promise.resolve(this.#socket);
    this.#connecting ??= this.#host.connect().then(
      (socket) => {
        this.#socket = socket;
        socket.on('connect', () => {
          this.online = true;
          // After a lost connection the page takes its place again and catches up.
          if (this.role === 'teacher') void this.#teach();
          else if (this.role === 'student') void this.#rejoin();
        });
        socket.on('disconnect', () => (this.online = false));
        socket.on('state', (s) => {
          const state = readState(s);
          if (state && state.code === this.code) this.#take(state);
        });
        socket.on('students', (n) => {
          if (this.role === 'teacher' && Number.isInteger(n) && (n as number) >= 0)
            this.students = n as number;
        });
        socket.on('answer', (a) => {
          const answer = readAnswer(a);
          if (this.role !== 'teacher' || !answer) return;
          if (this.answers.length >= MAX_ANSWERS) return;
          if (this.answers.some((x) => x.answerId === answer.answerId)) return;
          this.answers = [...this.answers, answer];
        });
        return socket;
      },
      (e: unknown) => {
        this.#connecting = null;
        throw e;
      },
    );
    return this.#connecting;
  }

  async #teach(): Promise<void> {
    if (!this.code || !this.#secret) return;
    const socket = await this.#connect().catch(() => null);
    if (!socket) {
      this.problem = NO_SERVER;
      return;
    }
    const msg = { code: this.code, secret: this.#secret };
    const got = await this.#ask(socket, 'teach', msg, 'The class could not be resumed.');
    if (!got) {
      // Refused (the class ended, or is unknown): this page no longer teaches it.
      if (this.problem !== NO_SERVER) this.#finish();
      return;
    }
    const known = new SvelteSet(this.answers.map((a) => a.answerId));
    const missed = readAnswers(got.reply.answers).filter((a) => !known.has(a.answerId));
    if (missed.length) this.answers = [...this.answers, ...missed].slice(0, MAX_ANSWERS);
    this.#take(got.state);
    // A view changed while the connection was down is sent now.
    if (this.#view && this.#view !== got.state.view) await this.#sendView();
    else this.#sentView = got.state.view;
  }

  async #rejoin(): Promise<boolean> {
    if (!this.code || !this.#socket) return false;
    const got = await this.#ask(
      this.#socket,
      'join',
      { code: this.code },
      'The class could not be joined.',
    );
    if (!got) {
      if (this.problem === NO_SERVER) {
        // Offline: the page stays in the class and joins as the connection comes back.
        this.role = 'student';
        this.#host.session.setItem(STUDENT_KEY, JSON.stringify(this.code));
        return false;
      }
      this.#host.session.removeItem(STUDENT_KEY);
      this.#close();
      this.role = null;
      this.code = null;
      return false;
    }
    const state = got.state;
    this.role = 'student';
    this.ended = false;
    this.#host.session.setItem(STUDENT_KEY, JSON.stringify(state.code));
    // Joining, or coming back after a lost connection: the current view at once.
    this.#shownView = null;
    this.#take(state);
    void this.#flush();
    return true;
  }

  /** Takes the class's state: a student following is shown the teacher's view when it changed. */
  #take(state: ClassState): void {
    const wasFollowing = this.mode === 'follow';
    this.mode = state.mode;
    this.revealed = state.revealed;
    if (this.role === 'teacher') this.students = state.students;
    if (state.ended) {
      this.#finish();
      return;
    }
    if (this.role !== 'student' || state.mode !== 'follow') return;
    if (state.view === this.#shownView && wasFollowing) return;
    this.#shownView = state.view;
    this.show(studentView(state.view));
  }

  async #sendView(): Promise<void> {
    const view = this.#view;
    if (view === this.#sentView || this.role !== 'teacher' || !this.online) return;
    const ok = await this.#command({ type: 'view', view });
    if (ok) this.#sentView = view;
  }

  async #command(cmd: Record<string, unknown>): Promise<boolean> {
    if (this.role !== 'teacher' || !this.#socket) return false;
    if (cmd.type !== 'view') this.busy = true;
    try {
      const got = await this.#ask(this.#socket, 'command', cmd, 'The class did not take this.');
      if (got) this.#take(got.state);
      return got !== null;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Sends a message and reads the class's state from the reply; when the server refuses or does not
   * answer, says why (in \`problem\`) and gives null.
   */
  async #ask(
    socket: ClassSocket,
    event: string,
    msg: unknown,
    refused: string,
  ): Promise<{ reply: Record<string, unknown>; state: ClassState } | null> {
    try {
      const reply = await socket.call(event, msg);
      const state = readState(reply.state);
      if (reply.ok === true && state) {
        this.problem = null;
        return { reply, state };
      }
      this.problem = typeof reply.error === 'string' ? reply.error : refused;
    } catch {
      this.problem = NO_SERVER;
    }
    return null;
  }

  async #flush(): Promise<void> {
    const outbox = this.#outbox;
    const socket = this.#socket;
    if (!outbox || !socket || !this.online || this.#flushing || this.role !== 'student') return;
    this.#flushing = true;
    try {
      await outbox.flush(async (a) => {
        const r = await socket.call('answer', a);
        if (r.ok === true) return true;
        if (r.error === RATE_LIMITED) {
          this.#retryLater();
          return false;
        }
        // Refused for good (the class ended, the answer is malformed): said, and not sent again.
        this.problem = `An answer was not taken: ${typeof r.error === 'string' ? r.error : 'refused'}`;
        return true;
      });
    } finally {
      this.#flushing = false;
      this.waiting = outbox.pending().length;
    }
  }

  #retryLater(): void {
    if (this.#retry !== null) return;
    this.#retry = this.#host.setTimeout(() => {
      this.#retry = null;
      void this.#flush();
    }, ANSWER_REFILL_MS);
  }

  #finish(): void {
    this.ended = true;
    this.#host.session.removeItem(TEACHER_KEY);
    this.#host.session.removeItem(STUDENT_KEY);
    this.#close();
  }

  #close(): void {
    if (this.#viewTimer !== null) this.#host.clearTimeout(this.#viewTimer);
    if (this.#retry !== null) this.#host.clearTimeout(this.#retry);
    this.#viewTimer = this.#retry = null;
    this.#socket?.close();
    this.#socket = null;
    this.#connecting = null;
    this.online = false;
  }

  #read(key: string): unknown {
    try {
      return JSON.parse(this.#host.session.getItem(key) ?? 'null');
    } catch {
      return null;
    }
  }
}
