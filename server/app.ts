/**
 * The atlas's own server: the built app (dist/) with compressed responses, a year's caching for the
 * files whose names carry their content's hash, revalidation for everything else (the page and the
 * service worker above all, so a new version is seen at once), and the security headers as headers.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { SECURITY_HEADERS } from './csp';
import { attachLiveClass, type LiveClassOptions } from './class';
import { MemoryClassStore } from './class-store';

export interface ServerOptions {
  /** The built app's folder. */
  root: string;
  logger?: boolean;
  /** The live class (a class store in memory unless another is given). */
  live?: Partial<LiveClassOptions>;
}

/** A file name with a content hash (Vite's `name-HASH.ext`, Workbox's `workbox-HASH.js`). */
const HASHED = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** How long a file may be kept without asking again. */
export function cacheControl(path: string): string {
  const name = path.split('?')[0] ?? path;
  if (name.startsWith('/assets/') && HASHED.test(name))
    return 'public, max-age=31536000, immutable';
  // The page, the service worker and its manifest, the essays and the geodata: kept, but asked
  // about (by ETag) each time, so that a new version is never hidden behind an old one.
  return 'no-cache';
}

/**
 * The addresses on the machine's networks at which students can reach the port the page was served
 * on (a teacher who opened `localhost` hands these out instead).
 */
export function networkOrigins(
  host: string | undefined,
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): string[] {
  const port = /:(\d{1,5})$/.exec(host ?? '')?.[1];
  const out: string[] = [];
  for (const list of Object.values(interfaces))
    for (const a of list ?? [])
      if (a.family === 'IPv4' && !a.internal)
        out.push(`http://${a.address}${port ? `:${port}` : ''}`);
  return out;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: 16 * 1024 });
  app.addHook('onSend', async (req, reply) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', cacheControl(req.url));
  });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(fastifyStatic, {
    root: resolve(opts.root),
    prefix: '/',
    // cacheControl (in the onSend hook) decides; @fastify/static would otherwise write its own.
    cacheControl: false,
    etag: true,
    lastModified: true,
    index: ['index.html'],
  });
  app.get('/api/class/health', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return { ok: true, live: true, origins: networkOrigins(req.headers.host) };
  });
  const io = attachLiveClass(app.server, { store: new MemoryClassStore(), ...opts.live });
  app.addHook('onClose', async () => {
    await io.close();
  });
  return app;
}
