import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/present/cite.ts';
import { toCsv, toRow } from '../../src/lib/present/export.ts';
import { clip, dateCaveat, formatDate, formatDateFull, formatValue } from '../../src/lib/present/format.ts';

const d = (date: string, precision: 'day' | 'month' | 'year', inferred: ('year' | 'month' | 'day')[] = [], unknown: 'year'[] = []) => ({
  date,
  precision,
  inferred,
  unknown,
});

describe('formatting for the page', () => {
  it('keeps the report’s wording of approximate numbers', () => {
    expect(formatValue(2700, '家', 'more-than')).toBe('逾2,700家');
    expect(formatValue(500, '份', 'nearly')).toBe('近500份');
    expect(formatValue(51.74, '%')).toBe('51.74%');
  });
  it('writes dates at their precision and says what is inferred or unknown', () => {
    expect(formatDate(d('2023-11-20', 'day'))).toBe('2023年11月20日');
    expect(formatDate(d('2021-07', 'month'))).toBe('2021年7月');
    expect(formatDateFull(d('2023-11-20', 'day', ['year']))).toBe('2023年11月20日（年份为推断）');
    expect(formatDateFull(d('2024-04-26', 'day', [], ['year']))).toBe('4月26日（年份未载）');
    expect(dateCaveat(d('2020-09-11', 'day'))).toBe('');
  });
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
  it('start with a byte-order mark and survive commas and quotes', () => {
    const row = toRow(
      {
        id: 'x',
        dataset: 'y',
        label: '标签,含逗号',
        value: 1,
        unit: '人',
        qualifier: 'exact',
        counts: '说"明"',
        role: 'fact',
        district: 'minhang',
        source: 's',
        passage: 'p',
      },
      'https://example.cn',
    );
    const csv = toCsv([row]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [parsed] = csvParse(csv.slice(1));
    expect(parsed!.label).toBe('标签,含逗号');
    expect(parsed!.counts).toBe('说"明"');
    expect(parsed!.permalink).toBe('https://example.cn/figures/x/');
  });
});
