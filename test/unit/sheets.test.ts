/**
 * The figure downloads as a journalist opens them: each date written once as the pages write
 * it and once as ISO (known parts only) before its parts, Chinese labels beside the codes,
 * null (never "") for an empty number in JSON, and a workbook with fitted columns, a filter,
 * a frozen header, document properties and a 来源与引用 sheet, the same bytes in any time zone.
 */
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { LICENCE_LINE, SITE_TITLE } from '../../src/consts.ts';
import { FIELDS, type Provenance, type Row, toCsv, toRow, toXlsx } from '../../src/lib/present/export.ts';
import { formatDateFull } from '../../src/lib/present/format.ts';
import { DATE_STATUS_LABEL, KIND_LABEL, QUALIFIER_LABEL } from '../../src/lib/present/labels.ts';
import { column, columnWidths, textWidth, xlsx } from '../../src/lib/present/xlsx.ts';
import { type FigureRecord, KINDS, QUALIFIERS } from '../../src/schemas/figures.ts';
import type { ReportDate } from '../../src/schemas/shared.ts';
import { figures } from '../data/figures.ts';
import { assertWellFormed, readXlsx, records } from '../support/xlsx.ts';

const date = (d: Partial<ReportDate>): ReportDate => ({ inferred: [], ...d });
const SITE = 'https://example.cn';
const report = { title: '推动技能培训扩容提质 筑牢社会发展人才之基', date: date({ year: 2023, month: 11, inferred: ['year'] }) };
const base = figures[0]!;
const row = (f: Partial<FigureRecord>, source: Parameters<typeof toRow>[1] = report) =>
  toRow({ ...base, ...f } as FigureRecord, source, SITE, { dataset: '长宁区技能人才建设', district: '长宁区' });
/** A CSV as rows keyed by machine name. */
const parse = (csv: string) => {
  const [header, ...rows] = csvParseRows(csv.slice(1));
  expect(header).toEqual(FIELDS.map((f) => f.header));
  return rows.map((r) => Object.fromEntries(FIELDS.map((f, i) => [f.key, r[i]!])));
};

describe('dates in the downloads', () => {
  it('come first as the pages write them, inferred parts marked, then as ISO with only the known parts', () => {
    const inferred = row({ asOf: date({ year: 2023, month: 11, day: 20, inferred: ['year'] }) });
    expect(inferred.as_of_text).toBe('2023年11月20日（年份为推断）');
    expect(inferred.as_of_text).toBe(formatDateFull(date({ year: 2023, month: 11, day: 20, inferred: ['year'] })));
    expect(inferred.as_of_iso).toBe('2023-11-20');
    expect(inferred.when).toBe('截至2023年11月20日（年份为推断）');
    expect(row({ asOf: date({ year: 2021, month: 7 }) }).as_of_iso).toBe('2021-07');
    expect(row({ asOf: date({ year: 2021 }) }).as_of_iso).toBe('2021');
  });

  it('never write an unknown part: no year, no ISO date', () => {
    const r = row({ asOf: date({ month: 4, day: 26, note: '原文只写“4月26日”' }) });
    expect(r.as_of_text).toBe('4月26日（年份未载）');
    expect(r.as_of_iso).toBe('');
    expect(r.as_of_year).toBeNull();
    expect(r.as_of_year_status).toBe('unknown');
    expect(r.as_of_year_status_label).toBe(DATE_STATUS_LABEL.unknown);
    const [csv] = parse(toCsv([r]));
    expect(csv!.as_of_year).toBe('');
    expect(Object.values(csv!).join('|')).not.toMatch(/\d{4}-04-26|\d{4}年4月/);
  });

  it('stand before the part-by-part columns, which keep each part with its status in words and as a code', () => {
    const keys = FIELDS.map((f) => f.key);
    for (const prefix of ['as_of', 'period_from', 'period_to']) {
      const at = keys.indexOf(`${prefix}_year`);
      expect(keys.slice(at - 2, at + 9)).toEqual([
        `${prefix}_text`,
        `${prefix}_iso`,
        ...['year', 'month', 'day'].flatMap((p) => [`${prefix}_${p}`, `${prefix}_${p}_status_label`, `${prefix}_${p}_status`]),
      ]);
    }
    const r = row({ asOf: undefined, period: { from: date({ year: 2020 }), to: date({ year: 2022, month: 12, inferred: ['month'] }) } });
    expect(r).toMatchObject({
      period_from_text: '2020年',
      period_from_iso: '2020',
      period_from_month: null,
      period_from_month_status: 'unknown',
      period_to_text: '2022年12月（月份为推断）',
      period_to_month_status_label: '本站推断',
      period_to_month_status: 'inferred',
      as_of_text: '',
      as_of_year: null,
    });
  });
});

