/**
 * Figures as flat rows for the downloads: CSV (UTF-8 with a BOM, Chinese column headers),
 * .xlsx and JSON (English keys). The field list doubles as the data dictionary on /data/ and
 * in every JSON download, so headers, keys and meanings cannot drift apart.
 */
import { csvFormatRows } from 'd3';
import type { FigureRecord } from '../../schemas/figures.ts';
import type { DatePart, ReportDate } from '../../schemas/shared.ts';
import { partStatus } from './format.ts';
import { type Sheet, xlsx } from './xlsx.ts';

/** One column: its machine name (JSON key), its Chinese header (CSV, .xlsx) and what it holds. */
export interface Field {
  key: string;
  header: string;
  about: string;
}

const DATE_PART_HEADER = { year: '年', month: '月', day: '日' } as const;

/** The columns of one date: each part and whether the report states it; an unknown part is blank. */
const dateFields = (prefix: string, what: string): Field[] =>
  (['year', 'month', 'day'] as const).flatMap((p) => [
    { key: `${prefix}_${p}`, header: `${what}·${DATE_PART_HEADER[p]}`, about: `${what}的${DATE_PART_HEADER[p]}；原文未载则空` },
    {
      key: `${prefix}_${p}_status`,
      header: `${what}·${DATE_PART_HEADER[p]}·来源`,
      about: 'stated 原文写明；inferred 本站推断（依据见数字页）；unknown 原文未载',
    },
  ]);

/** Columns of every figures download, in order. */
export const FIELDS: Field[] = [
  { key: 'id', header: '编号', about: '固定编号；网址为 /figures/<编号>/' },
  { key: 'label', header: '名称', about: '简短名称' },
  { key: 'value', header: '数值', about: '数值（百分比写作 134，单位为 %；原文为区间时取下限）' },
  { key: 'value_to', header: '数值上限', about: '原文为区间时的上限' },
  { key: 'wording', header: '原文写法', about: '报道中这个数字的写法，如“3.48万人次”“2.6万人次以上”' },
  { key: 'unit', header: '单位', about: '单位，如 人次、家、万元、%' },
  {
    key: 'qualifier',
    header: '限定词',
    about: 'none 无；at-least 至少（以上、不少于）；more-than 多于（逾、超、余、多）；nearly 接近（近）；about 大约（约、左右）',
  },
  { key: 'rounded_to', header: '精确到', about: '原文数字只精确到的单位（100 即百位）；空为写到个位' },
  {
    key: 'kind',
    header: '类别',
    about:
      'target 目标；achievement 实绩；stock 现有总数；count 数量；rate 完成率（可超过 100%）；share 占比（不超过 100%）；duration 时长；fact 其他事实',
  },
  { key: 'counts', header: '统计内容', about: '统计的是什么' },
  { key: 'dataset', header: '数据集', about: '所属数据集编号；网址为 /data/<编号>/' },
  { key: 'district', header: '地区', about: '地区编号（不属于某一区的为空）' },
  { key: 'organization', header: '机构', about: '机构编号（如有）' },
  { key: 'craftsman', header: '人物', about: '人物编号（如有）' },
  ...dateFields('as_of', '截至'),
  ...dateFields('period_from', '时期起'),
  ...dateFields('period_to', '时期止'),
  { key: 'source', header: '来源编号', about: '来源报道编号；网址为 /sources/<编号>/' },
  { key: 'source_title', header: '来源报道', about: '来源报道的标题（原文无标题的，为本站概括）' },
  { key: 'source_outlet', header: '媒体', about: '刊发媒体；报道未写明的为空' },
  { key: 'passage', header: '原文', about: '报道中含这个数字的短句' },
  { key: 'derivation', header: '算法', about: '报道给出的派生数的算法，如 ratio(a,b) 表示 a÷b×100' },
  { key: 'note', header: '说明', about: '说明' },
  { key: 'permalink', header: '网址', about: '这个数字的固定网址' },
];
export type Row = Record<string, string | number>;

/** A date's parts and their status as download columns; blank where there is no such date. */
function dateColumns(prefix: string, d: ReportDate | undefined): Row {
  const row: Row = {};
  for (const p of ['year', 'month', 'day'] as DatePart[]) {
    row[`${prefix}_${p}`] = d?.[p] ?? '';
    row[`${prefix}_${p}_status`] = d ? partStatus(d, p) : '';
  }
  return row;
}

/** The report a figure comes from, as a download names it. */
export interface SourceInfo {
  title: string;
  outlet?: string | undefined;
}

/** One figure as a flat row of the downloads, with its report and its permalink on `site`. */
export function toRow(f: FigureRecord, source: SourceInfo, site: string): Row {
  return {
    id: f.id,
    label: f.label,
    value: f.value,
    value_to: f.valueTo ?? '',
    wording: f.wording,
    unit: f.unit,
    qualifier: f.qualifier,
    rounded_to: f.roundedTo ?? '',
    kind: f.kind,
    counts: f.counts,
    dataset: f.dataset,
    district: f.district ?? '',
    organization: f.organization ?? '',
    craftsman: f.craftsman ?? '',
    ...dateColumns('as_of', f.asOf),
    ...dateColumns('period_from', f.period?.from),
    ...dateColumns('period_to', f.period?.to),
    source: f.source,
    source_title: source.title,
    source_outlet: source.outlet ?? '',
    passage: f.passage,
    derivation: f.derivation ? `${f.derivation.op}(${f.derivation.of.join(',')})` : '',
    note: f.note ?? '',
    permalink: new URL(`/figures/${f.id}/`, site).href,
  };
}

/** UTF-8 with a byte-order mark, so Excel and WPS open Chinese text correctly. */
export const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or return first)
 * gets a leading apostrophe, as OWASP advises; numbers are left as numbers.
 */
export const inert = (v: string | number) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** A table as CSV: BOM, Chinese headers, one line per row. */
export function tableCsv(fields: Pick<Field, 'key' | 'header'>[], rows: Row[]): string {
  return BOM + csvFormatRows([fields.map((f) => f.header), ...rows.map((r) => fields.map((f) => String(inert(r[f.key] ?? ''))))]);
}

/** A table as one sheet of an .xlsx workbook. */
export const tableSheet = (name: string, fields: Pick<Field, 'key' | 'header'>[], rows: Row[]): Sheet => ({
  name,
  header: fields.map((f) => f.header),
  rows: rows.map((r) => fields.map((f) => inert(r[f.key] ?? ''))),
});

/** The data dictionary as a sheet: header, machine name, meaning. */
export const dictionarySheet = (fields: Field[]): Sheet => ({
  name: '字段说明',
  header: ['列名', '机器名（JSON 键）', '含义'],
  rows: fields.map((f) => [f.header, f.key, f.about]),
});

/** The data dictionary for a JSON download: each key with its Chinese header and meaning. */
export const dictionary = () => Object.fromEntries(FIELDS.map((f) => [f.key, { header: f.header, about: f.about }]));

export const toCsv = (rows: Row[]) => tableCsv(FIELDS, rows);
export const toXlsx = (title: string, rows: Row[]) => xlsx([tableSheet(title, FIELDS, rows), dictionarySheet(FIELDS)]);
