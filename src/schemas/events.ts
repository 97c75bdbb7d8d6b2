import { z } from 'astro/zod';
import { EVENT_KIND_LABEL } from './labels.ts';
import { type RefFactory, reportDate, slug, text } from './shared.ts';

/** A scheduled activity from an event listing (e.g. Minhang's September–October listing). */
export const eventSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id. */
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Title as listed. */
      title: text.meta({ title: '名称', description: '活动名称，按活动清单的写法' }),
      /** When: the listing gives months only. */
      date: reportDate.meta({ title: '日期', description: '活动的时间；活动清单只给月份' }),
      /** Who runs it. */
      organiser: ref('organizations').meta({ title: '主办单位', description: '举办这项活动的单位' }),
      /** Where. */
      district: ref('districts').meta({ title: '所在地区', description: '活动在哪个地区' }),
      /** What kind of activity. */
      kind: z
        .enum(['salon', 'training', 'lecture', 'meeting'])
        .meta({ title: '活动类型', description: '这是什么样的活动', options: EVENT_KIND_LABEL }),
      /** The news item that announced it. */
      announcedIn: ref('news').meta({ title: '发布新闻', description: '公布这项活动的新闻' }),
      /** The report that lists it. */
      source: ref('sources').meta({ title: '来源报道', description: '列出这项活动的报道' }),
    })
    .strict();
