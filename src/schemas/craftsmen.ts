import { z } from 'astro/zod';
import { BLANK_MESSAGE, isBlank, level, plainOnly, type RefFactory, reportDate, text } from './shared.ts';

/** A title or award a person holds, e.g. 国家级技能大师 (national). */
const honourSchema = z
  .object({
    /** The title as the report gives it. */
    title: text,
    /**
     * Level of the body that grants it, where the title or the report states it (全国…,
     * 浙江省…, 国家级…); omitted where it does not (大国工匠, a foundation's prize): the
     * site does not rank an honour the report leaves unranked.
     */
    level: level.optional(),
    /** Year granted, only where the report states or clearly implies it. */
    year: z.number().int().min(1949).max(2100).optional(),
  })
  .strict();

/** One thing a report leaves open about a person, as a short phrase, e.g. "工作单位". */
export const unsaidItem = text.pipe(z.string().max(40, '太长：写成一个短语，例如“工作单位”'));

/** A skilled worker, teacher or master named in the reports. Profile text is the MDX body. */
export const craftsmanSchema = (ref: RefFactory) =>
  z
    .object({
      /** Name in Chinese characters. */
      name: text,
      /** Trade or craft (工种/技艺) in a few words, e.g. "设备维修"; omitted where the report does not say. */
      trade: text.optional(),
      /** Broad trade family for filtering. */
      tradeGroup: z.enum(['manufacturing', 'crafts', 'energy', 'logistics', 'education', 'aerospace', 'port', 'unstated']),
      /** Job title or rank at the employer, e.g. "高级技师". */
      role: text.optional(),
      /** Employer or school; omitted where the report does not say. */
      employer: ref('organizations').optional(),
      /**
       * Where the report places them (their workplace's district); omitted where it does not
       * say. Appearing at a district's event is not a location: that shows through the news.
       */
      district: ref('districts').optional(),
      /** One sentence for cards and share images, in our own words. */
      summary: text,
      /** Titles and awards, highest first. */
      honours: z.array(honourSchema).default([]),
      /** Studio they lead, if the reports name one. */
      studio: ref('studios').optional(),
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
                .superRefine(plainOnly),
              /** Where they said it. */
              context: text,
              /** The report quoting them. */
              source: ref('sources'),
            })
            .strict(),
        )
        .default([]),
      /** When the report that features them was published or took place. */
      date: reportDate,
      /** Reports that name them. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源'),
      /** Other names a reader may type (e.g. "杭齿"), indexed for search. */
      keywords: z.array(text).default([]),
      /** Shown on the home page. */
      featured: z.boolean().default(false),
      /** Passages of the report that disagree with each other about this person, kept as reported. */
      discrepancies: z.array(text).default([]),
      /**
       * What the report leaves open about this person, each a short phrase in plain text
       * (e.g. "演奏者是谁", "工作单位"), shown after the story under 报道没有写明. The story
       * itself spends at most one sentence on such gaps (test/unit/stories.test.ts).
       */
      unsaid: z.array(unsaidItem).default([]),
    })
    .strict();
