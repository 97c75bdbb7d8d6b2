/**
 * The address the suite's build (dist/) was made for: without SITE_URL, every link, QR code
 * and citation points where `npm start` serves it. (A build for a deployment address is
 * checked on the large generated site, test/builds/scale.test.ts, which sets SITE_URL.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREVIEW_URL } from '../../src/site-address.ts';
import { decodePageQr } from '../support/qr.ts';
import { DIST, files, PLACEHOLDER, pathOf, texts } from '../support/site.ts';

describe('the built site’s address', () => {
  it('without SITE_URL, every link, QR code and citation points where npm start serves', () => {
    const home = readFileSync(`${DIST}/index.html`, 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${PREVIEW_URL}"`);
    for (const [file, text] of texts(DIST)) expect(text, file).not.toMatch(PLACEHOLDER);
  });

  it('every QR code on a page, read as a phone reads it, leads to that page at this address', () => {
    const codes = files().flatMap((f) => {
      const read = decodePageQr(readFileSync(f, 'utf8'));
      return read ? [[pathOf(f), read] as const] : [];
    });
    expect(codes.length).toBeGreaterThanOrEqual(7);
    for (const [path, read] of codes) expect(read, path).toBe(new URL(path, PREVIEW_URL).href);
  });
});
