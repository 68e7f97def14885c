import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrDataUrl, qrSvg } from '../../../src/lib/class/qr';

describe('the QR code of the join link', () => {
  it('draws each run of dark modules as one rectangle inside a quiet zone', () => {
    // A 3 × 3 code: a full top row, a dark centre, a dark bottom-left corner.
    const dark = new Set(['0,0', '0,1', '0,2', '1,1', '2,0']);
    const svg = qrSvg({ size: 3, get: (r, c) => dark.has(`${r},${c}`) });
    const n = 3 + 2 * QUIET_ZONE;
    expect(svg).toContain(`viewBox="0 0 ${n} ${n}"`);
    expect(svg).toContain('d="M4 4h3v1h-3zM5 5h1v1h-1zM4 6h1v1h-1z"');
  });

  it('encodes a real join link as an SVG data URL', async () => {
    const url = await qrDataUrl('http://192.168.1.20:4173/?join=KMT-PRA-XWE');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    // Version 3 at level M holds 42 characters of this kind: 29 modules, plus the quiet zone.
    const side = Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(side - 2 * QUIET_ZONE).toBeGreaterThanOrEqual(29);
    // The three finder patterns: a 7-module dark run in the first row at both top corners.
    const size = side - 2 * QUIET_ZONE;
    expect(svg).toContain(`M${QUIET_ZONE} ${QUIET_ZONE}h7v1h-7z`);
    expect(svg).toContain(`M${QUIET_ZONE + size - 7} ${QUIET_ZONE}h7v1h-7z`);
  });
});
