import { z } from 'astro/zod';
import { LEVEL_LABEL, TRADE_GROUP_LABEL } from './labels.ts';
import { BLANK_MESSAGE, isBlank, level, plainOnly, type RefFactory, reportDate, text } from './shared.ts';

/** A title or award a person holds, e.g. 国家级技能大师 (national). */
const honourSchema = z
  .object({
    /** The title as the report gives it. */
    title: text.meta({ title: '称号', description: '称号或奖项，按报道的原文写' }),
    /**
     * Level of the body that grants it, where the title or the report states it (全国…,
     * 浙江省…, 国家级…); omitted where it does not (大国工匠, a foundation's prize): the
     * site does not rank an honour the report leaves unranked.
     */
    level: level.optional().meta({
      title: '级别',
      description: '授予单位的级别，只在称号或报道写明时选（全国、省、国家级等）；报道未分级的不选',
      options: LEVEL_LABEL,
    }),
    /** Year granted, only where the report states or clearly implies it. */
    year: z
      .number()
      .int()
      .min(1949)
      .max(2100)
      .optional()
      .meta({ title: '授予年份', description: '获得的年份（1949–2100），只在报道写明或明确暗示时填写' }),
  })
  .strict();

/** One thing a report leaves open about a person, as a short phrase, e.g. "工作单位". */
export const unsaidItem = text.pipe(z.string().max(40, '太长：写成一个短语，例如“工作单位”'));

/** A skilled worker, teacher or master named in the reports. Profile text is the MDX body. */
export const craftsmanSchema = (ref: RefFactory) =>
  z
    .object({
      /** Name in Chinese characters. */
      name: text.meta({ title: '姓名', description: '中文姓名' }),
      /** Trade or craft (工种/技艺) in a few words, e.g. "设备维修"; omitted where the report does not say. */
      trade: text.optional().meta({ title: '工种', description: '工种或技艺，几个字，如“设备维修”；报道没有写的不填' }),
      /** Broad trade family for filtering. */
      tradeGroup: z
        .enum(['manufacturing', 'crafts', 'energy', 'logistics', 'education', 'aerospace', 'port', 'unstated'])
        .meta({ title: '行业大类', description: '用于筛选的大类；报道没有写明的选“报道未载明”', options: TRADE_GROUP_LABEL }),
      /** Job title or rank at the employer, e.g. "高级技师". */
      role: text.optional().meta({ title: '职务', description: '在单位的职务或等级，如“高级技师”' }),
      /** Employer or school; omitted where the report does not say. */
      employer: ref('organizations').optional().meta({ title: '工作单位', description: '雇主或学校；报道没有写的不填' }),
      /**
       * Where the report places them (their workplace's district); omitted where it does not
       * say. Appearing at a district's event is not a location: that shows through the news.
       */
      district: ref('districts')
        .optional()
        .meta({ title: '所属地区', description: '报道写明的所在区（工作单位所在的区）；只是在某区的活动上出现不算' }),
      /** One sentence for cards and share images, in our own words. */
      summary: text.meta({ multiline: true, title: '摘要', description: '用本站自己的话写一句，用在卡片和分享图片上' }),
      /** Titles and awards, highest first. */
      honours: z.array(honourSchema).default([]).meta({ title: '称号与奖项', description: '获得的称号和奖项，最高的在前' }),
      /** Studio they lead, if the reports name one. */
      studio: ref('studios').optional().meta({ title: '工作室', description: '其领衔的工作室，报道写到时填写' }),
      /** Brief words of their own, quoted from the report, at most 60 characters each. */
      quotes: z
        .array(
          z
            .object({
              /** The words, without quotation marks. */
              text: z
                .string()
                .min(2)
                .max(60, '引语最多 60 字：只引一句')
                .refine((s) => !isBlank(s), BLANK_MESSAGE)
                .superRefine(plainOnly)
                .meta({ title: '原话', description: '本人的话，不加引号，2–60 字，只引一句' }),
              /** Where they said it. */
              context: text.meta({ title: '场合', description: '在什么场合说的' }),
              /** The report quoting them. */
              source: ref('sources').meta({ title: '来源报道', description: '引用这句话的报道' }),
            })
            .strict(),
        )
        .default([])
        .meta({ title: '引语', description: '报道中引用的本人简短的话，每条最多 60 字' }),
      /** When the report that features them was published or took place. */
      date: reportDate.meta({ title: '日期', description: '介绍其人的报道发表的日期，或报道所写的事发生的日期' }),
      /** Reports that name them. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源').meta({ title: '来源报道', description: '提到此人的报道，至少一篇' }),
      /** Other names a reader may type (e.g. "杭齿"), indexed for search. */
      keywords: z.array(text).default([]).meta({ title: '搜索关键词', description: '读者可能输入的其他名称（如“杭齿”），用于站内搜索' }),
      /** Shown on the home page. */
      featured: z.boolean().default(false).meta({ title: '首页展示', description: '打开则在首页展示' }),
      /** Passages of the report that disagree with each other about this person, kept as reported. */
      discrepancies: z.array(text).default([]).meta({ title: '报道矛盾', description: '报道中关于此人前后不一致的地方，照报道原样记下' }),
      /**
       * What the report leaves open about this person, each a short phrase in plain text
       * (e.g. "演奏者是谁", "工作单位"), shown after the story under 报道没有写明. The story
       * itself spends at most one sentence on such gaps (test/unit/stories.test.ts).
       */
      unsaid: z
        .array(unsaidItem)
        .default([])
        .meta({ title: '报道未写明', description: '报道没有说清的事，每项一个短语（最多 40 字），如“工作单位”' }),
    })
    .strict();
