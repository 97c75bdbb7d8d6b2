/** How numbers and report dates read on the page, in Chinese conventions. */
import type { FigureRecord, Qualifier } from '../../schemas/figures.ts';
import type { ReportDate } from '../../schemas/shared.ts';

const QUALIFIER_PREFIX: Record<Qualifier, string> = { exact: '', 'more-than': '逾', nearly: '近', about: '约' };

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** "逾2,700家", "34,840人次", "51.74%": the value as the report's wording allows. */
export function formatValue(value: number, unit: string, qualifier: Qualifier = 'exact'): string {
  return `${QUALIFIER_PREFIX[qualifier]}${number.format(value)}${unit}`;
}

export const formatNumber = (value: number) => number.format(value);

/** "2023年11月20日", "2021年7月", "4月26日" (year unknown); without the inference marker. */
export function formatDate(d: ReportDate): string {
  const [y, m, day] = d.date.split('-').map(Number);
  const year = d.unknown.includes('year') ? '' : `${y}年`;
  if (d.precision === 'year') return year || '年份未载';
  if (d.precision === 'month') return `${year}${m}月`;
  return `${year}${m}月${day}日`;
}

/** The caveat a journalist must see next to the date, or '' when everything is stated. */
export function dateCaveat(d: ReportDate): string {
  if (d.unknown.includes('year')) return '年份未载';
  if (d.inferred.length === 0) return '';
  const names = { year: '年份', month: '月份', day: '日期' } as const;
  return `${d.inferred.map((p) => names[p]).join('、')}为推断`;
}

/** Date and caveat together: "2023年11月20日（年份为推断）". */
export function formatDateFull(d: ReportDate): string {
  const caveat = dateCaveat(d);
  return caveat ? `${formatDate(d)}（${caveat}）` : formatDate(d);
}

/**
 * When a figure stands, the one way every page, card, table and chart says it: "截至" and
 * its as-of date, or the period it covers, each date with its caveat unless `caveats` is
 * false (a table that marks caveats with ＊ instead).
 */
export function standsAt(f: Pick<FigureRecord, 'id' | 'asOf' | 'period'>, { caveats = true } = {}): string {
  const date = caveats ? formatDateFull : formatDate;
  if (f.asOf) return `截至${date(f.asOf)}`;
  if (f.period) return `${date(f.period.from)}—${date(f.period.to)}`;
  throw new Error(`figure ${f.id} has neither asOf nor period`);
}

/** Whether any date part of when a figure stands is inferred or unknown. */
export const hasDateCaveat = (f: Pick<FigureRecord, 'asOf' | 'period'>) =>
  [f.asOf, f.period?.from, f.period?.to].some((d) => d !== undefined && dateCaveat(d) !== '');

/** Machine form for <time datetime>; empty where the year is unknown. */
export const isoDate = (d: ReportDate) => (d.unknown.includes('year') ? '' : d.date);

/** Shortens text to at most `max` characters, at a Chinese punctuation mark where possible. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const cut = Math.max(...['，', '。', '；', '、', '：'].map((p) => head.lastIndexOf(p)));
  return `${cut > max / 2 ? head.slice(0, cut) : head}…`;
}
