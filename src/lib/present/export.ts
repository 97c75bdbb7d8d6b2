/**
 * Figures as flat rows for CSV and JSON downloads. The field list doubles as the data
 * dictionary on /data/, so the two cannot drift apart.
 */
import { csvFormat } from 'd3';
import type { FigureRecord } from '../../schemas/figures.ts';

/** Columns of every figures download, with what each holds. */
export const FIELDS = [
  ['id', '固定编号；网址为 /figures/<id>/'],
  ['dataset', '所属数据集编号'],
  ['label', '简短名称'],
  ['value', '数值（百分比写作 134，单位为 %）'],
  ['unit', '单位，如 人次、家、万元、%'],
  ['qualifier', '原文措辞：exact 确数；more-than 逾/余/超/以上；nearly 近；about 约'],
  ['counts', '统计内容'],
  ['role', 'target 目标；achievement 已完成；fact 描述性事实'],
  ['district', '地区编号（全国性数字为空）'],
  ['organization', '机构编号（如有）'],
  ['craftsman', '人物编号（如有）'],
  ['as_of', '截至日期（YYYY、YYYY-MM 或 YYYY-MM-DD）'],
  ['as_of_precision', '截至日期的精度：day / month / year'],
  ['as_of_inferred', '截至日期中属于推断的部分（year 等），空为原文写明'],
  ['period_from', '时期起点'],
  ['period_to', '时期终点'],
  ['source', '来源报道编号；网址为 /sources/<id>/'],
  ['passage', '原文中含该数字的短句'],
  ['derivation', '报道给出的派生数的算法，如 ratio(a,b) 表示 a÷b×100'],
  ['note', '说明'],
  ['permalink', '该数字的固定网址'],
] as const;
export type Row = Record<(typeof FIELDS)[number][0], string | number>;

/** One figure as a flat row of the downloads, with its permalink on `site`. */
export function toRow(f: FigureRecord, site: string): Row {
  return {
    id: f.id,
    dataset: f.dataset,
    label: f.label,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    counts: f.counts,
    role: f.role,
    district: f.district ?? '',
    organization: f.organization ?? '',
    craftsman: f.craftsman ?? '',
    as_of: f.asOf?.date ?? '',
    as_of_precision: f.asOf?.precision ?? '',
    as_of_inferred: [...(f.asOf?.inferred ?? []), ...(f.asOf?.unknown ?? []).map((u) => `${u}-unknown`)].join(' '),
    period_from: f.period?.from.date ?? '',
    period_to: f.period?.to.date ?? '',
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
