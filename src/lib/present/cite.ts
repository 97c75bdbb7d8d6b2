/**
 * Citations of a page of this site. GB/T 7714—2015 cites an online resource as
 * "主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径." — the access date is the
 * citer's, so it stays a placeholder (filled in by the copy button) and builds stay
 * reproducible.
 */
import { SITE_TITLE } from '../../consts.ts';

/** Shown in place of the access date until the reader's own date is filled in. */
const ACCESS_DATE_PLACEHOLDER = '引用日期';

/**
 * The GB/T 7714 and APA citations of the page at `url` titled `title`, published on
 * `published` (ISO date) if given; the access date is left as a placeholder for the reader.
 */
export function citation({ title, url, published }: { title: string; url: string; published?: string | undefined }) {
  const date = published ? `(${published})` : '';
  const gbt = `${SITE_TITLE}. ${title}[EB/OL]. ${date}[${ACCESS_DATE_PLACEHOLDER}]. ${url}.`;
  const apa = `${SITE_TITLE}. (${published ? published.slice(0, 4) : 'n.d.'}). ${title}. Retrieved [${ACCESS_DATE_PLACEHOLDER}], from ${url}`;
  return { gbt, apa };
}
