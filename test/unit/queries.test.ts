/**
 * The query layer (src/queries/) through its real modules, with `astro:content` mocked by a
 * few inline entries, as Starlight tests its helpers: the pages' joins, orders and figure
 * records are what these functions return.
 */
import { describe, expect, it, vi } from 'vitest';

const date = (d: string) => {
  const [year, month, day] = d.split('-').map(Number);
  return { year, month, day, inferred: [] };
};
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
const figure = (id: string, data: Record<string, unknown>) => ({
  id,
  collection: 'figures',
  data: {
    dataset: ref('datasets', 'set'),
    label: id,
    value: 1,
    unit: '人',
    qualifier: 'exact',
    counts: '测试',
    role: 'fact',
    asOf: date('2023-11-20'),
    source: ref('sources', 'report'),
    passage: '原文',
    ...data,
  },
});

const ENTRIES: Record<string, { id: string; collection: string; data: Record<string, unknown> }[]> = {
  districts: [
    { id: 'b', collection: 'districts', data: { name: '乙区', shortName: '乙', order: 2, keyFigures: [] } },
    { id: 'a', collection: 'districts', data: { name: '甲区', shortName: '甲', order: 1, keyFigures: [] } },
  ],
  craftsmen: [
    { id: 'zhou', collection: 'craftsmen', data: { name: '周师傅', district: ref('districts', 'a'), sources: [ref('sources', 'report')] } },
    { id: 'an', collection: 'craftsmen', data: { name: '安师傅', district: ref('districts', 'b'), sources: [] } },
  ],
  news: [
    {
      id: 'old',
      collection: 'news',
      data: {
        title: '旧闻',
        date: date('2020-09-11'),
        district: ref('districts', 'a'),
        sources: [ref('sources', 'report')],
        craftsmen: [ref('craftsmen', 'zhou')],
        organizations: [],
      },
    },
    {
      id: 'new',
      collection: 'news',
      data: {
        title: '新闻',
        date: date('2023-11-20'),
        district: ref('districts', 'a'),
        sources: [ref('sources', 'report')],
        craftsmen: [ref('craftsmen', 'zhou')],
        organizations: [],
      },
    },
  ],
  events: [],
  organizations: [],
  studios: [],
  sources: [{ id: 'report', collection: 'sources', data: { title: '报道' } }],
  datasets: [{ id: 'set', collection: 'datasets', data: { title: '数据集', districts: [ref('districts', 'a')] } }],
  figures: [
    figure('total', { district: ref('districts', 'a'), value: 76 }),
    figure('by-zhou', { district: ref('districts', 'a'), craftsman: ref('craftsmen', 'zhou'), value: 1000 }),
    figure('national', { organization: ref('organizations', 'union'), value: 5 }),
  ],
};

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => structuredClone(ENTRIES[name] ?? []),
}));

const q = await import('../../src/queries/collections.ts');

describe('figure records', () => {
  it('carry references as ids and keep every other field', async () => {
    const byZhou = (await q.figures()).find((f) => f.id === 'by-zhou')!;
    expect(byZhou).toMatchObject({
      id: 'by-zhou',
      dataset: 'set',
      source: 'report',
      district: 'a',
      craftsman: 'zhou',
      value: 1000,
      unit: '人',
    });
    expect((await q.figures()).find((f) => f.id === 'national')!.district).toBeUndefined();
  });

  it('are found by id, by reference list in order, and by craftsman', async () => {
    expect((await q.figureById()).get('total')!.value).toBe(76);
    expect((await q.figuresNamed([{ id: 'national' }, { id: 'total' }])).map((f) => f.id)).toEqual(['national', 'total']);
    await expect(q.figuresNamed([{ id: 'missing' }])).rejects.toThrow(/missing/);
    expect((await q.figuresByCraftsman()).get('zhou')!.map((f) => f.id)).toEqual(['by-zhou']);
  });
});

describe('lists and joins', () => {
  it('sorts districts by order, craftsmen by name in Chinese, news newest first', async () => {
    expect((await q.districts()).map((d) => d.id)).toEqual(['a', 'b']);
    expect((await q.craftsmen()).map((c) => c.id)).toEqual(['an', 'zhou']);
    expect((await q.news()).map((n) => n.id)).toEqual(['new', 'old']);
    expect((await q.newsByCraftsman()).get('zhou')!.map((n) => n.id)).toEqual(['new', 'old']);
  });

  it('gathers what a district and a report hold', async () => {
    const a = await q.inDistrict('a');
    expect(a.craftsmen.map((c) => c.id)).toEqual(['zhou']);
    expect(a.figures.map((f) => f.id)).toEqual(['total', 'by-zhou']);
    expect(a.datasets.map((d) => d.id)).toEqual(['set']);
    expect((await q.inDistrict('b')).figures).toEqual([]);
    const report = await q.fromSource('report');
    expect(report.figures).toHaveLength(3);
    expect(report.craftsmen.map((c) => c.id)).toEqual(['zhou']);
  });
});
