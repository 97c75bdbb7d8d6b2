/**
 * Images drawn at build time are written as palette PNGs when that loses nothing: the
 * pixels decoded (by resvg, not by our encoder) equal the drawing's, the file is smaller,
 * and an image that a palette cannot hold keeps resvg's own encoding.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/images/png-encode.ts';
import { decodePng as decode } from '../support/png.ts';

/** A drawing like the build's: a paper ground, a red band and seal, a ring and a rule, antialiased. */
const DRAWING =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#faf7f1"/><rect width="1200" height="18" fill="#a8321f"/><rect x="77" y="230" width="132" height="132" rx="10" fill="#a8321f"/><circle cx="600" cy="315" r="120" fill="none" stroke="#1f2a30" stroke-width="7"/><path d="M300 500 L900 560" stroke="#4a565d" stroke-width="3"/></svg>';

const colourType = (png: Buffer) => png[25];

describe('PNG encoding', () => {
  it('writes an opaque drawing as a palette PNG with exactly the drawn pixels, in fewer bytes', () => {
    const drawn = new Resvg(DRAWING).render();
    const png = encodePng(drawn);
    expect(colourType(png)).toBe(3);
    expect(png.length).toBeLessThan(drawn.asPng().length / 2);
    expect(decode(png, 1200, 630).equals(drawn.pixels)).toBe(true);
  });

  it('gives the same bytes for the same pixels', () => {
    expect(encodePng(new Resvg(DRAWING).render()).equals(encodePng(new Resvg(DRAWING).render()))).toBe(true);
  });

  it('keeps resvg’s encoding for transparency or more than 256 colours', () => {
    const transparent = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="10" height="10" fill="red"/></svg>',
    ).render();
    expect(encodePng(transparent).equals(transparent.asPng())).toBe(true);
    const stops = '<stop offset="0" stop-color="#000"/><stop offset="1" stop-color="#fff"/>';
    const gradient = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><linearGradient id="g">${stops}</linearGradient><linearGradient id="h" x2="0" y2="1"><stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="#00f"/></linearGradient><rect width="300" height="300" fill="url(#h)"/><rect width="300" height="300" fill="url(#g)" opacity="0.5"/></svg>`,
    ).render();
    expect(encodePng(gradient).equals(gradient.asPng())).toBe(true);
    expect(colourType(encodePng(gradient))).toBe(6);
  });

  it('holds exactly 256 colours in a palette and gives up at the 257th', () => {
    // A 16 × 17 image of `n` distinct opaque colours (the rest repeat the last).
    const image = (n: number) => {
      const pixels = Buffer.alloc(16 * 17 * 4);
      for (let i = 0; i < 16 * 17; i++) {
        const c = Math.min(i, n - 1);
        pixels.set([c & 255, c >> 8, 200, 255], i * 4);
      }
      return { width: 16, height: 17, pixels, asPng: () => Buffer.from('resvg') };
    };
    const full = image(256);
    const png = encodePng(full);
    expect(colourType(png)).toBe(3);
    expect(decode(png, 16, 17).equals(full.pixels)).toBe(true);
    expect(encodePng(image(257)).toString()).toBe('resvg');
  });
});
