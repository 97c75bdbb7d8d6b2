/** The built pages carry no markup that data could have broken out of, and no unsafe links. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsafeUrl } from '../../src/lib/content/safe-links.ts';
import { doc, files } from '../support/site.ts';

const pages = files().map((f) => ({ f, d: doc(f), html: readFileSync(f, 'utf8') }));

describe('safe output in dist/', () => {
  it('JSON-LD is one script element of valid JSON with no raw < > &', () => {
    const withLd = pages.filter(({ d }) => d.querySelector('script[type="application/ld+json"]'));
    expect(withLd.length).toBeGreaterThan(20);
    for (const { f, html } of withLd) {
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(blocks, f).toHaveLength(1);
      expect(blocks[0], f).not.toMatch(/[<>&]/);
      expect(() => JSON.parse(blocks[0]!), f).not.toThrow();
    }
  });

  it('the QR code is labelled with the page title as one attribute', () => {
    const shared = pages.filter(({ d }) => d.querySelector('.share .qr svg'));
    expect(shared.length).toBeGreaterThan(10);
    for (const { f, d } of shared) expect(d.querySelector('.share .qr svg')!.getAttribute('aria-label'), f).toMatch(/的二维码$/);
  });

  it('no link or source uses a script or data address; new-window links have rel="noopener"', () => {
    for (const { f, d } of pages) {
      for (const el of d.querySelectorAll('[href], [src], [action]')) {
        for (const attr of ['href', 'src', 'action']) {
          const v = el.getAttribute(attr);
          if (v !== null && !(el.localName === 'img' && v.startsWith('data:image/')))
            expect(unsafeUrl(v), `${f}: ${attr}=${v}`).toBe(false);
        }
      }
      for (const a of d.querySelectorAll('[target]')) {
        if (a.getAttribute('target') === '_self') continue;
        expect((a.getAttribute('rel') ?? '').split(/\s+/), `${f}: ${a.outerHTML}`).toContain('noopener');
      }
    }
  });
});