describe('coded values', () => {
  const labelled = FIELDS.filter((f) => f.key.endsWith('_label'));

  it('each have a Chinese label from the site’s label tables, with the code in its own column', () => {
    for (const kind of KINDS) {
      for (const qualifier of QUALIFIERS) {
        const r = row({ kind, qualifier });
        expect(r).toMatchObject({ kind, kind_label: KIND_LABEL[kind], qualifier, qualifier_label: QUALIFIER_LABEL[qualifier] });
        for (const f of labelled) {
          expect(r[f.key], f.key).not.toMatch(/^[a-z][a-z-]*$/);
          if (r[f.key] !== '') expect(r[f.key.replace(/_label$/, '')], f.key).not.toBe(r[f.key]);
        }
      }
    }
    expect(FIELDS.find((f) => f.key === 'kind_label')!.header).toBe('类别');
    expect(FIELDS.find((f) => f.key === 'kind')!.header).toBe('类别代码');
  });

  it('name the dataset and district beside their ids, and say when the report names no outlet', () => {
    const [r] = parse(toCsv([row({})]));
    expect(r).toMatchObject({
      dataset_title: '长宁区技能人才建设',
      dataset: base.dataset,
      district_name: '长宁区',
      district: base.district,
    });
    // A national figure says so; a person's figure with no district names none.
    const noDistrict = (f: Partial<FigureRecord>) =>
      toRow({ ...base, district: undefined, ...f } as FigureRecord, report, SITE, { dataset: '长宁区技能人才建设' });
    expect(noDistrict({ national: true }).district_name).toBe('全国');
    expect(noDistrict({ craftsman: 'lu-zhongming' }).district_name).toBe('');
    expect(r!.source_outlet).toBe('报道未写明');
    expect(r!.source_date).toBe('2023年11月（年份为推断）');
    expect(row({}).source_outlet).toBe('');
    expect(parse(toCsv([row({}, { ...report, outlet: '青年报' })]))[0]!.source_outlet).toBe('青年报');
  });
});

describe('JSON rows', () => {
  it('give null for an empty number, never ""', () => {
    const r = row({ valueTo: undefined, roundedTo: null, asOf: date({ month: 4, day: 26, note: '未载' }) });
    const numbers = FIELDS.filter((f) => f.type !== 'string');
    expect(numbers.length).toBeGreaterThan(10);
    for (const f of numbers) expect(r[f.key] === null || typeof r[f.key] === 'number', f.key).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ value_to: null, rounded_to: null, as_of_year: null, period_from_day: null });
    for (const f of FIELDS.filter((x) => x.type === 'string')) expect(typeof r[f.key], f.key).toBe('string');
    expect(Object.keys(r)).toEqual(FIELDS.map((f) => f.key));
  });
});

