import { z } from 'astro/zod';
import { BLANK_MESSAGE, isBlank, period, plainOnly, type RefFactory, reportDate, slug, text } from './shared.ts';
import { hasNumeral, readWording, wordingNotInPassage } from './wording.ts';

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

/** Each kind as an editor reads it in a message: "目标（target）". */
export const kindName = (kind: Kind) =>
  `${{ target: '目标', achievement: '实绩', stock: '现有总数', count: '数量', rate: '完成率', share: '占比', duration: '时长', fact: '其他事实' }[kind]}（${kind}）`;

/**
 * The kinds that may be counted in %: a rate, a share, and a fact such as a pay rise of
 * "8-15%". A target, an achievement, a stock, a count or a duration counts things or time.
 */
const PERCENT_KINDS: readonly Kind[] = ['rate', 'share', 'fact'];

/**
 * Units that count whole people, bodies or things (人, 名, 家, 个 …): a value in one of them
 * is a whole number. A rounded wording still gives one ("3.48万人次" is 34800); a unit that
 * carries its own 万 or 亿 ("万人次") may take decimals and is not listed.
 */
const WHOLE_UNITS = '人 人次 名 位 家 个 所 项 门 本 份 场 台 次 件 种 批 届 座 条 类 户 间 套 张 篇 支 期'.split(' ');

/** Units a duration may be counted in. */
const TIME_UNITS = ['年', '个月', '月', '周', '天', '日', '小时', '分钟'];

/**
 * Limits past which a value is a slip, not a report: a completion rate of more than ten times
 * its target (a ratio of the wrong figures, e.g. 人次 over 万元 gives 17420 %), and a
 * duration of more than a century in years (a year typed as a duration).
 */
const MAX_RATE = 1000;
const MAX_YEARS = 100;

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

/** What a figure's own fields need to make sense as the number they claim to be. */
interface Claimed {
  kind: Kind;
  unit: string;
  value: number;
  valueTo?: number | undefined;
  derivation?: unknown;
}

/**
 * Whether a value can be what its kind and unit say it is: [field, problem] for each way it
 * cannot. Only rates, shares and facts are in %; counts of people and things are whole; a
 * duration is counted in time; a rate is worked out from its achievement and target, so it
 * carries the derivation (a report's bare percentage is a fact); limits as `MAX_RATE`.
 */
export function senseOfValue(f: Claimed): [string, string][] {
  const problems: [string, string][] = [];
  if (f.unit === '%' && !PERCENT_KINDS.includes(f.kind)) {
    problems.push(['unit', `${kindName(f.kind)}不以 % 计：只有完成率（rate）、占比（share）和其他事实（fact）可以用 %`]);
  }
  const values = [f.value, ...(f.valueTo === undefined ? [] : [f.valueTo])];
  if (WHOLE_UNITS.includes(f.unit) && values.some((v) => !Number.isInteger(v))) {
    problems.push(['value', `以“${f.unit}”计的是一个个的人或物，数值应为整数，这里是 ${values.join('–')}`]);
  }
  if (f.kind === 'duration' && !TIME_UNITS.includes(f.unit)) {
    problems.push(['unit', `时长（duration）应以时间计（${TIME_UNITS.join('、')}），这里是“${f.unit}”`]);
  }
  if (f.kind === 'duration' && f.unit === '年' && Math.max(...values) > MAX_YEARS) {
    problems.push(['value', `时长 ${Math.max(...values)} 年超过 ${MAX_YEARS} 年：是不是把年份写成了时长？`]);
  }
  if (f.kind === 'rate' && f.value > MAX_RATE) {
    problems.push(['value', `完成率 ${f.value}% 超过 ${MAX_RATE}%：多半是分子、分母用错了数字，请核对`]);
  }
  if (f.kind === 'rate' && !f.derivation) {
    problems.push(['derivation', '完成率（rate）要写 derivation：ratio(实绩, 目标)；报道只给百分比而没有实绩和目标的，kind 应为 fact']);
  }
  return problems;
}

/**
 * A figure's fields and their types, before the rules that relate them (`figureSchema`). The
 * content check reads figures through this too, so that its rules across figures still see
 * one whose own value breaks a rule (a ratio of the wrong figures is named as such, not only
 * as an implausible rate).
 */
export const figureFields = (ref: RefFactory) =>
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
      /**
       * The place it is about. Omitted for a national figure (`national`) and for one the
       * report ties to no place, only to a person or an organisation (陆忠明's years at a
       * company whose district the report does not give): a figure without a district is
       * not national unless it says so.
       */
      district: ref('districts').optional(),
      /**
       * True only for a figure about the whole country, as the report words it (the 346
       * WorldSkills China training bases in 245 units nationwide); never with a district.
       * Only such a figure is called 全国 anywhere.
       */
      national: z.literal(true).optional(),
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
        .refine((s) => !isBlank(s), BLANK_MESSAGE)
        .superRefine(plainOnly),
      /** Where the report states a derived value (a rate, a share, a total): how to recompute it. */
      derivation: derivation.optional(),
      /**
       * The figure this one is a part of, where the report says so ("共培训96309人次，其中线上
       * 培训41893人次") or the one is by definition among the other (高技能人才 among 技能人才):
       * the content check holds it to no more than its whole, in the same unit and standing.
       * Charts draw such pairs as a part and the rest of the whole.
       */
      partOf: slug.optional(),
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
    .strict();

/** One number stated in a report, traceable to the passage it comes from. */
export const figureSchema = (ref: RefFactory) =>
  figureFields(ref)
    .refine((f) => f.asOf || f.period, { message: '每个数字都要有 asOf（截至日期）或 period（时期）', path: ['asOf'] })
    .refine((f) => f.district || f.national || f.organization || f.craftsman, {
      message: '数字要说明属于谁：一个地区（district）、全国（national: true）、一个机构（organization）或一个人（craftsman）',
      path: ['district'],
    })
    .refine((f) => !(f.national && f.district), {
      message: '全国数字（national: true）不属于某一个区：national 和 district 只能写一个',
      path: ['national'],
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
      if (!hasNumeral(f.passage)) issue('passage', '摘录中没有数字：passage 须是报道里写着这个数字的那一句');
      else {
        const missing = wordingNotInPassage(f.wording, f.unit, f.passage);
        if (missing) issue('wording', missing);
      }
      for (const [path, problem] of senseOfValue(f)) issue(path, problem);
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
