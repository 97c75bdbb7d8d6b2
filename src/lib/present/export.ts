/**
 * Figures as flat rows for the downloads: CSV (UTF-8 with a BOM, Chinese column headers),
 * .xlsx and JSON (English keys). The field list doubles as the data dictionary on /data/, in
 * every JSON download and in datapackage.json, so headers, keys, types and meanings cannot
 * drift apart. A spreadsheet reads as the pages do: each coded value has its Chinese label
 * (from labels.ts, as the pages show it) beside a column keeping the code, and each date is
 * written once as the pages write it and once as ISO 8601, before its parts.
 */
import { csvFormatRows } from 'd3';
import { LICENCE, LICENCE_LINE, SITE_TITLE } from '../../consts.ts';
import type { FigureRecord } from '../../schemas/figures.ts';
import type { DatePart, ReportDate } from '../../schemas/shared.ts';
import { citation, reportCitation } from './cite.ts';
import { formatDateFull, isoDate, partStatus, standsAt } from './format.ts';
import { DATE_STATUS_LABEL, KIND_LABEL, QUALIFIER_LABEL } from './labels.ts';
import { type Properties, type Sheet, xlsx } from './xlsx.ts';

/** One column: its machine name (JSON key), its Chinese header (CSV, .xlsx), its type and what it holds. */
export interface Field {
  key: string;
  header: string;
  about: string;
  /** The JSON type of its values (Frictionless Table Schema types); an empty number is null. */
  type: 'string' | 'number' | 'integer';
  /** What a spreadsheet shows where the value is empty (JSON keeps it empty). */
  blank?: string;
}

const DATE_PART_HEADER = { year: '年', month: '月', day: '日' } as const;
const codes = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([code, label]) => `${code} ${label}`)
    .join('；');

/**
 * The columns of one date: as the pages write it (inferred parts marked), as ISO 8601 (known
 * parts only), then each part with whether the report states it, in words and as a code.
 */
const dateFields = (prefix: string, what: string): Field[] => [
  {
    key: `${prefix}_text`,
    header: what,
    about: `${what}的日期，写法同本站页面：本站推断的部分注明“（年份为推断）”等，原文未载年份的注明“年份未载”`,
    type: 'string',
  },
  {
    key: `${prefix}_iso`,
    header: `${what}·ISO日期`,
    about: `${what}的日期，ISO 8601 格式，只含已知的部分（2023、2023-11、2023-11-20）；原文未载年份则空`,
    type: 'string',
  },
  ...(['year', 'month', 'day'] as const).flatMap((p): Field[] => [
    {
      key: `${prefix}_${p}`,
      header: `${what}·${DATE_PART_HEADER[p]}`,
      about: `${what}的${DATE_PART_HEADER[p]}；原文未载则空`,
      type: 'integer',
    },
    {
      key: `${prefix}_${p}_status_label`,
      header: `${what}·${DATE_PART_HEADER[p]}·来源`,
      about: `这一部分从何而来：${Object.values(DATE_STATUS_LABEL).join('、')}（本站推断的依据见数字页）`,
      type: 'string',
    },
    {
      key: `${prefix}_${p}_status`,
      header: `${what}·${DATE_PART_HEADER[p]}·来源代码`,
      about: `同上一列，代码：${codes(DATE_STATUS_LABEL)}`,
      type: 'string',
    },
  ]),
];

