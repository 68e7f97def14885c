import { describe, expect, it } from 'vitest';
import { CATEGORY_LABEL, CONTROL_LABEL, STATUS_LABEL } from '../../../src/lib/story/labels';
import { SITE_CATEGORIES, TERRITORY_STATUSES, type Control } from '../../../src/lib/model/features';
import { CONTROLS } from '../../../src/lib/map/icons';

// Control has no runtime list in the model; this object fails to compile if the type gains a value.
const ALL_CONTROLS = Object.keys({
  government: true,
  mrc: true,
  contested: true,
  none: true,
} satisfies Record<Control, true>);

const tables: [string, Record<string, string>, readonly string[]][] = [
  ['CONTROL_LABEL', CONTROL_LABEL, ALL_CONTROLS],
  ['CATEGORY_LABEL', CATEGORY_LABEL, SITE_CATEGORIES],
  ['STATUS_LABEL', STATUS_LABEL, TERRITORY_STATUSES],
];

describe.each(tables)('%s', (_, labels, codes) => {
  it('labels every code, and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('gives %s a non-empty label without stray spaces', (code) => {
    const label = labels[code];
    expect(typeof label).toBe('string');
    expect(label!.trim()).toBe(label);
    expect(label!.length).toBeGreaterThan(0);
  });

  it('gives different codes different labels (legend rows must be told apart)', () => {
    const values = Object.values(labels);
    expect(new Set(values).size).toBe(values.length);
  });

  it('starts each label with a capital, as the legend shows them', () => {
    for (const label of Object.values(labels)) expect(label).toMatch(/^\p{Lu}/u);
  });
});

describe('CONTROL_LABEL', () => {
  it('covers the controls the markers are drawn for', () => {
    expect(Object.keys(CONTROL_LABEL).sort()).toEqual([...CONTROLS].sort());
  });

  it('names the two sides of October in full', () => {
    expect(CONTROL_LABEL.mrc).toBe('Military Revolutionary Committee');
    expect(CONTROL_LABEL.government).toBe('Provisional Government');
  });
});
