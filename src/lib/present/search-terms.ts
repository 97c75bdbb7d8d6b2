/**
 * Words a reader types for a figure that its page need not contain: “萧山区培训人数” should
 * find “已开展职业技能培训 34840人次”. Figure pages give these to Pagefind as keywords
 * metadata (searchable, never shown in an excerpt); the district's full and short names
 * are already in the page's eyebrow and title.
 */
import type { FigureRecord } from '../../schemas/figures.ts';

/** Counts of people are asked for as 人数 as often as 人次, and the other way round. */
const PEOPLE = ['人数', '人次', '多少人'];
const BY_UNIT: Record<string, string[]> = {
  人: PEOPLE,
  人次: PEOPLE,
  名: PEOPLE,
  位: PEOPLE,
  家: ['家数', '数量', '多少家'],
  个: ['个数', '数量', '多少个'],
  项: ['项数', '数量'],
  场: ['场次', '次数'],
  次: ['次数'],
  万元: ['金额', '资金', '经费'],
  '%': ['百分比', '比例'],
};
const BY_KIND: Partial<Record<FigureRecord['kind'], string[]>> = {
  target: ['目标', '指标', '计划'],
  achievement: ['完成', '实绩', '成绩'],
  stock: ['总数', '总量', '现有'],
  rate: ['完成率', '比例'],
  share: ['占比', '比例', '比重'],
  duration: ['时长', '多久'],
};

/**
 * The synonyms of a figure's unit and kind that its label, wording and description do not
 * already use: a page that says 人数 ranks on its own text, and one that says only 人次
 * gains 人数, so neither crowds the other out.
 */
export function figureKeywords(f: Pick<FigureRecord, 'unit' | 'kind' | 'label' | 'counts' | 'wording'>): string[] {
  const text = `${f.label}${f.counts}${f.wording}`;
  return [...new Set([...(BY_UNIT[f.unit] ?? []), ...(BY_KIND[f.kind] ?? [])])].filter((w) => !text.includes(w));
}
