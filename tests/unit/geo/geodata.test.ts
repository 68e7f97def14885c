/** Integrity of the shipped data: every file parses, ids are unique, every feature cites sources. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_IDS, MAPS } from '../../../src/lib/map/maps';
import { parseEssay } from '../../../src/lib/story/parse';
import { parseRef } from '../../../src/lib/story/refs';

const read = (file: string): unknown => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));

describe.each(MAP_IDS.flatMap((m) => MAPS[m].files.map((f) => [m, f] as const)))(
  '%s: geodata/%s',
  (mapId, file) => {
    const layer = file.parse(read(file.file));

    it('parses against its schema', () => {
      expect(layer.features.length).toBeGreaterThan(0);
    });

    it('lies inside the extent of its map', () => {
      const [w, s, e, n] = MAPS[mapId].extent;
      for (const f of layer.features) {
        if (f.geometry.type !== 'Point') continue;
        const [x, y] = f.geometry.coordinates as [number, number];
        expect(x >= w && x <= e && y >= s && y <= n, `${String(f.id)} at ${x},${y}`).toBe(true);
      }
    });

    it('gives every linkable feature its own sources', () => {
      if (!file.linkable) return;
      for (const f of layer.features) {
        const props = f.properties as { sources: unknown[] };
        expect(props.sources.length, String(f.id)).toBeGreaterThan(0);
      }
    });
  },
);

describe('the default essay', () => {
  const essay = parseEssay(readFileSync('public/essays/default.md', 'utf8'));
  const known = new Set(
    MAP_IDS.flatMap((m) =>
      MAPS[m].files
        .filter((f) => f.linkable)
        .flatMap((f) =>
          f
            .parse(read(f.file))
            .features.map((x) => `${f.source}/${(x.properties as { id: string }).id}`),
        ),
    ),
  );

  it('links only to features that exist', () => {
    const refs = essay.passages.flatMap((p) => p.refs);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const parsed = parseRef(ref)!;
      expect(known.has(`${parsed.source}/${parsed.id}`), ref).toBe(true);
    }
  });

  it('reads without warnings', () => {
    expect(essay.warnings).toEqual([]);
  });
});

describe('generated basemap', () => {
  it('matches a fresh build from world-atlas (npm run geodata:europe)', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/geodata/europe-basemap.ts', '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  }, 60_000);
});
