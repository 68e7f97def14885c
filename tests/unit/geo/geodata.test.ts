/** Integrity of the shipped data: every file parses, ids are unique, every feature cites sources. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Polygon } from 'geojson';
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

  it('mentions every site and every territory at least once', () => {
    const refs = new Set(essay.passages.flatMap((p) => p.refs));
    const required = [...known].filter(
      (k) => k.startsWith('sites/') || k.startsWith('territories/'),
    );
    expect(required.length).toBeGreaterThan(30);
    expect(
      required.filter(
        (k) => !refs.has(k.replace(/^sites\//, 'site:').replace(/^territories\//, 'territory:')),
      ),
    ).toEqual([]);
  });

  it('reads without warnings', () => {
    expect(essay.warnings).toEqual([]);
  });
});

describe('generated basemap', () => {
  // Regression: Eurasia's ring jumps from +180 to -180 at Chukotka; clipped as a flat polygon, the
  // jump became an edge across the world and flooded the Norwegian Sea and the Arctic with land.
  it('keeps the seas open (arctic-flooded-by-antimeridian-jump)', () => {
    const land = MAPS['brest-litovsk'].files[0]!.parse(read('brest-litovsk/land.geojson'));
    const seas: [string, [number, number]][] = [
      ['Baltic, off Gotland', [20.0, 56.5]],
      ['Gulf of Finland', [25.5, 59.9]],
      ['Gulf of Riga', [23.5, 57.6]],
      ['Norwegian Sea', [5.0, 67.0]],
      ['Barents Sea', [40.0, 69.8]],
      ['Black Sea', [34.0, 43.5]],
    ];
    for (const [name, p] of seas) {
      expect(
        land.features.some((f) => booleanPointInPolygon(p, f as Feature<Polygon>)),
        name,
      ).toBe(false);
    }
    for (const [name, p] of [
      ['Warsaw', [21.0, 52.2]],
      ['Moscow', [37.6, 55.75]],
    ] as const) {
      expect(
        land.features.some((f) => booleanPointInPolygon([...p], f as Feature<Polygon>)),
        name,
      ).toBe(true);
    }
  });

  it('matches a fresh build from world-atlas (npm run geodata:europe)', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/geodata/europe-basemap.ts', '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  }, 60_000);
});
