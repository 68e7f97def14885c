/** Draws marker images for MapLibre in the browser (canvas); the shapes themselves are data in icons.ts. */
import { shapeOutline, type IconSpec } from './icons';

/** The image for one marker, at the device's pixel ratio. */
export function rasterizeIcon(
  spec: IconSpec,
  cssSize = 18,
  ratio = 2,
): { width: number; height: number; data: Uint8ClampedArray } {
  const size = Math.round(cssSize * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas to draw map markers with.');
  const pts = shapeOutline(spec.shape, size);
  ctx.beginPath();
  pts.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
  ctx.fillStyle = spec.fill;
  ctx.fill();
  ctx.lineWidth = 1.6 * ratio;
  ctx.strokeStyle = spec.stroke;
  ctx.stroke();
  if (spec.raised) {
    // A raised span: the deck broken by a gap in the middle.
    ctx.clearRect(size / 2 - 2 * ratio, 0, 4 * ratio, size);
  }
  return { width: size, height: size, data: ctx.getImageData(0, 0, size, size).data };
}
