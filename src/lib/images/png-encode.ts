/**
 * PNG encoding for the images resvg draws at build time (the long images and the charts'
 * PNGs; takumi encodes the share cards itself, og-image.ts). resvg writes every image as
 * 32-bit RGBA, but a drawing on an opaque ground with few colours, antialiasing included
 * (a share card had under a hundred when resvg drew them), is as an 8-bit palette image
 * exactly the same pixels in under half the bytes (tested), at zlib's default level (level 9
 * saves another 15 % at three times the time). Images are copied into the site on every build
 * and fetched by every chat app that previews a link.
 * An image with transparency or more than 256 colours keeps resvg's own encoding.
 */
import { crc32, deflateSync } from 'node:zlib';

/** What resvg's `render()` returns, as far as encoding needs it. */
export interface Rendered {
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Buffer;
  asPng(): Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The image as a palette PNG when every pixel is opaque and there are at most 256 colours,
 * otherwise resvg's RGBA PNG. The palette lists colours in the order they first appear, so
 * the same pixels always give the same bytes.
 */
export function encodePng(image: Rendered): Buffer {
  const { width, height, pixels } = image;
  const index = new Map<number, number>();
  // One filter-type byte (0, none: the usual choice for palette images) before each row.
  const raw = Buffer.alloc(height * (width + 1));
  // Most pixels repeat the one before (flat backgrounds): only a new colour is looked up.
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      if (pixels[p + 3] !== 255) return image.asPng();
      const rgb = (pixels[p]! << 16) | (pixels[p + 1]! << 8) | pixels[p + 2]!;
      if (rgb !== last) {
        let i = index.get(rgb);
        if (i === undefined) {
          if (index.size === 256) return image.asPng();
          i = index.size;
          index.set(rgb, i);
        }
        last = rgb;
        lastIndex = i;
      }
      raw[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per palette index
  ihdr[9] = 3; // colour type: palette
  const plte = Buffer.alloc(index.size * 3);
  for (const [rgb, i] of index) plte.writeUIntBE(rgb, i * 3, 3);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
