/**
 * Citations of a page of this site. GB/T 7714—2015 cites an online resource as
 * "主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径." — the access date is the
 * citer's, so it stays a placeholder (filled in by the copy button) and builds stay
 * reproducible.
 */
import { SITE_TITLE } from '../../consts.ts';
import type { ReportDate } from '../../schemas/shared.ts';
import { formatDate } from './format.ts';

/** Shown in place of the access date until the reader's own date is filled in. */
const ACCESS_DATE_PLACEHOLDER = '引用日期';

/**
 * The GB/T 7714 and APA citations of the page at `url` titled `title`, dated `published` if
 * given: an ISO date of the site's own (a commit date, all stated), or a reported date part
 * by part (a news item's), whose inferred parts are [bracketed] as in `reportCitation` and
 * whose unknown parts are left out (no year, no date). `inferred` says whether the text
 * carries a bracketed part, for the note beside it. The access date is left as a
 * placeholder for the reader.
 */
export function citation({ title, url, published }: { title: string; url: string; published?: string | ReportDate | undefined }) {
  const dated = typeof published === 'string' ? published !== '' : published?.year !== undefined;
  const gbtDate = !dated ? '' : typeof published === 'string' ? published : citedDate(published!, 'gbt');
  const apaYear = !dated
    ? 'n.d.'
    : typeof published === 'string'
      ? published.slice(0, 4)
      : published!.inferred.includes('year')
        ? `[${published!.year}]`
        : String(published!.year);
  const gbt = `${SITE_TITLE}. ${title}[EB/OL]. ${gbtDate ? `(${gbtDate})` : ''}[${ACCESS_DATE_PLACEHOLDER}]. ${url}.`;
  const apa = `${SITE_TITLE}. (${apaYear}). ${title}. Retrieved [${ACCESS_DATE_PLACEHOLDER}], from ${url}`;
  const inferred = dated && typeof published !== 'string' && published!.inferred.length > 0;
  return { gbt, apa, inferred };
}

/** A report's date in a citation: inferred parts in [brackets], as GB/T 7714 marks a presumed year; an unknown year said so. */
function citedDate(d: ReportDate, style: 'gbt' | 'apa'): string {
  const mark = (part: 'year' | 'month' | 'day', text: string) => (d.inferred.includes(part) ? `[${text}]` : text);
  if (d.year === undefined) {
    const known = formatDate(d);
    return style === 'gbt' ? `[出版年不详]${known ? `（原文只记${known}）` : ''}` : `n.d.${known ? `；原文只记${known}` : ''}`;
  }
  if (style === 'gbt') {
    return [
      mark('year', String(d.year)),
      ...(d.month ? [mark('month', String(d.month).padStart(2, '0'))] : []),
      ...(d.day && d.month ? [mark('day', String(d.day).padStart(2, '0'))] : []),
    ].join('-');
  }
  return `${mark('year', `${d.year}年`)}${d.month ? mark('month', `${d.month}月`) : ''}${d.day && d.month ? mark('day', `${d.day}日`) : ''}`;
}

/**
 * The GB/T 7714 ([N], a newspaper report) and APA citations of one of the source reports:
 * its byline, title, outlet and date as known, with inferred or unknown parts marked in the
 * citation text itself.
 */
export function reportCitation(r: { title: string; byline: string[]; outlet?: string | undefined; date: ReportDate }) {
  const authors = r.byline.length > 0 ? r.byline.join(', ') : (r.outlet ?? '[责任者不详]');
  const outlet = r.outlet ?? '[出版者不详]';
  const gbt = `${authors}. ${r.title}[N]. ${outlet}, ${citedDate(r.date, 'gbt')}.`;
  const apa = `${r.byline.length > 0 ? r.byline.join(', ') : outlet}. (${citedDate(r.date, 'apa')}). ${r.title}. ${outlet}.`;
  return { gbt, apa };
}
