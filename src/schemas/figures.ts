import { z } from 'astro/zod';
import { BLANK_MESSAGE, figureId, isBlank, period, plainOnly, type RefFactory, reportDate, slug, text } from './shared.ts';
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

/** Each kind's Chinese name, as an editor reads it in a message and on the editing desk. */
export const KIND_NAMES = {
  target: '目标',
  achievement: '实绩',
  stock: '现有总数',
  count: '数量',
  rate: '完成率',
  share: '占比',
  duration: '时长',
  fact: '其他事实',
} as const satisfies Record<Kind, string>;

/** Each kind as an editor reads it in a message: "目标（target）". */
export const kindName = (kind: Kind) => `${KIND_NAMES[kind]}（${kind}）`;

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
    op: z.enum(['ratio', 'sum', 'difference']).meta({
      title: '运算',
      description: '比率为第一项÷第二项（百分数，正好两项）；合计为各项相加；差额为第一项减去其余各项',
      options: { ratio: '比率', sum: '合计', difference: '差额' },
    }),
    /** Ids of the figures it is computed from, in order. */
    of: z.array(figureId).min(2).meta({ title: '所用数字', description: '参与计算的数字的编号，按算式的顺序，至少两个' }),
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
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符；数字的网址为 /figures/编号/' }),
      /** The dataset: set from the file the figure sits in, never written by hand. */
      dataset: ref('datasets').meta({ title: '所属数据集', description: '由数字所在的文件决定，不要手工填写' }),
      /** Short label, e.g. "职业技能培训". */
      label: text.meta({ title: '名称', description: '简短的名称，如“职业技能培训”' }),
      /**
       * The number exactly as the report words it, with its unit and any qualifier word:
       * "3.48万人次", "2.6万人次以上", "超31万人", "近500份", "1000余名", "8-15%". Pages show
       * this; the qualifier and the rounding are read from it (src/schemas/wording.ts).
       */
      wording: text.meta({
        title: '原文写法',
        description: '照报道原文抄，连“以上”“约”“余”等字样一起抄；本站由它读出约数，下面的数值须与它一致',
      }),
      /** The number as a plain value, which the wording must give (a percentage as 134 with unit "%"). */
      value: z
        .number()
        .nonnegative('数值不能为负')
        .meta({ title: '数值', description: '不带单位的数，须与原文写法一致，不能为负；百分比写 134，单位填 %' }),
      /** The upper end when the report gives a range ("8-15%"). */
      valueTo: z
        .number()
        .nonnegative()
        .optional()
        .meta({ title: '数值上限', description: '原文是一个范围（如“8-15%”）时填上限，须大于数值' }),
      /** Unit as the report counts: 人次, 人, 家, 个, 项, 万元, %, 年 … */
      unit: text.meta({ title: '单位', description: '按报道的计数单位：人次、人、家、个、项、万元、%、年等' }),
      /** What kind of number it is (see KINDS). */
      kind: z.enum(KINDS).meta({
        title: '数字类别',
        description: '这是什么样的数字；只有完成率、占比和其他事实能用 %，完成率要写计算方式',
        options: KIND_NAMES,
      }),
      /** What is counted, in one sentence of our own. */
      counts: text.meta({ multiline: true, title: '统计内容', description: '用本站自己的话一句话写统计的是什么' }),
      /**
       * The place it is about. Omitted for a national figure (`national`) and for one the
       * report ties to no place, only to a person or an organisation (陆忠明's years at a
       * company whose district the report does not give): a figure without a district is
       * not national unless it says so.
       */
      district: ref('districts')
        .optional()
        .meta({ title: '所属地区', description: '数字所属的地区；全国数字不填，报道只说属于某人或某单位的也不填' }),
      /**
       * True only for a figure about the whole country, as the report words it (the 346
       * WorldSkills China training bases in 245 units nationwide); never with a district.
       * Only such a figure is called 全国 anywhere.
       */
      national: z.literal(true).optional().meta({ title: '全国数字', description: '只有报道说的是全国的数字才选；选了就不能再填所属地区' }),
      /** The organisation it is about, if one. */
      organization: ref('organizations').optional().meta({ title: '所属机构', description: '数字所属的单位（如有）' }),
      /** The person it is about, if one. */
      craftsman: ref('craftsmen').optional().meta({ title: '所属工匠', description: '数字所属的工匠（如有）' }),
      /** The date the figure stands at ("截至11月20日"). */
      asOf: reportDate.optional().meta({ title: '截至日期', description: '数字所处的日期（“截至11月20日”）；截至日期和时期至少填一个' }),
      /** The period it covers ("2020-2022年三年"). */
      period: period.optional().meta({ title: '时期', description: '数字涵盖的时期（如“2020-2022年三年”）；和截至日期至少填一个' }),
      /** The report it comes from. */
      source: ref('sources').meta({ title: '来源报道', description: '数字出自哪篇报道' }),
      /** The short passage of the report it comes from (at most 80 characters), for checking. */
      passage: z
        .string()
        .min(2)
        .max(80, 'passage 最多 80 字：只摘录数字所在的短句')
        .refine((s) => !isBlank(s), BLANK_MESSAGE)
        .superRefine(plainOnly)
        .meta({ title: '原文摘录', description: '报道中写着这个数字的那一句，2–80 字，须含原文写法，供核对' }),
      /** Where the report states a derived value (a rate, a share, a total): how to recompute it. */
      derivation: derivation
        .optional()
        .meta({ title: '计算方式', description: '报道给出的派生数（比率、占比、合计）怎样由其他数字算出；完成率必填' }),
      /**
       * The figure this one is a part of, where the report says so ("共培训96309人次，其中线上
       * 培训41893人次") or the one is by definition among the other (高技能人才 among 技能人才):
       * the content check holds it to no more than its whole, in the same unit and standing.
       * Charts draw such pairs as a part and the rest of the whole.
       */
      partOf: figureId
        .optional()
        .meta({ title: '所属整体', description: '这个数字是哪个数字的一部分，填那个数字的编号；它不能大于整体，单位和时间要相同' }),
      /** A disagreement with another passage of the same report, kept as reported. */
      discrepancy: z
        .object({
          /** The figure it disagrees with. */
          with: figureId.meta({ title: '矛盾的数字', description: '与之不一致的那个数字的编号' }),
          /** What disagrees, in a sentence. */
          note: text.meta({ multiline: true, title: '说明', description: '一句话写哪里不一致' }),
        })
        .strict()
        .optional()
        .meta({ title: '报道矛盾', description: '与同一篇报道另一处说法不一致时填写，照报道原样记下' }),
      /** Anything else a careful reader should know. */
      note: text.optional().meta({ multiline: true, title: '备注', description: '细心的读者还应知道的其他情况' }),
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
