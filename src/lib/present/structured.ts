/**
 * The dates that machines read: JSON-LD fields and the news feed's items. None of these
 * formats can mark a part of a date as inferred, so each carries only what the report states
 * (ISO 8601 allows "2021" or "2021-07"), or leaves the field out; the text a person reads
 * beside them (an item's description) gives the date as pages do, with its caveats.
 */
import type { ReportDate } from '../../schemas/shared.ts';
import { formatDateFull, fullyStated, statedIsoDate } from './format.ts';

/** A news article's `temporalCoverage`: when the reported event happened, its stated parts only. */
export function newsDateFields(d: ReportDate): { temporalCoverage?: string } {
  const stated = statedIsoDate(d);
  return stated ? { temporalCoverage: stated } : {};
}

/** An event's `startDate`: its stated parts only (an activity list's year is often inferred). */
export function eventDateFields(d: ReportDate): { startDate?: string } {
  const stated = statedIsoDate(d);
  return stated ? { startDate: stated } : {};
}

/** What the feed needs of a news item. */
export interface FeedNews {
  id: string;
  data: { title: string; summary: string; date: ReportDate };
}

/**
 * One news item in the feed. RSS 2.0's pubDate is a full RFC 822 date and time: it can neither
 * give part of a date nor mark a part as inferred, so an item carries one only when the
 * report states its year, month and day. Otherwise it has none (RSS allows that): the report's
 * own date is no substitute, as for every such item it is itself inferred or partial (the
 * Lingang report's month and day come only from a page timestamp; the Xiaoshan report's year is
 * inferred; the 2021 compilation gives no day). The description gives the date as the page
 * does, with its caveats ("2020年5月26日（年份、月份、日期为推断）").
 */
export function feedItem(n: FeedNews) {
  const d = n.data.date;
  return {
    title: n.data.title,
    link: `/news/${n.id}/`,
    ...(fullyStated(d) ? { pubDate: new Date(`${statedIsoDate(d)}T00:00:00+08:00`) } : {}),
    description: `${n.data.summary}（${formatDateFull(d)}）`,
  };
}
