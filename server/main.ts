/**
 * `npm run serve`: serves the built app (dist/) on PORT (4173 by default) and HOST (every address of
 * the machine by default, so that students on the classroom's network can reach it).
 */
import { Redis } from 'ioredis';
import { createAdapter } from '@socket.io/redis-adapter';
import { buildServer } from './app';
import { RedisClassStore } from './class-store';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '0.0.0.0';
const root = process.env.ATLAS_DIST ?? 'dist';

// With REDIS_URL, every process shares the classes: their state in Redis, their messages through
// the Socket.IO Redis adapter.
const redisUrl = process.env.REDIS_URL;
const live = redisUrl
  ? (() => {
      const pub = new Redis(redisUrl);
      const sub = pub.duplicate();
      return { store: new RedisClassStore(pub), adapter: createAdapter(pub, sub) };
    })()
  : {};
const app = await buildServer({ root, logger: process.env.LOG === '1', live });
await app.listen({ port, host });
console.log(`Atlas 1917 is served on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
// The live bench (scripts/bench/live.ts) asks the process for its memory, after a collection.
if (process.env.ATLAS_BENCH === '1')
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    console.log(`memory ${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed })}`);
  });
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    // Open sockets get two seconds to close.
    setTimeout(() => process.exit(0), 2000).unref();
    void app.close().then(() => process.exit(0));
  });
