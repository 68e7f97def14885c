/**
 * The essay tools on the command line.
 *   npm run --silent essay -- link FILE [--json]   proposes links to map features
 *   npm run essay -- check FILE                    reports unknown features and unlinked places
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readEssay, lineAt } from '../../src/lib/story/import';
import { decodeEssayFile } from '../../src/lib/story/plain';
import { linkEssay } from '../../src/lib/story/linker';
import { parseRef } from '../../src/lib/story/refs';
import { gazetteerOf } from '../../src/lib/story/gazetteer';
import { linkableFeatures } from './geodata';

const USAGE = `Usage:
  npm run --silent essay -- link FILE [--json]
  npm run essay -- check FILE`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const [command, file, ...rest] = process.argv.slice(2);
if (!command || !file || !['link', 'check'].includes(command)) fail(USAGE);

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (e) {
  fail(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
}
const features = linkableFeatures();
const gazetteer = gazetteerOf(features.values());
let essay;
try {
  essay = readEssay(decodeEssayFile(bytes, basename(file)), basename(file));
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}

/** The feature's English name (not its longer 1917 description). */
function englishName(ref: string): string | undefined {
  const f = features.get(ref);
  const name = (f?.feature.properties as { name?: { en?: string } } | null)?.name;
  return name?.en ?? f?.name;
}

if (command === 'link') {
  const links = linkEssay(essay, gazetteer).map((p) => {
    const ref = parseRef(p.ref)!;
    return {
      passage: p.passage,
      start: p.start,
      end: p.end,
      text: p.text,
      feature: ref.id,
      name: englishName(p.ref) ?? ref.id,
      layer: ref.source,
      confidence: p.confidence,
      why: p.why ?? '',
    };
  });
  if (rest.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify({ passages: essay.passages.length, links }, null, 2)}\n`,
    );
  } else {
    for (const l of links)
      process.stdout.write(
        `passage ${l.passage} [${l.start}–${l.end}] “${l.text}” → ${l.layer}:${l.feature} (${l.name}), ${Math.round(l.confidence * 100)} %: ${l.why}\n`,
      );
    process.stdout.write(`${links.length} links proposed in ${essay.passages.length} passages.\n`);
  }
} else {
  const errors: string[] = [];
  const warnings: string[] = essay.warnings.map((w) => `warning: ${w}`);
  for (const p of essay.passages) {
    let at = 0;
    for (const run of p.inlines) {
      if (run.kind === 'feature' && !features.has(run.ref))
        errors.push(
          `${file}:${lineAt(essay, p.index, at)}: error: “${run.text}” links to ${run.ref}, which no map has.`,
        );
      at += run.text.length;
    }
  }
  for (const p of linkEssay(essay, gazetteer))
    warnings.push(
      `${file}:${lineAt(essay, p.passage, p.start)}: warning: “${p.text}” names ${englishName(p.ref)} (${p.ref}) but is not linked.`,
    );
  for (const line of [...errors, ...warnings]) process.stdout.write(`${line}\n`);
  process.stdout.write(
    `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} in ${essay.passages.length} passages.\n`,
  );
  process.exit(errors.length ? 1 : 0);
}
