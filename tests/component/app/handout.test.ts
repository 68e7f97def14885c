import { describe, expect, it } from 'vitest';
import { HandoutPrinter } from '../../../src/app/handout.svelte';
import { Atlas } from '../../../src/lib/atlas.svelte';
import { parseEssay } from '../../../src/lib/story/parse';
import { slidesOf } from '../../../src/lib/story/slides';
import { diskFetch } from './disk-fetch';

const essay = parseEssay(`---
title: Three passages
---

The committee sat in the [Smolny](site:smolny).

The ministers waited in the [Winter Palace](site:winter-palace).

Trotsky went to [Brest-Litovsk](place:brest-litovsk).
`);

function setup() {
  const atlas = new Atlas(diskFetch, () => essay);
  const log: string[] = [];
  const printer: HandoutPrinter = new HandoutPrinter(atlas, () => slidesOf(essay), {
    allFeatures: () => atlas.allFeatures(),
    snapshot: async () => {
      log.push(`snapshot ${atlas.mapId} ${atlas.activePassageId} (${printer.preparing})`);
      return `data:image/jpeg;base64,${atlas.activePassageId}`;
    },
    print: () => {
      log.push(`print with ${printer.pages.length} pages, preparing ${printer.preparing}`);
    },
    report: (m) => log.push(`report ${m}`),
  });
  return { atlas, printer, log };
}

describe('HandoutPrinter', () => {
  it('draws each slide’s map in turn, then prints one page per slide', async () => {
    const { printer, log } = setup();
    await printer.print();
    expect(log).toEqual([
      'snapshot petrograd p-1 (Preparing the handout: map 1 of 3…)',
      'snapshot petrograd p-2 (Preparing the handout: map 2 of 3…)',
      'snapshot brest-litovsk p-3 (Preparing the handout: map 3 of 3…)',
      'print with 3 pages, preparing null',
    ]);
    expect(printer.pages.map((p) => p.image)).toEqual([
      'data:image/jpeg;base64,p-1',
      'data:image/jpeg;base64,p-2',
      'data:image/jpeg;base64,p-3',
    ]);
    expect(printer.pages[0]!.names).toEqual(['Smolny Institute']);
    expect(printer.pages[0]!.sources.length).toBeGreaterThan(0);
    expect(printer.pages[2]!.caption).toMatch(/^Brest-Litovsk/);
  });

  it('gives the reader back the map, moment, card and passage it borrowed', async () => {
    const { atlas, printer } = setup();
    await atlas.allFeatures();
    atlas.follow = false;
    atlas.showMap('petrograd');
    atlas.setTime(Date.UTC(1917, 10, 7, 14, 0));
    atlas.openCard('site:aurora');
    const before = atlas.snapshotView();
    await printer.print();
    expect(atlas.mapId).toBe('petrograd');
    expect(atlas.time).toBe(Date.UTC(1917, 10, 7, 14, 0));
    expect(atlas.selection).toBe(before.selection);
    expect(atlas.activePassageId).toBeNull();
    expect(atlas.follow).toBe(false);
  });

  it('says so, gives the view back and prints nothing when a map cannot be drawn', async () => {
    const { atlas, log } = setup();
    const printer = new HandoutPrinter(atlas, () => slidesOf(essay), {
      allFeatures: () => atlas.allFeatures(),
      snapshot: () => Promise.reject(new Error('The map is not drawn yet.')),
      print: () => log.push('print'),
      report: (m) => log.push(m),
    });
    await printer.print();
    expect(log).toEqual(['The handout could not be prepared: The map is not drawn yet.']);
    expect(printer.preparing).toBeNull();
    expect(atlas.mapId).toBe('petrograd');
  });

  it('does nothing for an essay without slides', async () => {
    const atlas = new Atlas(diskFetch, () => null);
    let printed = false;
    const printer = new HandoutPrinter(atlas, () => [], {
      allFeatures: async () => undefined,
      snapshot: async () => '',
      print: () => (printed = true),
      report: () => {},
    });
    await printer.print();
    expect(printed).toBe(false);
  });
});
