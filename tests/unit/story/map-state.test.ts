import { describe, expect, it } from 'vitest';
import { parseMoment, readStateSpec, resolveStates } from '../../../src/lib/story/map-state';
import { parseEssay } from '../../../src/lib/story/parse';

const ctx = {
  mapOfRef: (ref: string) =>
    ref.startsWith('site:') ? 'petrograd' : ref.startsWith('place:') ? 'brest-litovsk' : undefined,
  initialTime: { petrograd: 1, 'brest-litovsk': 2 },
  defaultMap: 'petrograd',
};

describe('parseMoment', () => {
  it('reads both calendars and the old/new style abbreviations', () => {
    expect(parseMoment('1917-10-25 02:10 julian')).toBe(Date.UTC(1917, 10, 7, 2, 10));
    expect(parseMoment('1917-11-07T02:10 gregorian')).toBe(Date.UTC(1917, 10, 7, 2, 10));
    expect(parseMoment('1917-10-25 OS')).toBe(Date.UTC(1917, 10, 7, 12, 0));
  });
  it('refuses a moment without a calendar or with an impossible date', () => {
    expect(parseMoment('1917-10-25 02:10')).toBeNull();
    expect(parseMoment('1917-02-30 julian')).toBeNull();
    expect(parseMoment('1917-10-25 25:00 julian')).toBeNull();
  });
});

describe('readStateSpec', () => {
  const read = (v: unknown) =>
    readStateSpec(v, { mapIds: ['petrograd', 'brest-litovsk'], where: 'Line 3' });
  it('keeps what is right and says what is wrong', () => {
    const { spec, warnings } = read({
      map: 'moscow',
      time: '1917-10-25 02:10 julian',
      camera: { center: [30.3, 59.9], zoom: 13 },
      colour: 'red',
    });
    expect(spec).toEqual({
      time: Date.UTC(1917, 10, 7, 2, 10),
      camera: { kind: 'view', center: [30.3, 59.9], zoom: 13 },
    });
    expect(warnings).toEqual([
      expect.stringContaining('“colour” is not a map setting'),
      expect.stringContaining('“moscow” is not a map'),
    ]);
  });
  it('reads a list of features to fit and a play range', () => {
    const { spec, warnings } = read({
      fit: ['site:smolny', 'site:winter-palace'],
      play: '1917-10-24 21:00 julian -> 1917-10-25 10:00 julian',
    });
    expect(warnings).toEqual([]);
    expect(spec.camera).toEqual({ kind: 'fit', refs: ['site:smolny', 'site:winter-palace'] });
    expect(spec.play!.from).toBeLessThan(spec.play!.to);
  });
  it('refuses a play range that runs backwards', () => {
    expect(read({ play: '1917-10-25 julian -> 1917-10-24 julian' }).warnings).toHaveLength(1);
  });
});

describe('resolveStates', () => {
  const essay = parseEssay(`
First, the [Smolny](site:smolny).

\`\`\`map
time: 1917-10-25 02:00 julian
\`\`\`

Then [Brest](place:brest-litovsk).

A passage without links.

Back to the [Winter Palace](site:winter-palace) and the [Smolny](site:smolny).

\`\`\`map
camera: {center: [30.3, 59.9], zoom: 12}
\`\`\`
`);
  const states = resolveStates(essay.passages, ctx);

  it('takes the map from the links, the moment from the last passage that set it on that map', () => {
    expect(states.map((s) => s.map)).toEqual([
      'petrograd',
      'brest-litovsk',
      'brest-litovsk',
      'petrograd',
    ]);
    expect(states[0]!.time).toBe(Date.UTC(1917, 10, 7, 2, 0));
    expect(states[1]!.time).toBe(2);
    expect(states[3]!.time).toBe(states[0]!.time);
  });
  it('fits the linked features, keeps the camera of a passage without links, obeys a declared camera', () => {
    expect(states[0]!.camera).toEqual({ kind: 'fit', refs: ['site:smolny'] });
    expect(states[2]!.camera).toEqual(states[1]!.camera);
    expect(states[3]!.camera).toEqual({ kind: 'view', center: [30.3, 59.9], zoom: 12 });
    expect(states[3]!.highlight).toEqual(['site:winter-palace', 'site:smolny']);
  });
  it('depends only on the passages up to each one, so going back restores a state exactly', () => {
    for (let i = 0; i < states.length; i++)
      expect(resolveStates(essay.passages.slice(0, i + 1), ctx)[i]).toEqual(states[i]);
  });
});

describe('the default essay’s map blocks', () => {
  it('read without a warning, and ask only for moments their maps can show', async () => {
    const { readFileSync } = await import('node:fs');
    const { MAPS } = await import('../../../src/lib/map/maps');
    const essay = parseEssay(readFileSync('public/essays/default.md', 'utf8'));
    expect(essay.warnings).toEqual([]);
    const withState = essay.passages.filter((p) => p.state);
    expect(withState.length).toBeGreaterThan(30);
    for (const p of withState) {
      const map = MAPS[p.state!.map as keyof typeof MAPS];
      expect(map, p.id).toBeDefined();
      const { start, end } = map.timeline;
      for (const t of [p.state!.time, p.state!.play?.from, p.state!.play?.to])
        if (t !== undefined) expect(t >= start && t <= end, `${p.id} at ${t}`).toBe(true);
    }
  });
});
