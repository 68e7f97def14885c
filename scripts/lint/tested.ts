/**
 * Fails when fewer than 80 % of the modules of src/ with runtime code have a unit test named after
 * them: a test file of the same name (`x.test.ts` or `x.svelte.test.ts` for `x.ts` or `x.svelte.ts`)
 * in a folder of the same name under tests/ (src/lib/map/sync.ts → tests/unit/map/sync.test.ts;
 * src/app/theme.svelte.ts → tests/component/app/theme.test.ts). Lists the modules without one.
 *
 * Usage: tsx scripts/lint/tested.ts [minimum=0.8]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const minimum = Number(process.argv[2] ?? 0.8);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const stem = (p: string) => basename(p).replace(/(\.svelte)?(\.test)?\.ts$/, '');
/** A module's key: its folder's name and its own name. */
const key = (p: string) => `${basename(dirname(p))}/${stem(p)}`;

/** Whether a module exports code that runs (not only types). */
const runs = (source: string) =>
  /^export\s+(const|let|function|async\s+function|class|default)\b/m.test(source) ||
  /^export\s+\{/m.test(source);

/** The entry point only mounts the app; the e2e tests run it. */
const modules = files('src').filter(
  (p) => p.endsWith('.ts') && !p.endsWith('.d.ts') && p !== join('src', 'main.ts'),
);
const runtime = modules.filter((p) => runs(readFileSync(p, 'utf8')));
const tests = new Set(
  files('tests')
    .filter((p) => p.endsWith('.test.ts'))
    .map(key),
);
const untested = runtime.filter((p) => !tests.has(key(p)));
const ratio = 1 - untested.length / runtime.length;

console.log(
  `${runtime.length - untested.length} of ${runtime.length} runtime modules of src have a unit test named after them (${(ratio * 100).toFixed(0)} %)`,
);
for (const p of untested) console.log(`  no test: ${p}`);
if (ratio < minimum) {
  console.error(`fewer than ${minimum * 100} % of the modules are tested`);
  process.exit(1);
}
