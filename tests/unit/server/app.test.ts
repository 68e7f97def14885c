import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildServer, cacheControl, networkOrigins } from '../../../server/app';
import { CSP } from '../../../server/csp';

let root: string;
let app: FastifyInstance;
const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>Atlas</title>${' '.repeat(2000)}`);
  writeFileSync(join(root, 'sw.js'), script);
  writeFileSync(join(root, 'assets', 'index-BXgwPAmu.js'), script);
  writeFileSync(join(root, 'assets', 'plain.js'), script);
  // The build's copy of the health check, for static hosting: the server answers in its place.
  mkdirSync(join(root, 'api', 'class'), { recursive: true });
  writeFileSync(
    join(root, 'api', 'class', 'health'),
    '{ "ok": true, "live": false, "origins": [] }',
  );
  app = await buildServer({ root });
});
afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true });
});

describe('cacheControl', () => {
  it('keeps hashed assets for a year and asks again for everything else', () => {
    expect(cacheControl('/assets/index-BXgwPAmu.js')).toMatch(/immutable/);
    expect(cacheControl('/assets/maplibre-gl-worker-CZtFQQIV.mjs')).toMatch(/max-age=31536000/);
    expect(cacheControl('/assets/plain.js')).toBe('no-cache');
    expect(cacheControl('/index.html')).toBe('no-cache');
    expect(cacheControl('/sw.js')).toBe('no-cache');
    expect(cacheControl('/workbox-2fbc6a65.js')).toBe('no-cache');
  });
});

describe('the server', () => {
  it('sends the page with the CSP and the security headers as headers, never cached blindly', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain(CSP);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets as immutable, the service worker not at all without asking', async () => {
    const hashed = await app.inject({ url: '/assets/index-BXgwPAmu.js' });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const sw = await app.inject({ url: '/sw.js' });
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(sw.headers.etag).toBeTruthy();
    const again = await app.inject({
      url: '/sw.js',
      headers: { 'if-none-match': String(sw.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('compresses what is worth compressing', async () => {
    const res = await app.inject({
      url: '/assets/plain.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.rawPayload.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(res.rawPayload).toString()).toBe(script);
    const br = await app.inject({ url: '/', headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
  });

  it('answers the live class health check, uncached, and 404s with the headers too', async () => {
    const health = await app.inject({ url: '/api/class/health' });
    expect(health.json()).toMatchObject({ ok: true, live: true });
    expect(Array.isArray(health.json().origins)).toBe(true);
    expect(health.headers['cache-control']).toBe('no-store');
    const missing = await app.inject({ url: '/nothing-here.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('the addresses handed to students', () => {
  it('are the machine’s IPv4 addresses on its networks, at the port the page came from', () => {
    const nic = (address: string, internal: boolean, family = 'IPv4') =>
      ({ address, internal, family, netmask: '', mac: '', cidr: null }) as never;
    expect(
      networkOrigins('localhost:4173', {
        lo: [nic('127.0.0.1', true)],
        wlan0: [nic('192.168.1.20', false), nic('fe80::1', false, 'IPv6')],
        eth0: [nic('10.0.0.5', false)],
      }),
    ).toEqual(['http://192.168.1.20:4173', 'http://10.0.0.5:4173']);
    expect(networkOrigins(undefined, { eth0: [nic('10.0.0.5', false)] })).toEqual([
      'http://10.0.0.5',
    ]);
  });
});
