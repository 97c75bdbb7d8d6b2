/** How numbers and report dates read on the page, in Chinese conventions. */
import type { ReportDate } from '../../schemas/shared.ts';

const QUALIFIER_PREFIX = { exact: '', 'more-than': '逾', nearly: '近', about: '约' } as const;
export type Qualifier = keyof typeof QUALIFIER_PREFIX;

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
