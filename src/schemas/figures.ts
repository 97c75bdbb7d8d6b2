import { z } from 'astro/zod';
import { BLANK_MESSAGE, isBlank, period, type RefFactory, reportDate, slug, text } from './shared.ts';
import { readWording } from './wording.ts';

export { QUALIFIERS, type Qualifier } from './wording.ts';

/**
 * What kind of number a figure is. A stock ("技能人才超31万人") is not an achievement, a
 * completion rate may exceed 100 %, a share of a whole may not.
 */
export const KINDS = [
  /** A goal set for a period ("开展培训2.6万人次以上"). */
  'target',
  /** What was done in a period or by a date ("已开展培训34840人次"). */
  'achievement',
  /** How many there are at a date ("全区共有认定企业62家"): a total, not something completed. */
  'stock',
  /** How many of something an event or a programme has ("8家培训机构参展"). */
  'count',
  /** Achievement as a per cent of its target; may exceed 100 %. */
  'rate',
  /** A part as a per cent of its whole; at most 100 %. */
  'share',
  /** How long something lasted ("从业13年"). */
  'duration',
  /** Any other descriptive number: a threshold, a salary offer, a frequency. */
  'fact',
] as const;
export type Kind = (typeof KINDS)[number];

/** Derived values the report states, which the test suite recomputes from the parts. */
export const derivation = z
  .object({
    /** ratio: of[0] / of[1]; sum: of[0] + of[1] + …; difference: of[0] − of[1] − … */
    op: z.enum(['ratio', 'sum', 'difference']),
    /** Ids of the figures it is computed from, in order. */
    of: z.array(slug).min(2),
  })
  .strict()
  .refine((d) => d.op !== 'ratio' || d.of.length === 2, { message: 'ratio 须正好两项：分子、分母', path: ['of'] });

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
      /**
       * The number exactly as the report words it, with its unit and any qualifier word:
       * "3.48万人次", "2.6万人次以上", "超31万人", "近500份", "1000余名", "8-15%". Pages show
       * this; the qualifier and the rounding are read from it (src/schemas/wording.ts).
       */
      wording: text,
      /** The number as a plain value, which the wording must give (a percentage as 134 with unit "%"). */
      value: z.number().nonnegative('数值不能为负'),
      /** The upper end when the report gives a range ("8-15%"). */
      valueTo: z.number().nonnegative().optional(),
      /** Unit as the report counts: 人次, 人, 家, 个, 项, 万元, %, 年 … */
      unit: text,
      /** What is counted, in one sentence of our own. */
      counts: text,
      /** What kind of number it is (see KINDS). */
      kind: z.enum(KINDS),
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
      passage: z
        .string()
        .min(2)
        .max(80, 'passage 最多 80 字：只摘录数字所在的短句')
        .refine((s) => !isBlank(s), BLANK_MESSAGE),
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
    })
    .superRefine((f, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const read = readWording(f.wording, f.unit);
      if ('problem' in read) issue('wording', read.problem);
      else {
        if (Math.abs(read.value - f.value) > 1e-9) issue('value', `数值 ${f.value} 与原文措辞“${f.wording}”（${read.value}）不符`);
        if ((read.valueTo ?? null) !== (f.valueTo ?? null)) issue('valueTo', `valueTo 与原文措辞“${f.wording}”中的范围不符`);
      }
      if ((f.kind === 'rate' || f.kind === 'share') && f.unit !== '%') issue('unit', `${f.kind} 的单位应为 %`);
      if (f.kind === 'share' && Math.max(f.value, f.valueTo ?? 0) > 100) issue('value', `占比（share）不能超过 100%，这里是 ${f.value}%`);
      if (f.valueTo !== undefined && f.valueTo <= f.value) issue('valueTo', '范围的上限应大于下限');
    })
    // What the wording says about the number, derived once here so it is never typed twice.
    .transform((f) => {
      const read = readWording(f.wording, f.unit);
      // roundedTo is null, not absent, when the report writes the number to the unit, so records survive JSON.
      return 'problem' in read
        ? { ...f, qualifier: 'none' as const, roundedTo: null }
        : { ...f, qualifier: read.qualifier, roundedTo: read.roundedTo ?? null };
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
