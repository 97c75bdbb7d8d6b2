import { z } from 'astro/zod';
import { NEWS_KIND_LABEL } from './labels.ts';
import { type RefFactory, reportDate, text } from './shared.ts';

/** One reported event or programme, told in our own words in the MDX body. */
export const newsSchema = (ref: RefFactory) =>
  z
    .object({
      /** Headline in our own words. */
      title: text.meta({ title: '标题', description: '用本站自己的话写的标题' }),
      /** One or two sentences for lists, feeds and share cards. */
      summary: text.meta({ multiline: true, title: '摘要', description: '一两句，用在列表、订阅和分享卡片上' }),
      /** When it happened or was announced. */
      date: reportDate.meta({ title: '日期', description: '这件事发生或宣布的日期' }),
      /** What it is. */
      kind: z
        .enum(['event', 'programme', 'policy', 'results'])
        .meta({ title: '新闻类型', description: '这是一次活动、一项计划、一项政策，还是一份成果', options: NEWS_KIND_LABEL }),
      /** Where. */
      district: ref('districts').meta({ title: '所属地区', description: '这件事发生在哪个地区' }),
      /** Reports it is based on. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源').meta({ title: '来源报道', description: '这条新闻依据的报道，至少一篇' }),
      /** Craftsmen it mentions. */
      craftsmen: z.array(ref('craftsmen')).default([]).meta({ title: '提到的工匠', description: '新闻中提到的工匠' }),
      /** Officials and guests whose words or actions it reports, named as the report names them. */
      people: z.array(ref('people')).default([]).meta({ title: '发言与出席者', description: '报道了其言行的官员和嘉宾，按报道的称呼' }),
      /** Organisations it mentions. */
      organizations: z.array(ref('organizations')).default([]).meta({ title: '提到的机构', description: '新闻中提到的单位' }),
      /** Datasets whose figures it reports. */
      datasets: z.array(ref('datasets')).default([]).meta({ title: '相关数据集', description: '新闻报道了其中数字的数据集' }),
      /** Other names a reader may type (e.g. "一十百千万"), indexed for search. */
      keywords: z
        .array(text)
        .default([])
        .meta({ title: '搜索关键词', description: '读者可能输入的其他名称（如“一十百千万”），用于站内搜索' }),
    })
    .strict();
