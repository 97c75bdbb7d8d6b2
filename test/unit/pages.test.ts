/** Listings in pages: which page numbers a pager shows, and how figure tables are packed into pages. */
import { describe, expect, it } from 'vitest';
import { CARDS_PER_PAGE, packPages, pageHref, pagerPages, ROWS_PER_PAGE } from '../../src/lib/present/pages.ts';

describe('pager', () => {
  it('page 1 is the listing’s own address; later pages sit under it', () => {
    expect(pageHref('/craftsmen/', 1)).toBe('/craftsmen/');
    expect(pageHref('/craftsmen/district/minhang/', 3)).toBe('/craftsmen/district/minhang/3/');
  });

  it('shows every page of a short list', () => {
    expect(pagerPages(4, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('shows the first, the last and two either side of the current page of a long one', () => {
    expect(pagerPages(1, 417)).toEqual([1, 2, 3, 417]);
    expect(pagerPages(200, 417)).toEqual([1, 198, 199, 200, 201, 202, 417]);
    expect(pagerPages(417, 417)).toEqual([1, 415, 416, 417]);
  });

  it('keeps a page a few dozen entries long', () => {
    expect(CARDS_PER_PAGE).toBeLessThanOrEqual(48);
    expect(ROWS_PER_PAGE).toBeLessThanOrEqual(60);
  });
});

describe('packing figure tables', () => {
  const group = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}${i}`);

  it('keeps datasets whole where they fit, in order', () => {
    const pages = packPages([group('a', 30), group('b', 20), group('c', 15)], 60);
    expect(pages.map((p) => p.length)).toEqual([50, 15]);
    expect(pages.flat()).toEqual([...group('a', 30), ...group('b', 20), ...group('c', 15)]);
  });

  it('cuts a dataset larger than a page into page-sized parts, and never makes a page longer than the limit', () => {
    const pages = packPages([group('a', 10), group('b', 130), group('c', 5)], 60);
    expect(pages.map((p) => p.length)).toEqual([10, 60, 60, 15]);
    expect(pages.flat()).toHaveLength(145);
  });

  it('gives one empty page for nothing, so the listing still exists', () => {
    expect(packPages([], 60)).toEqual([[]]);
  });
});
