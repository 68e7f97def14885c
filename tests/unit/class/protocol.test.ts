import { describe, expect, it } from 'vitest';
import {
  CODE_ALPHABET,
  CODE_BITS,
  IDLE_EXPIRY_MS,
  RateLimiter,
  SECRET,
  expired,
  makeJoinCode,
  makeSecret,
  messageBytes,
  normalizeCode,
  readCommand,
  readView,
} from '../../../src/lib/class/protocol';

describe('join codes', () => {
  it('carry at least 30 bits, in three groups of letters without look-alikes', () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(30);
    for (const c of 'IOL0158SBZ') expect(CODE_ALPHABET).not.toContain(c);
    for (let i = 0; i < 200; i++)
      expect(makeJoinCode()).toMatch(/^[ACDEFGHJKMNPRTUVWXY]{3}(-[ACDEFGHJKMNPRTUVWXY]{3}){2}$/);
  });

  it('are drawn without bias: bytes past the last whole multiple of the alphabet are skipped', () => {
    // 19 × 13 = 247: a byte of 247 or more would favour the first letters, so it is thrown away.
    const bytes = [255, 250, 247, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const code = makeJoinCode((n) => new Uint8Array(n).map((_, i) => bytes[i] ?? 0));
    expect(code).toBe('ACD-EFG-HJK');
  });

  it('are hard to guess: 2,000 codes are all different', () => {
    expect(new Set(Array.from({ length: 2000 }, () => makeJoinCode())).size).toBe(2000);
  });

  it('are read however they were typed, and anything else is refused', () => {
    expect(normalizeCode('kmt pra xwe')).toBe('KMT-PRA-XWE');
    expect(normalizeCode(' KMT.PRA.XWE ')).toBe('KMT-PRA-XWE');
    expect(normalizeCode('KMTPRAXWE')).toBe('KMT-PRA-XWE');
    for (const bad of ['KMT-PRA', 'KMT-PRA-XWO', 'KMT-PRA-XW1', '', 'x'.repeat(1000), 42, null, {}])
      expect(normalizeCode(bad)).toBeNull();
  });

  it('the teacher secret is 256 random bits in base64url', () => {
    const s = makeSecret();
    expect(s).toMatch(SECRET);
    expect(makeSecret()).not.toBe(s);
  });
});

describe('teacher commands', () => {
  it('are rebuilt from their checked parts only', () => {
    expect(readCommand({ type: 'view', view: '?map=petrograd&slide=3#p-12', extra: 'x' })).toEqual({
      type: 'view',
      view: '?map=petrograd&slide=3#p-12',
    });
    expect(readCommand({ type: 'mode', mode: 'explore' })).toEqual({
      type: 'mode',
      mode: 'explore',
    });
    expect(readCommand({ type: 'reveal', questionId: 'q-smolny' })).toEqual({
      type: 'reveal',
      questionId: 'q-smolny',
    });
    expect(readCommand({ type: 'end' })).toEqual({ type: 'end' });
  });

  it('hostile or malformed messages are refused', () => {
    const cyclic: Record<string, unknown> = { type: 'view' };
    cyclic.view = cyclic;
    const hostile: unknown[] = [
      null,
      undefined,
      'view',
      [],
      cyclic,
      { type: 'view', view: 'javascript:alert(1)' },
      { type: 'view', view: '?map=<script>' },
      { type: 'view', view: '?a=1\n#x' },
      { type: 'view', view: `?map=${'a'.repeat(700)}` },
      { type: 'view', view: 42 },
      { type: 'mode', mode: 'chaos' },
      { type: 'reveal', questionId: '../../etc' },
      { type: 'reveal', questionId: 'Q'.repeat(65) },
      { type: '__proto__' },
      { type: 'end', pad: 'x'.repeat(2000) },
      JSON.parse('{"__proto__":{"type":"end"}}'),
    ];
    for (const m of hostile) expect(readCommand(m)).toBeNull();
  });

  it('views are queries and fragments of the address', () => {
    expect(readView('')).toBe('');
    expect(readView('#p-3')).toBe('#p-3');
    expect(readView('https://elsewhere.example/')).toBeNull();
  });

  it('measures messages in bytes of JSON, and unwritable ones as endless', () => {
    expect(messageBytes({ a: 'é' })).toBe(10);
    expect(messageBytes(undefined)).toBe(Infinity);
    expect(messageBytes({ n: 1n })).toBe(Infinity);
  });
});

describe('expiry and rate limit', () => {
  it('a class idle for more than a day has expired', () => {
    expect(expired(0, IDLE_EXPIRY_MS)).toBe(false);
    expect(expired(0, IDLE_EXPIRY_MS + 1)).toBe(true);
  });

  it('allows a burst, then one answer per refill period', () => {
    const r = new RateLimiter(3, 1000, 0);
    expect([r.take(0), r.take(0), r.take(0), r.take(0)]).toEqual([true, true, true, false]);
    expect(r.take(500)).toBe(false);
    expect(r.take(1000)).toBe(true);
    expect(r.take(1000)).toBe(false);
    // A clock that goes back gives nothing away.
    expect(r.take(-50_000)).toBe(false);
    expect(r.take(100_000)).toBe(true);
  });
});
