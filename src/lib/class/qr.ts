/**
 * The join link as a QR code, drawn as an SVG image (one path of dark squares with a quiet zone of
 * four modules), for the teacher's screen and the projector. The encoder (`qrcode`) loads only when a
 * class starts.
 */

/** The modules of a QR code: `size` × `size`, dark where `get` is true. */
export interface QrModules {
  size: number;
  get(row: number, col: number): boolean | number;
}

/** The light border every reader needs around a code, in modules. */
export const QUIET_ZONE = 4;

/** An SVG drawing of the modules: dark squares on a light ground, scaled by its viewBox. */
export function qrSvg(m: QrModules, dark = '#000', light = '#fff'): string {
  const n = m.size + 2 * QUIET_ZONE;
  let d = '';
  for (let r = 0; r < m.size; r++) {
    // Runs of dark modules along a row become one rectangle each.
    let c = 0;
    while (c < m.size) {
      if (!m.get(r, c)) {
        c++;
        continue;
      }
      const from = c;
      while (c < m.size && m.get(r, c)) c++;
      d += `M${from + QUIET_ZONE} ${r + QUIET_ZONE}h${c - from}v1h${from - c}z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges">` +
    `<rect width="${n}" height="${n}" fill="${light}"/><path d="${d}" fill="${dark}"/></svg>`
  );
}

/** The QR code of `text` (medium error correction: readable from the back of a room) as a data URL. */
export async function qrDataUrl(text: string): Promise<string> {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(modules))}`;
}
