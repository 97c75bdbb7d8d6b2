/** How numbers and report dates read on the page, in Chinese conventions. */
import type { FigureRecord } from '../../schemas/figures.ts';
import { DATE_PARTS, type DatePart, dateKey, type ReportDate } from '../../schemas/shared.ts';
import { DATE_STATUS_LABEL } from './labels.ts';

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export const formatNumber = (value: number) => number.format(value);

const PLACE: Record<number, string> = { 10: '十位', 100: '百位', 1000: '千位', 10000: '万位', 100000: '十万位', 1000000: '百万位' };

/**
 * How precise the report's number is, in words: "原文写到个位" or "原文为整数近似，精确到百位"
 * ("3.48万" is 34,800 to the nearest hundred).
 */
export const precisionText = (f: Pick<FigureRecord, 'roundedTo'>) =>
  f.roundedTo === null ? '原文写到个位' : `原文是约略的数，只精确到${PLACE[f.roundedTo] ?? `${formatNumber(f.roundedTo)}`}`;

/**
 * The plain number beside the report's wording, where it says something the wording does
 * not: "34,800" for "3.48万人次" (rounded), "8–15" for a range; '' when the wording is already plain.
 */
export function plainValue(f: Pick<FigureRecord, 'value' | 'valueTo' | 'unit' | 'roundedTo'>): string {
  const plain = `${formatNumber(f.value)}${f.valueTo === undefined ? '' : `–${formatNumber(f.valueTo)}`}${f.unit}`;
  return f.roundedTo === null ? '' : plain;
}

const PART_NAME: Record<DatePart, string> = { year: '年份', month: '月份', day: '日期' };

/** "2023年11月20日", "2021年7月", "4月26日" (year unknown): the known parts only, never a guessed one. */
export function formatDate(d: ReportDate): string {
  return `${d.year === undefined ? '' : `${d.year}年`}${d.month === undefined ? '' : `${d.month}月`}${d.day === undefined ? '' : `${d.day}日`}`;
}

/** The caveat a journalist must see next to the date ("年份为推断", "年份未载"), or '' when all is stated. */
export function dateCaveat(d: ReportDate): string {
  const caveats = [
    ...(d.year === undefined ? ['年份未载'] : []),
    ...(d.inferred.length > 0 ? [`${d.inferred.map((p) => PART_NAME[p]).join('、')}为推断`] : []),
  ];
  return caveats.join('；');
}

/** Whether a part of a date is stated by the report, inferred by us, or unknown. */
export function partStatus(d: ReportDate, part: DatePart): 'stated' | 'inferred' | 'unknown' {
  if (d[part] === undefined) return 'unknown';
  return d.inferred.includes(part) ? 'inferred' : 'stated';
}

const STATUS_TEXT = DATE_STATUS_LABEL;

/**
 * Each part of a date with its status, down to the finest part given: "2023年（本站推断）
 * 11月（原文写明）20日（原文写明）", "年份原文未载，4月（原文写明）26日（原文写明）".
 */
export function datePartsText(d: ReportDate): string {
  const finest = d.day !== undefined ? 3 : d.month !== undefined ? 2 : 1;
  const unit = { year: '年', month: '月', day: '日' } as const;
  return DATE_PARTS.slice(0, finest)
    .map((p) => {
      const status = partStatus(d, p);
      return status === 'unknown' ? `${PART_NAME[p]}${STATUS_TEXT.unknown}，` : `${d[p]}${unit[p]}（${STATUS_TEXT[status]}）`;
    })
    .join('');
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
  if (f.period) {
    const [from, to] = [date(f.period.from), date(f.period.to)];
    return from === to ? from : `${from}—${to}`;
  }
  throw new Error(`figure ${f.id} has neither asOf nor period`);
}

/** Whether any date part of when a figure stands is inferred or unknown. */
export const hasDateCaveat = (f: Pick<FigureRecord, 'asOf' | 'period'>) =>
  [f.asOf, f.period?.from, f.period?.to].some((d) => d !== undefined && dateCaveat(d) !== '');

/**
 * Machine form of every known part, stated or inferred ("2023-11-20", "2021-07"); '' where the
 * year is unknown. For sorting and search filters only: it cannot mark an inferred part, so
 * structured data, feeds and <time datetime> take `statedIsoDate`.
 */
export const isoDate = dateKey;

/**
 * The parts the report states, as ISO 8601 ("2021" for 2021 with an inferred month, "2020-09-11"):
 * for fields that cannot mark an inferred part (JSON-LD, <time datetime>), which then carry
 * only what is stated, never an inferred part passed off as stated. '' when the year is not
 * stated (unknown or inferred): ISO 8601 has no date without its year.
 */
export function statedIsoDate(d: ReportDate): string {
  const stated = (p: DatePart) => partStatus(d, p) === 'stated';
  if (!stated('year')) return '';
  if (!stated('month')) return String(d.year);
  const month = `${d.year}-${String(d.month).padStart(2, '0')}`;
  return stated('day') ? `${month}-${String(d.day).padStart(2, '0')}` : month;
}

/** Whether every part of a date, year, month and day, is stated by the report. */
export const fullyStated = (d: ReportDate) => DATE_PARTS.every((p) => partStatus(d, p) === 'stated');

/**
 * Orders dates oldest first by their known parts; a date whose year is unknown comes after
 * every dated one, so it never leads a "latest" list.
 */
export function compareDates(a: ReportDate, b: ReportDate): number {
  const [x, y] = [dateKey(a), dateKey(b)];
  if (x === '' || y === '') return (x === '' ? 1 : 0) - (y === '' ? 1 : 0);
  return x.localeCompare(y);
}

/** Shortens text to at most `max` characters, at a Chinese punctuation mark where possible. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const cut = Math.max(...['，', '。', '；', '、', '：'].map((p) => head.lastIndexOf(p)));
  return `${cut > max / 2 ? head.slice(0, cut) : head}…`;
}
