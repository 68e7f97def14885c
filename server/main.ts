/**
 * `npm run serve`: serves the built app (dist/) on PORT (4173 by default) and HOST (every address of
 * the machine by default, so that students on the classroom's network can reach it).
 */
import { buildServer } from './app';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '0.0.0.0';
const root = process.env.ATLAS_DIST ?? 'dist';

const app = await buildServer({ root, logger: process.env.LOG === '1' });
await app.listen({ port, host });
console.log(`Atlas 1917 is served on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void app.close().then(() => process.exit(0)));