describe('the workbook', () => {
  const provenance: Provenance = {
    title: '萧山区职业技能培训',
    description: '萧山区一年来的职业技能培训。',
    url: `${SITE}/data/xiaoshan-training/`,
    changed: '2026-11-29',
    reports: [
      { ...report, byline: ['蒋超（首席记者）'] },
      { title: '另一篇报道', outlet: '青年报', byline: [], date: date({ year: 2020, month: 9, day: 11 }) },
    ],
  };
  const rows: Row[] = [
    row({ kind: 'stock', counts: '全区技能人才总量。' }),
    row({ id: 'x-2', asOf: date({ month: 4, day: 26, note: '未载' }) }),
  ];
  const book = readXlsx(toXlsx(provenance, rows));

  it('is well-formed XML in every part, and our check catches XML that is not', () => {
    expect(Object.keys(book.parts)).toEqual(expect.arrayContaining(['docProps/core.xml', 'docProps/app.xml', 'xl/styles.xml']));
    for (const bad of ['<a><b></a></b>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a/><b/>', '<a>'])
      expect(() => assertWellFormed(bad, bad)).toThrow();
  });

  it('has the figures, 来源与引用 and 字段说明, with labels and codes side by side', () => {
    expect(book.sheets.map((s) => s.name)).toEqual(['萧山区职业技能培训', '来源与引用', '字段说明']);
    const [first, second] = records(book.sheets[0]!);
    expect(first).toMatchObject({ 类别: '现有总数', 类别代码: 'stock', 截至: formatDateFull(base.asOf!), 媒体: '报道未写明' });
    expect(second).toMatchObject({ 截至: '4月26日（年份未载）', 截至·年·来源: '原文未载', 截至·年·来源代码: 'unknown' });
    // An unknown year leaves its cells empty: no ISO date, no year.
    expect(Object.keys(second!)).not.toContain('截至·ISO日期');
    expect(Object.keys(second!)).not.toContain('截至·年');
  });

  it('fits each column to its content, a Chinese character counting double', () => {
    expect(textWidth('萧山区')).toBe(6);
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('3.48万人次')).toBe(10);
    expect(textWidth('（年份为推断）')).toBe(14);
    const sheet = book.sheets[0]!;
    expect(sheet.widths).toHaveLength(FIELDS.length);
    const width = (key: string) => sheet.widths[FIELDS.findIndex((f) => f.key === key)]!;
    expect(width('counts')).toBeGreaterThanOrEqual(textWidth('全区技能人才总量。'));
    expect(width('kind')).toBeLessThan(width('as_of_text'));
    expect(width('unit')).toBeLessThan(width('kind_label'));
    expect(Math.max(...sheet.widths)).toBeLessThanOrEqual(60);
    // Text past the widest a column grows wraps rather than running into the next cell.
    const long = columnWidths({ name: 's', header: ['h'], rows: [['很'.repeat(80)]] });
    expect(long).toEqual([{ width: 60, wraps: true }]);
  });

  it('filters and freezes its header row', () => {
    const sheet = book.sheets[0]!;
    expect(sheet.autoFilter).toBe(`A1:${column(FIELDS.length - 1)}${rows.length + 1}`);
    expect(sheet.frozen).toBe(true);
    expect(book.workbook).toContain('name="_xlnm._FilterDatabase" localSheetId="0"');
    expect(book.sheets[1]!.autoFilter).toBeUndefined();
  });

  it('carries its title, creator and the data’s date as document properties', () => {
    expect(book.properties).toMatchObject({
      title: '萧山区职业技能培训',
      creator: SITE_TITLE,
      created: '2026-11-29T00:00:00Z',
      modified: '2026-11-29T00:00:00Z',
      language: 'zh-CN',
    });
    const undated = readXlsx(toXlsx({ ...provenance, changed: undefined }, rows));
    expect(undated.properties.created).toBeUndefined();
    expect(undated.parts['docProps/core.xml']).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('says where the figures come from and how to cite them', () => {
    const text = book.sheets[1]!.rows.map((r) => r.map((c) => c.text ?? c.number).join('｜')).join('\n');
    for (const part of [
      LICENCE_LINE,
      provenance.url,
      `${SITE_TITLE}. 萧山区职业技能培训[EB/OL]. (2026-11-29)[引用日期]. ${provenance.url}.`,
      '报道 1｜推动技能培训扩容提质 筑牢社会发展人才之基',
      '报道 1·媒体｜报道未写明',
      '报道 1·日期｜2023年11月（年份为推断）',
      '报道 2·媒体｜青年报',
      '报道 2·日期｜2020年9月11日',
    ])
      expect(text).toContain(part);
  });

  it('is the same bytes in any time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = toXlsx(provenance, rows);
      process.env.TZ = 'Asia/Shanghai';
      const east = toXlsx(provenance, rows);
      expect(Buffer.compare(Buffer.from(west), Buffer.from(east))).toBe(0);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('leaves a sheet without properties or a filter when asked', () => {
    const plain = readXlsx(xlsx([{ name: 'a', header: ['x'], rows: [[1]], filter: false }]));
    expect(plain.parts['docProps/core.xml']).toBeUndefined();
    expect(plain.sheets[0]!.autoFilter).toBeUndefined();
    expect(plain.workbook).not.toContain('_FilterDatabase');
  });
});
