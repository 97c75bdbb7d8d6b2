/**
 * Listings in pages. At the site's present size every list fits on its first page and no
 * pager shows; at 10,000 profiles a list runs to hundreds of pages, each a plain pre-built
 * page that works without JavaScript.
 */

/** Cards on one page of a listing (divides into rows of 2, 3 and 4). */
export const CARDS_PER_PAGE = 24;
/** Rows on one page of a figure table. */
export const ROWS_PER_PAGE = 60;
/** What a showcase lists before it links to the full, paged listing. */
export const SHOWCASE_LIMIT = 12;

/** The address of page `n` of a listing whose first page is `first` ("/craftsmen/" → "/craftsmen/2/"). */
export const pageHref = (first: string, n: number) => (n === 1 ? first : `${first}${n}/`);

/**
 * The page numbers a pager on page `current` of `last` shows in its row: all of them up to
 * nine pages; beyond that the first, the last and two either side of the current one. A
 * longer list's first page also carries every page number in a closed <details>, and its
 * other pages link there (Pager.astro), so any page is two links (and opening that list)
 * from any other, without JavaScript.
 */
export function pagerPages(current: number, last: number): number[] {
  const near = (p: number) => last <= 9 || p === 1 || p === last || Math.abs(p - current) <= 2;
  return Array.from({ length: last }, (_, i) => i + 1).filter(near);
}

/**
 * Packs groups (a dataset's figures, say) into pages of at most `size` items, keeping each
 * group whole on one page where it fits and cutting a larger one into page-sized parts.
 */
export function packPages<T>(groups: T[][], size: number): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  for (const group of groups) {
    if (page.length > 0 && page.length + Math.min(group.length, size) > size) {
      pages.push(page);
      page = [];
    }
    for (const item of group) {
      if (page.length === size) {
        pages.push(page);
        page = [];
      }
      page.push(item);
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