/** Columns of every figures download, in order. */
export const FIELDS: Field[] = [
  { key: 'id', header: '编号', about: '固定编号；网址为 /figures/<编号>/', type: 'string' },
  { key: 'label', header: '名称', about: '简短名称', type: 'string' },
  { key: 'value', header: '数值', about: '数值（百分比写作 134，单位为 %；原文为区间时取下限）', type: 'number' },
  { key: 'value_to', header: '数值上限', about: '原文为区间时的上限；不是区间则空（JSON 为 null）', type: 'number' },
  { key: 'wording', header: '原文写法', about: '报道中这个数字的写法，如“3.48万人次”“2.6万人次以上”', type: 'string' },
  { key: 'unit', header: '单位', about: '单位，如 人次、家、万元、%', type: 'string' },
  { key: 'qualifier_label', header: '限定词', about: `原文限定词的含义：${Object.values(QUALIFIER_LABEL).join('；')}`, type: 'string' },
  { key: 'qualifier', header: '限定词代码', about: `同上一列，代码：${codes(QUALIFIER_LABEL)}`, type: 'string' },
  {
    key: 'rounded_to',
    header: '精确到',
    about: '原文数字只精确到的单位（100 即百位）；空为写到个位（JSON 为 null）',
    type: 'number',
  },
  {
    key: 'kind_label',
    header: '类别',
    about: `数字的类别：${Object.values(KIND_LABEL).join('、')}（完成率可超过 100%，占比不超过 100%）`,
    type: 'string',
  },
  { key: 'kind', header: '类别代码', about: `同上一列，代码：${codes(KIND_LABEL)}`, type: 'string' },
  { key: 'counts', header: '统计内容', about: '统计的是什么', type: 'string' },
  { key: 'when', header: '时间', about: '这个数字所处的时间，写法同本站页面（“截至……”或时期），推断与未载的部分注明', type: 'string' },
  { key: 'dataset_title', header: '数据集', about: '所属数据集的名称', type: 'string' },
  { key: 'dataset', header: '数据集编号', about: '所属数据集编号；网址为 /data/<编号>/', type: 'string' },
  { key: 'district_name', header: '地区', about: '地区名称；全国数字写“全国”；属于某个机构或人物、报道未写明所在区的为空', type: 'string' },
  { key: 'district', header: '地区编号', about: '地区编号；网址为 /districts/<编号>/（不属于某一区的为空）', type: 'string' },
  { key: 'organization_name', header: '机构', about: '机构名称（如有）', type: 'string' },
  { key: 'organization', header: '机构编号', about: '机构编号（如有）', type: 'string' },
  { key: 'craftsman_name', header: '人物', about: '人物姓名（如有）', type: 'string' },
  { key: 'craftsman', header: '人物编号', about: '人物编号；网址为 /craftsmen/<编号>/（如有）', type: 'string' },
  ...dateFields('as_of', '截至'),
  ...dateFields('period_from', '时期起'),
  ...dateFields('period_to', '时期止'),
  { key: 'source', header: '来源编号', about: '来源报道编号；网址为 /sources/<编号>/', type: 'string' },
  { key: 'source_title', header: '来源报道', about: '来源报道的标题（原文无标题的，为本站概括）', type: 'string' },
  {
    key: 'source_outlet',
    header: '媒体',
    about: '刊发媒体；报道未写明的，表格中写“报道未写明”，JSON 为空',
    type: 'string',
    blank: '报道未写明',
  },
  { key: 'source_date', header: '报道日期', about: '来源报道的日期，写法同本站页面，推断与未载的部分注明', type: 'string' },
  { key: 'passage', header: '原文', about: '报道中含这个数字的短句', type: 'string' },
  { key: 'derivation', header: '算法', about: '报道给出的派生数的算法，如 ratio(a,b) 表示 a÷b×100', type: 'string' },
  { key: 'note', header: '说明', about: '说明', type: 'string' },
  { key: 'permalink', header: '网址', about: '这个数字的固定网址', type: 'string' },
];
/** A row of a download: text, a number, or null for an empty number (a spreadsheet shows it blank). */
export type Row = Record<string, string | number | null>;

/** A date's columns: as the pages write it, as ISO, each part and its status; blank (null for numbers) where there is no such date. */
function dateColumns(prefix: string, d: ReportDate | undefined): Row {
  const row: Row = { [`${prefix}_text`]: d ? formatDateFull(d) : '', [`${prefix}_iso`]: d ? isoDate(d) : '' };
  for (const p of ['year', 'month', 'day'] as DatePart[]) {
    const status = d ? partStatus(d, p) : undefined;
    row[`${prefix}_${p}`] = d?.[p] ?? null;
    row[`${prefix}_${p}_status_label`] = status ? DATE_STATUS_LABEL[status] : '';
    row[`${prefix}_${p}_status`] = status ?? '';
  }
  return row;
}

/** The report a figure comes from, as a download names it. */
export interface SourceInfo {
  title: string;
  outlet?: string | undefined;
  date?: ReportDate | undefined;
}

/** The names behind a figure's references, where it has them. */
export interface Names {
  dataset?: string | undefined;
  district?: string | undefined;
  organization?: string | undefined;
  craftsman?: string | undefined;
}

