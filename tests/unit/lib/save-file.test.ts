// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveTextFile } from '../../../src/lib/save-file';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('saveTextFile', () => {
  it('hands the browser the text under its name and type, then lets the address go', () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const made = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:atlas/1';
    });
    const revoked = vi.fn();
    Object.assign(URL, { createObjectURL: made, revokeObjectURL: revoked });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    saveTextFile('results.csv', 'a,b\r\n1,2\r\n', 'text/csv;charset=utf-8');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('results.csv');
    expect(clicked[0]!.href).toBe('blob:atlas/1');
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    expect(blobs[0]!.size).toBe('a,b\r\n1,2\r\n'.length);
    expect(revoked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoked).toHaveBeenCalledWith('blob:atlas/1');
  });
});
