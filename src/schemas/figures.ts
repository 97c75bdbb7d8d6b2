import { z } from 'astro/zod';
import { period, type RefFactory, reportDate, slug, text } from './shared.ts';

/**
 * How the report words a number: "逾2700家" is more-than, "1000余名" is more-than,
 * "近500份" is nearly, "约" is about. A journalist must not turn "over 2,700" into "2,700".
 */
export const QUALIFIERS = ['exact', 'more-than', 'nearly', 'about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Derived values the report states, which the test suite recomputes from the parts. */
export const derivation = z
  .object({
    /** ratio: of[0] / of[1]; sum: of[0] + of[1] + …; difference: of[0] − of[1] − … */
    op: z.enum(['ratio', 'sum', 'difference']),
    /** Ids of the figures it is computed from, in order. */
    of: z.array(slug).min(2),
  })
  .strict();

/** One number stated in a report, traceable to the passage it comes from. */
export const figureSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id; the permalink is /figures/<id>/. */
      id: slug,
      /** The dataset: set from the file the figure sits in, never written by hand. */
      dataset: ref('datasets'),
      /** Short label, e.g. "职业技能培训". */
      label: text,
      /** The number as stated (a percentage as 134 with unit "%"). */
      value: z.number(),
      /** Unit as the report counts: 人次, 人, 家, 个, 项, 万元, %, 年 … */
      unit: text,
      /** How exact the report's wording is. */
      qualifier: z.enum(QUALIFIERS).default('exact'),
      /** What is counted, in one sentence of our own. */
      counts: text,
      /** Target (目标), achievement (完成/已有) or a descriptive fact (size, duration, price). */
      role: z.enum(['target', 'achievement', 'fact']),
      /** The place it is about; omitted for national figures (then `organization` says whose). */
      district: ref('districts').optional(),
      /** The organisation it is about, if one. */
      organization: ref('organizations').optional(),
      /** The person it is about, if one. */
      craftsman: ref('craftsmen').optional(),
      /** The date the figure stands at ("截至11月20日"). */
      asOf: reportDate.optional(),
      /** The period it covers ("2020-2022年三年"). */
      period: period.optional(),
      /** The report it comes from. */
      source: ref('sources'),
      /** The short passage of the report it comes from (at most 80 characters), for checking. */
      passage: z.string().min(2).max(80, 'passage 最多 80 字：只摘录数字所在的短句'),
      /** Where the report states a derived value (a rate, a share, a total): how to recompute it. */
      derivation: derivation.optional(),
      /** A disagreement with another passage of the same report, kept as reported. */
      discrepancy: z
        .object({
          /** The figure it disagrees with. */
          with: slug,
          /** What disagrees, in a sentence. */
          note: text,
        })
        .strict()
        .optional(),
      /** Anything else a careful reader should know. */
      note: text.optional(),
    })
    .strict()
    .refine((f) => f.asOf || f.period, { message: '每个数字都要有 asOf（截至日期）或 period（时期）', path: ['asOf'] })
    .refine((f) => f.district || f.organization, {
      message: '数字要么属于一个地区（district），要么属于一个机构（organization）',
      path: ['district'],
    });

/** The fields of a figure that name another entry. */
type RefField = 'dataset' | 'district' | 'organization' | 'craftsman' | 'source';

/**
 * One figure as everything after the loader uses it (pages, charts, exports, derived
 * numbers, tests): the schema's own fields and enums, with each reference as the id it
 * names. `src/queries/collections.ts` makes these from the collection's entries.
 */
export type FigureRecord = Omit<z.output<ReturnType<typeof figureSchema>>, RefField> & {
  id: string;
  dataset: string;
  source: string;
  district?: string | undefined;
  organization?: string | undefined;
  craftsman?: string | undefined;
};
