import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/essay/cli.ts', ...args], { encoding: 'utf8' });

describe('npm run essay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'essay-cli-'));

  it('link --json prints one JSON object with every proposal', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/essay/cli.ts', 'link', 'tests/fixtures/essays/student-messy.txt', '--json'],
      { encoding: 'utf8' },
    );
    const json = JSON.parse(out) as { passages: number; links: Record<string, unknown>[] };
    expect(json.passages).toBeGreaterThan(3);
    expect(json.links.length).toBeGreaterThan(25);
    expect(Object.keys(json.links[0]!).sort()).toEqual([
      'confidence',
      'end',
      'feature',
      'layer',
      'name',
      'passage',
      'start',
      'text',
      'why',
    ]);
    const smolny = json.links.find((l) => l.feature === 'smolny');
    expect(smolny).toMatchObject({ name: 'Smolny Institute', layer: 'sites' });
  }, 30_000);

  it('check reports unknown features with their line and exits non-zero', () => {
    const file = join(dir, 'bad.md');
    writeFileSync(file, '---\ntitle: T\n---\n\nThe Smolnyi.\n\nA [ghost](site:nowhere) here.\n');
    const r = cli('check', file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}:7: error: “ghost” links to site:nowhere`);
    expect(r.stdout).toContain(`${file}:5: warning: “Smolnyi” names Smolny Institute`);
  }, 30_000);

  it('check passes a clean essay, and refuses a binary file with a message', () => {
    const ok = join(dir, 'ok.md');
    writeFileSync(ok, 'The [Smolny](site:smolny).\n');
    expect(cli('check', ok).status).toBe(0);
    const bin = join(dir, 'bin.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0, 1, 2]));
    const r = cli('link', bin);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not a text file/);
  }, 30_000);
});
