/**
 * Figures as flat rows for CSV and JSON downloads. The field list doubles as the data
 * dictionary on /data/, so the two cannot drift apart.
 */
import { csvFormat } from 'd3';
import type { FigureRecord } from '../../schemas/figures.ts';
import type { DatePart, ReportDate } from '../../schemas/shared.ts';
import { partStatus } from './format.ts';

/** Columns of every figures download, with what each holds. */
export const FIELDS = [
  ['id', '固定编号；网址为 /figures/<id>/'],
  ['dataset', '所属数据集编号'],
  ['label', '简短名称'],
  ['wording', '报道原文中的数字写法，如“3.48万人次”“2.6万人次以上”'],
  ['value', '数值（百分比写作 134，单位为 %；范围取下限）'],
  ['value_to', '范围的上限（原文为区间时）'],
  ['unit', '单位，如 人次、家、万元、%'],
  ['qualifier', '原文限定词：none 无；at-least 以上/不少于；more-than 逾/超/余/多；nearly 近；about 约/左右'],
  ['rounded_to', '原文数字精确到的单位（如 100 表示只精确到百位）；空为写到个位'],
  [
    'kind',
    'target 目标；achievement 实绩；stock 现有总数；count 数量；rate 完成率（可超过 100%）；share 占比（不超过 100%）；duration 时长；fact 其他事实',
  ],
  ['counts', '统计内容'],
  ['district', '地区编号（全国性数字为空）'],
  ['organization', '机构编号（如有）'],
  ['craftsman', '人物编号（如有）'],
  ...dateFields('as_of', '截至日期'),
  ...dateFields('period_from', '时期起点'),
  ...dateFields('period_to', '时期终点'),
  ['source', '来源报道编号；网址为 /sources/<id>/'],
  ['passage', '原文中含该数字的短句'],
  ['derivation', '报道给出的派生数的算法，如 ratio(a,b) 表示 a÷b×100'],
  ['note', '说明'],
  ['permalink', '该数字的固定网址'],
] as const;
export type Row = Record<(typeof FIELDS)[number][0], string | number>;

/** The columns of one date: each part and its status; an unknown part is left blank. */
function dateFields<P extends string>(prefix: P, what: string) {
  return [
    [`${prefix}_year`, `${what}的年份（原文未载则空）`],
    [`${prefix}_year_status`, `${what}年份的来源：stated 原文写明；inferred 本站推断；unknown 原文未载`],
    [`${prefix}_month`, `${what}的月份`],
    [`${prefix}_month_status`, `${what}月份的来源`],
    [`${prefix}_day`, `${what}的日`],
    [`${prefix}_day_status`, `${what}日的来源`],
  ] as const;
}

/** A date's parts and their status as download columns; blank where there is no date. */
function dateColumns<P extends string>(prefix: P, d: ReportDate | undefined) {
  const part = (p: DatePart) => (d === undefined ? ['', ''] : [d[p] ?? '', partStatus(d, p)]);
  const [y, ys] = part('year');
  const [m, ms] = part('month');
  const [dd, ds] = part('day');
  return {
    [`${prefix}_year`]: y,
    [`${prefix}_year_status`]: ys,
    [`${prefix}_month`]: m,
    [`${prefix}_month_status`]: ms,
    [`${prefix}_day`]: dd,
    [`${prefix}_day_status`]: ds,
  } as Record<`${P}_${'year' | 'month' | 'day'}${'' | '_status'}`, string | number>;
}

/** One figure as a flat row of the downloads, with its permalink on `site`. */
export function toRow(f: FigureRecord, site: string): Row {
  return {
    id: f.id,
    dataset: f.dataset,
    label: f.label,
    wording: f.wording,
    value: f.value,
    value_to: f.valueTo ?? '',
    unit: f.unit,
    qualifier: f.qualifier,
    rounded_to: f.roundedTo ?? '',
    kind: f.kind,
    counts: f.counts,
    district: f.district ?? '',
    organization: f.organization ?? '',
    craftsman: f.craftsman ?? '',
    ...dateColumns('as_of', f.asOf),
    ...dateColumns('period_from', f.period?.from),
    ...dateColumns('period_to', f.period?.to),
    source: f.source,
    passage: f.passage,
    derivation: f.derivation ? `${f.derivation.op}(${f.derivation.of.join(',')})` : '',
    note: f.note ?? '',
    permalink: new URL(`/figures/${f.id}/`, site).href,
  };
}

/** UTF-8 with a byte-order mark, so Excel opens Chinese text correctly. */
export const BOM = '\uFEFF';
export const toCsv = (rows: Row[]) =>
  BOM +
  csvFormat(
    rows,
    FIELDS.map(([k]) => k),
  );
