/**
 * Fails when a file of src/ imports itself through others, or when two folders of src/lib import each
 * other (directly or around a loop). Imports are read from the source text: static `import … from`,
 * `export … from` and dynamic `import('…')` of relative paths (type-only imports count too: a cycle of
 * types is still a cycle of concepts).
 *
 * Usage: tsx scripts/lint/cycles.ts [root=src]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');
const EXT = ['.ts', '.svelte.ts', '.svelte', '.js'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|svelte|js)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The file a relative specifier names, or null when it leaves src/ or names a package. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const candidate of [
    base,
    ...EXT.map((e) => base + e),
    ...EXT.map((e) => join(base, 'index' + e)),
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Each file's imports inside src/. */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files(dir)) {
    const text = readFileSync(f, 'utf8');
    const out = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(f, m[1] ?? m[2] ?? '');
      if (target) out.add(target);
    }
    graph.set(f, [...out]);
  }
  return graph;
}

/** Strongly connected components with more than one node (or a self-loop): Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The folder graph of src/lib: an edge a → b when a file in lib/a imports one in lib/b. */
export function folderGraph(graph: Map<string, string[]>, lib: string): Map<string, string[]> {
  const folder = (f: string) => {
    const rel = relative(lib, f);
    return rel.startsWith('..') || !rel.includes('/') ? null : rel.split('/')[0]!;
  };
  const out = new Map<string, Set<string>>();
  for (const [f, deps] of graph) {
    const a = folder(f);
    if (!a) continue;
    for (const d of deps) {
      const b = folder(d);
      if (b && b !== a) out.set(a, (out.get(a) ?? new Set()).add(b));
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}

const graph = importGraph(root);
const fileCycles = cycles(graph);
const folderCycles = cycles(folderGraph(graph, join(root, 'lib')));
for (const c of fileCycles)
  console.error(`import cycle between files: ${c.map((f) => relative('.', f)).join(' ↔ ')}`);
for (const c of folderCycles)
  console.error(`import cycle between src/lib folders: ${c.join(' ↔ ')}`);
if (fileCycles.length || folderCycles.length) process.exit(1);
console.log(`no import cycle among ${graph.size} files of ${relative('.', root) || '.'}`);
