import { describe, expect, it } from 'vitest';
import { gregorianInstant, lineAt, statusAt, type StatusChange } from '../../../src/lib/time/peace';

const estonia: StatusChange[] = [
  { date: '1918-02-24', julian: null, status: 'independent', note: '' },
  { date: '1917-12-15', julian: '1917-12-02', status: 'russian', note: '' },
  { date: '1918-02-25', julian: null, status: 'occupied', note: '' },
  { date: '1918-11-11', julian: null, status: 'independent', note: '' },
];

describe('statusAt', () => {
  it('follows dated changes in order, whatever their order in the data', () => {
    expect(statusAt(estonia, gregorianInstant('1918-01-15'))).toBe('russian');
    expect(statusAt(estonia, gregorianInstant('1918-02-24'))).toBe('independent');
    expect(statusAt(estonia, gregorianInstant('1918-03-03'))).toBe('occupied');
    expect(statusAt(estonia, gregorianInstant('1918-11-30'))).toBe('independent');
  });

  it('takes the first known status before any change', () => {
    expect(statusAt(estonia, gregorianInstant('1917-12-01'))).toBe('russian');
    expect(statusAt([], 0)).toBe('russian');
  });
});

describe('lineAt', () => {
  const lines = [
    { id: 'b', date: '1918-02-25' },
    { id: 'a', date: '1918-02-18' },
    { id: 'c', date: '1918-03-03' },
  ];
  it('picks the latest line not after the date', () => {
    expect(lineAt(lines, gregorianInstant('1918-02-01'))).toBeNull();
    expect(lineAt(lines, gregorianInstant('1918-02-20'))?.id).toBe('a');
    expect(lineAt(lines, gregorianInstant('1918-02-25'))?.id).toBe('b');
    expect(lineAt(lines, gregorianInstant('1918-06-01'))?.id).toBe('c');
  });
});