/** One figure as a flat row of the downloads, with its report, the names it refers to and its permalink on `site`. */
export function toRow(f: FigureRecord, source: SourceInfo, site: string, names: Names = {}): Row {
  return {
    id: f.id,
    label: f.label,
    value: f.value,
    value_to: f.valueTo ?? null,
    wording: f.wording,
    unit: f.unit,
    qualifier_label: QUALIFIER_LABEL[f.qualifier],
    qualifier: f.qualifier,
    rounded_to: f.roundedTo ?? null,
    kind_label: KIND_LABEL[f.kind],
    kind: f.kind,
    counts: f.counts,
    when: standsAt(f),
    dataset_title: names.dataset ?? '',
    dataset: f.dataset,
    // As the figure's page says it (labels.ts figureWhose): 全国 only for a national figure.
    district_name: f.district ? (names.district ?? '') : f.national ? '全国' : '',
    district: f.district ?? '',
    organization_name: f.organization ? (names.organization ?? '') : '',
    organization: f.organization ?? '',
    craftsman_name: f.craftsman ? (names.craftsman ?? '') : '',
    craftsman: f.craftsman ?? '',
    ...dateColumns('as_of', f.asOf),
    ...dateColumns('period_from', f.period?.from),
    ...dateColumns('period_to', f.period?.to),
    source: f.source,
    source_title: source.title,
    source_outlet: source.outlet ?? '',
    source_date: source.date ? formatDateFull(source.date) : '',
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

/** A column of a table: its key in the rows, its header, and what to show where it is empty. */
type Column = Pick<Field, 'key' | 'header'> & Partial<Pick<Field, 'blank'>>;

/** A cell as a spreadsheet shows it: null and '' become the column's blank text, or stay empty. */
const shown = (r: Row, f: Column) => {
  const v = r[f.key];
  return v === null || v === undefined || v === '' ? (f.blank ?? '') : inert(v);
};

/** A table as CSV: BOM, Chinese headers, one line per row. */
export function tableCsv(fields: Column[], rows: Row[]): string {
  return BOM + csvFormatRows([fields.map((f) => f.header), ...rows.map((r) => fields.map((f) => String(shown(r, f))))]);
}

/** A table as one sheet of an .xlsx workbook. */
export const tableSheet = (name: string, fields: Column[], rows: Row[]): Sheet => ({
  name,
  header: fields.map((f) => f.header),
  rows: rows.map((r) => fields.map((f) => shown(r, f))),
});

/** A field's type in words, for the dictionary sheet and /data/. */
export const TYPE_LABEL = { string: '文本', number: '数（JSON 中空为 null）', integer: '整数（JSON 中空为 null）' } as const;

/** The data dictionary as a sheet: header, machine name, type, meaning. */
export const dictionarySheet = (fields: Field[]): Sheet => ({
  name: '字段说明',
  header: ['列名', '机器名（JSON 键）', '类型', '含义'],
  rows: fields.map((f) => [f.header, f.key, TYPE_LABEL[f.type], f.about]),
});

/** The data dictionary for a JSON download: each key with its Chinese header, JSON type and meaning. */
export const dictionary = () => Object.fromEntries(FIELDS.map((f) => [f.key, { header: f.header, type: f.type, about: f.about }]));

export const toCsv = (rows: Row[]) => tableCsv(FIELDS, rows);

/** A report as the 来源与引用 sheet lists it. */
export interface Report {
  title: string;
  outlet?: string | undefined;
  byline: string[];
  date: ReportDate;
}

/** What a workbook says about where its figures come from and how to cite them. */
export interface Provenance {
  /** The dataset's title ("全部数字" for every figure). */
  title: string;
  description?: string | undefined;
  /** The address of its page on this site. */
  url: string;
  /** When its figures last changed, YYYY-MM-DD (a commit's date); undefined outside git. */
  changed?: string | undefined;
  /** The reports its figures come from. */
  reports: Report[];
}

/**
 * The sheet 来源与引用: the dataset and its address, how to cite it (GB/T 7714 and APA, the
 * access date left to the reader), the licence, and each report with its outlet where the
 * report names one, its date as the pages write it, and its own citation.
 */
export function sourcesSheet(p: Provenance): Sheet {
  const cite = citation({ title: p.title, url: p.url, published: p.changed });
  const rows: string[][] = [
    ['数据集', p.title],
    ...(p.description ? [['简介', p.description]] : []),
    ['网址', p.url],
    ['整理', SITE_TITLE],
    ...(p.changed ? [['数据更新', p.changed]] : []),
    ['引用本数据集（GB/T 7714）', cite.gbt],
    ['引用本数据集（APA）', cite.apa],
    ['许可', LICENCE_LINE],
    ['许可说明', `本站对数据的整理以${LICENCE.name}发布（${LICENCE.deed}）：使用时请注明“${SITE_TITLE}”及每个数字的来源报道。`],
    ['来源报道', `共 ${p.reports.length} 篇，数字均出自以下报道`],
  ];
  p.reports.forEach((r, i) => {
    rows.push(
      [`报道 ${i + 1}`, r.title],
      [`报道 ${i + 1}·媒体`, r.outlet ?? '报道未写明'],
      [`报道 ${i + 1}·日期`, formatDateFull(r.date)],
      ...(r.date.note ? [[`报道 ${i + 1}·日期说明`, r.date.note]] : []),
      [`报道 ${i + 1}·引用（GB/T 7714）`, reportCitation(r).gbt],
    );
  });
  return { name: '来源与引用', header: ['项目', '内容'], rows, filter: false, maxWidth: 90 };
}

/** A figures workbook: its figures, 来源与引用, and what each column means; titled, by 匠心图谱, dated by its data. */
export const toXlsx = (p: Provenance, rows: Row[]) =>
  xlsx([tableSheet(p.title, FIELDS, rows), sourcesSheet(p), dictionarySheet(FIELDS)], {
    title: p.title,
    subject: '匠心图谱数据下载',
    description: `${p.description ? `${p.description} ` : ''}${p.url}；许可 ${LICENCE_LINE}`,
    creator: SITE_TITLE,
    created: p.changed,
  } satisfies Properties);
