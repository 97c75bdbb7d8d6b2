/**
 * The built site as a graph of files: no broken internal link or anchor, every share image
 * a page names is there, and every entity page is reachable from the home page in at most
 * three clicks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, doc, files, pathOf } from '../support/site.ts';

const pages = new Map(files().map((f) => [pathOf(f), doc(f)]));
const targetFile = (path: string) => {
  const p = decodeURIComponent(path);
  return p.endsWith('/') ? join(DIST, p, 'index.html') : join(DIST, p);
};

function internalLinks(d: Document): string[] {
  return [...d.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => h.startsWith('/') || h.startsWith('#'));
}

describe('links', () => {
  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const [from, d] of pages) {
      for (const href of internalLinks(d)) {
        const [path, hash] = href.split('#') as [string, string | undefined];
        const to = path === '' ? from : path;
        if (!existsSync(targetFile(to))) {
          broken.push(`${from} → ${href}`);
          continue;
        }
        if (hash && to.endsWith('/')) {
          const target = pages.get(to);
          if (!target?.getElementById(decodeURIComponent(hash))) broken.push(`${from} → ${href} (no such anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every person, district, organisation, studio, news item, event, figure and source is within three clicks of home', () => {
    const depth = new Map<string, number>([['/', 0]]);
    let frontier = ['/'];
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const p of frontier) {
        for (const href of internalLinks(pages.get(p)!)) {
          const path = href.split('#')[0]!;
          if (path && pages.has(path) && !depth.has(path)) {
            depth.set(path, d);
            next.push(path);
          }
        }
      }
      frontier = next;
    }
    const entities = [...pages.keys()].filter((p) =>
      /^\/(craftsmen|districts|organizations|studios|news|events|sources|figures|data|charts)\/[^/]+\/$/.test(p),
    );
    expect(entities.length).toBeGreaterThan(200);
    expect(entities.filter((p) => !depth.has(p))).toEqual([]);
  });

  it('every share image a page names is a PNG in the site: a 1200×630 card, or a chart page’s own chart; the hand-over list is gone', () => {
    const named = new Set(
      [...pages.values()].flatMap((d) => {
        const content = d.querySelector('meta[property="og:image"]')?.getAttribute('content');
        return content ? [new URL(content).pathname] : [];
      }),
    );
    expect(named.size).toBeGreaterThan(30);
    const bad = [...named].filter((path) => {
      const file = targetFile(path);
      if (!existsSync(file)) return true;
      const png = readFileSync(file);
      if (png.subarray(1, 4).toString() !== 'PNG') return true;
      // A chart page shares the chart itself, drawn at twice its width with title and source.
      if (/^\/charts\/[\w-]+\.png$/.test(path)) return png.readUInt32BE(16) < 1000;
      return png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630;
    });
    expect(bad).toEqual([]);
    expect(readdirSync(join(DIST, 'og'))).not.toContain('cards.json');
  });
});
