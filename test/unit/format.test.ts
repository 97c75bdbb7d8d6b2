import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/present/cite.ts';
import { FIELDS, toCsv, toRow } from '../../src/lib/present/export.ts';
import {
  clip,
  compareDates,
  dateCaveat,
  datePartsText,
  formatDate,
  formatDateFull,
  isoDate,
  plainValue,
  precisionText,
} from '../../src/lib/present/format.ts';
import type { ReportDate } from '../../src/schemas/shared.ts';
import { readWording } from '../../src/schemas/wording.ts';
import { figures } from '../data/figures.ts';

const date = (d: Partial<ReportDate>): ReportDate => ({ inferred: [], ...d });

describe('the report’s wording of a number', () => {
  it.each([
    ['3.48万人次', '人次', { value: 34800, qualifier: 'none', roundedTo: 100 }],
    ['2.6万人次以上', '人次', { value: 26000, qualifier: 'at-least', roundedTo: 1000 }],
    ['超31万人', '人', { value: 310000, qualifier: 'more-than', roundedTo: 10000 }],
    ['逾2700家', '家', { value: 2700, qualifier: 'more-than' }],
    ['1000余名', '名', { value: 1000, qualifier: 'more-than' }],
    ['600余万元', '万元', { value: 600, qualifier: 'more-than' }],
    ['近500份', '份', { value: 500, qualifier: 'nearly' }],
    ['约40人', '人', { value: 40, qualifier: 'about' }],
    ['四十多年', '年', { value: 40, qualifier: 'more-than', roundedTo: 10 }],
    ['8-15%', '%', { value: 8, valueTo: 15, qualifier: 'none' }],
    ['34840人次', '人次', { value: 34840, qualifier: 'none', roundedTo: undefined }],
  ] as const)('reads %s', (wording, unit, want) => {
    expect(readWording(wording, unit)).toMatchObject(want);
  });

  it('tells “at least” (以上) from “more than” (逾)', () => {
    expect(readWording('50人次以上', '人次')).toMatchObject({ qualifier: 'at-least' });
    expect(readWording('逾50人次', '人次')).toMatchObject({ qualifier: 'more-than' });
  });

  it('refuses wording that does not end in the unit, has no number, or two qualifiers', () => {
    expect(readWording('2.6万人次', '人')).toHaveProperty('problem');
    expect(readWording('若干人', '人')).toHaveProperty('problem');
    expect(readWording('超31万人以上', '人')).toHaveProperty('problem');
  });

  it('never calls a rounded number exact, and gives the plain number beside it', () => {
    const assessments = figures.find((f) => f.id === 'shanghai-certification-assessments')!;
    expect(precisionText(assessments)).toContain('百位');
    expect(plainValue(assessments)).toBe('34,800人次');
    const achieved = figures.find((f) => f.id === 'xiaoshan-training-achieved')!;
    expect(precisionText(achieved)).toBe('原文写到个位');
    expect(plainValue(achieved)).toBe('');
  });
});

describe('dates part by part', () => {
  it('writes only the known parts and says what is inferred or unknown', () => {
    expect(formatDate(date({ year: 2023, month: 11, day: 20 }))).toBe('2023年11月20日');
    expect(formatDate(date({ year: 2021, month: 7 }))).toBe('2021年7月');
    expect(formatDateFull(date({ year: 2023, month: 11, day: 20, inferred: ['year'] }))).toBe('2023年11月20日（年份为推断）');
    expect(formatDateFull(date({ month: 4, day: 26 }))).toBe('4月26日（年份未载）');
    expect(formatDateFull(date({ year: 2020, month: 5, day: 26, inferred: ['month', 'day'] }))).toBe('2020年5月26日（月份、日期为推断）');
    expect(dateCaveat(date({ year: 2020, month: 9, day: 11 }))).toBe('');
  });

  it('names each part’s status', () => {
    expect(datePartsText(date({ year: 2023, month: 11, day: 20, inferred: ['year'] }))).toBe(
      '2023年（本站推断）11月（原文写明）20日（原文写明）',
    );
    expect(datePartsText(date({ month: 4, day: 26 }))).toBe('年份原文未载，4月（原文写明）26日（原文写明）');
  });

  it('never writes an unknown year in machine form, and sorts it after every dated item', () => {
    expect(isoDate(date({ month: 4, day: 26 }))).toBe('');
    expect(isoDate(date({ year: 2021, month: 7 }))).toBe('2021-07');
    const sorted = [date({ month: 4, day: 26 }), date({ year: 2023 }), date({ year: 2020, month: 9, day: 11 })].sort(compareDates);
    expect(sorted.map(formatDate)).toEqual(['2020年9月11日', '2023年', '4月26日']);
  });
});

describe('clipping', () => {
  it('clips at a punctuation mark', () => {
    expect(clip('一二三四五六七，八九十一二三四五六七八', 12)).toBe('一二三四五六七…');
    expect(clip('一二三四五六七八九十一二三四五六七八', 12)).toBe('一二三四五六七八九十一…');
    expect(clip('短句', 12)).toBe('短句');
  });
});

describe('citations', () => {
  it('follow GB/T 7714 for online resources, with the access date left to the reader', () => {
    const { gbt, apa } = citation({
      title: '张建平：二胡制作',
      url: 'https://example.cn/craftsmen/zhang-jianping/',
      published: '2020-09-11',
    });
    expect(gbt).toBe('匠心图谱. 张建平：二胡制作[EB/OL]. (2020-09-11)[引用日期]. https://example.cn/craftsmen/zhang-jianping/.');
    expect(apa).toContain('匠心图谱. (2020). 张建平：二胡制作.');
  });
});

describe('CSV downloads', () => {
  const academy = { ...figures[0]!, asOf: date({ month: 4, day: 26, note: '年份未载' }), label: '标签,含逗号', counts: '=说"明"' };
  const report = { title: '报道', outlet: '青年报' };
  const parse = (csv: string) => {
    const [, ...rows] = csvParseRows(csv.slice(1));
    return rows.map((r) => Object.fromEntries(FIELDS.map((f, i) => [f.key, r[i]])));
  };

  it('start with a byte-order mark, use Chinese headers and survive commas and quotes', () => {
    const csv = toCsv([toRow(academy, report, 'https://example.cn')]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csvParseRows(csv.slice(1))[0]).toEqual(FIELDS.map((f) => f.header));
    const [parsed] = parse(csv);
    expect(parsed!.label).toBe('标签,含逗号');
    expect(parsed!.source_outlet).toBe('青年报');
    expect(parsed!.permalink).toBe(`https://example.cn/figures/${academy.id}/`);
  });

  it('keep text that starts like a formula from running as one', () => {
    const [parsed] = parse(toCsv([toRow(academy, report, 'https://example.cn')]));
    expect(parsed!.counts).toBe('\'=说"明"');
  });

  it('leave an unknown year blank and say so', () => {
    const [parsed] = parse(toCsv([toRow(academy, report, 'https://example.cn')]));
    expect(parsed).toMatchObject({
      as_of_year: '',
      as_of_year_status: 'unknown',
      as_of_month: '4',
      as_of_month_status: 'stated',
      as_of_day: '26',
    });
  });
});
