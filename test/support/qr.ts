/**
 * QR codes read back as a phone reads them: from the picture, not from the code that drew
 * them. An SVG code is drawn with resvg; a printed one is a page of the PDF brief, drawn by
 * poppler (pdftoppm, which scripts/ensure-system.sh installs); a PNG (a long image) is
 * decoded by resvg, as an image in an SVG. jsQR finds and decodes it.
 */
import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

function read(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): string | undefined {
  return jsQR(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height)?.data;
}

/** The text of a QR code drawn as SVG (as the pages carry it), with a quiet zone added around it. */
export function decodeSvg(svg: string): string | undefined {
  const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg) ?? [];
  if (!w || !h) throw new Error('a QR code SVG without a viewBox');
  const framed = svg.replace(/viewBox="0 0 \d+ \d+"/, `viewBox="-4 -4 ${Number(w) + 8} ${Number(h) + 8}"`);
  const image = new Resvg(framed, { background: '#ffffff', fitTo: { mode: 'width', value: 234 } }).render();
  return read(image.pixels, image.width, image.height);
}

/** The text of the QR code a built page carries (its share box), or undefined when it has none. */
export function decodePageQr(html: string): string | undefined {
  const svg = /<div class="qr">(<svg[\s\S]*?<\/svg>)/.exec(html)?.[1];
  return svg ? (decodeSvg(svg) ?? 'an unreadable QR code') : undefined;
}

/** The text of the QR code on a page of a PDF (1-based), drawn at 150 dpi. */
export function decodePdfPage(pdf: string, page: number): string | undefined {
  // Grey levels, as P5 (a binary PGM): a header of three lines, then one byte a pixel.
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '150', '-f', `${page}`, '-l', `${page}`, pdf], { maxBuffer: 1 << 28 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error(`${pdf}: pdftoppm gave no greyscale image`);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.fill(grey[i]!, i * 4, i * 4 + 3);
    rgba[i * 4 + 3] = 255;
  }
  return read(rgba, width, height);
}

/** The text of a QR code somewhere in a PNG picture. */
export function decodePng(png: Buffer): string | undefined {
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg, { background: '#ffffff' }).render();
  return read(image.pixels, image.width, image.height);
}
