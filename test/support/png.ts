import { Resvg } from '@resvg/resvg-js';

/** The RGBA pixels of a PNG, decoded by resvg (not by our encoder) as an image inside an SVG of the same size. */
export function decodePng(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}
