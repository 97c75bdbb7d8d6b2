import { z } from 'astro/zod';
import { type RefFactory, slug, text } from './shared.ts';

/**
 * A chart, declared beside the data it draws (`data/charts.json`): what it is called, what it
 * says, which figures it draws and in what order, and what it computes. The drawing code in
 * `src/charts/` knows only the kinds below, never a particular chart.
 *
 * Titles, subtitles, notes and labels are text with placeholders the chart fills:
 * `{wording:<figure>}` (the report's words), `{value:<figure>}` (the number, formatted),
 * `{standsAt:<figure>}` (its date), `{precision:<figure>}`, and what the kind computes, e.g.
 * `{share:<figure>}` (a part's share of its whole, per cent to one decimal; the same rounding
 * everywhere). A number is never typed: the content check refuses digits outside a placeholder
 * or a quotation (“…”), and relative time (今年, 近3年 …) outside a quotation.
 */
export const chartSchema = (ref: RefFactory) => {
  const figure = ref('figures');
  /** One drawn figure and the label it is drawn with. */
  const drawn = z
    .object({
      figure: figure.meta({ title: '数字', description: '要画的数字' }),
      label: text.meta({ title: '标签', description: '画出时这个数字旁的文字' }),
    })
    .strict();
  const base = {
    /** Stable id: the addresses /charts/<id>/ and /embed/<id>/ and the download names. */
    id: slug.meta({ title: '编号', description: '固定编号，用于 /charts/编号/、/embed/编号/ 网址和下载文件名' }),
    /** What the chart says: a claim, so its numbers come from placeholders. */
    title: text.meta({ multiline: true, title: '标题', description: '图表要说的结论；其中的数字用占位符代入，不直接写' }),
    /** What is counted and its date (use `{standsAt:<figure>}`). */
    subtitle: text.meta({ title: '副标题', description: '统计的是什么、截至何时（用 {standsAt:数字编号}）' }),
  };
  /** Caveats shown under the chart and in every download: last in every kind, as they are read. */
  const notes = {
    notes: z.array(text).default([]).meta({ multiline: true, title: '注释', description: '显示在图表下方和每个下载文件中的说明' }),
  };
  /** Headers of the data table's first two columns, where the kind's defaults do not fit. */
  const headers = {
    itemLabel: text.optional().meta({ title: '项目列标题', description: '数据表第一列的标题，默认的不合适时填写' }),
    valueLabel: text.optional().meta({ title: '数值列标题', description: '数据表第二列的标题，默认的不合适时填写' }),
  };

  return z.discriminatedUnion('kind', [
    z
      .object({
        ...base,
        ...headers,
        /** Horizontal bars, one per figure; a remainder bar is the site's subtraction, drawn dashed. */
        kind: z
          .literal('counts')
          .meta({ title: '图表类型', description: '横条图：每个数字一条；整体减去其余的“余下”一条由本站计算，画成虚线' }),
        /** The axis title. */
        axis: text.meta({ title: '坐标轴标题', description: '数值坐标轴的标题' }),
        /** What is written at each bar's end: the number formatted with its unit, or the report's wording. */
        show: z
          .enum(['value', 'wording'])
          .default('value')
          .meta({
            title: '条末文字',
            description: '每条末端写什么：带单位的数值，或报道原文的写法',
            options: { value: '数值', wording: '原文写法' },
          }),
        /** Bars in the order listed, or the largest first. */
        order: z
          .enum(['as-listed', 'largest-first'])
          .default('as-listed')
          .meta({
            title: '排列顺序',
            description: '按列出的顺序，或最大的在前',
            options: { 'as-listed': '按列出顺序', 'largest-first': '最大的在前' },
          }),
        /** Groups of bars in one unit each; bars of different units go in different series. */
        series: z
          .array(
            z
              .object({
                bars: z
                  .array(drawn)
                  .min(1, '至少要画一个数字')
                  .meta({ title: '横条', description: '这一组要画的数字，每个一条，至少一个' }),
                /** Each bar's share of this whole, computed by the site. */
                shareOf: figure.optional().meta({ title: '占比的整体', description: '填了就显示每条占这个整体的比例，由本站计算' }),
                /** A last bar: this whole minus the other bars, computed by the site. */
                remainder: z
                  .object({
                    of: figure.meta({ title: '整体', description: '减去其余各条的那个整体数字' }),
                    label: text.meta({ title: '标签', description: '“余下”这一条的文字' }),
                  })
                  .strict()
                  .optional()
                  .meta({ title: '余下部分', description: '最后一条：整体减去其余各条，由本站计算' }),
              })
              .strict(),
          )
          .min(1, '至少要有一个系列')
          .meta({ title: '系列', description: '每组横条单位相同，单位不同的分在不同系列；至少一个系列' }),
        ...notes,
      })
      .strict(),
    z
      .object({
        ...base,
        /** Each achievement against its target, in per cent of the target (a bullet chart). */
        kind: z.literal('target-vs-result').meta({ title: '图表类型', description: '子弹图：每项实绩对照它的目标，以占目标的百分比表示' }),
        rows: z
          .array(
            z
              .object({
                label: text.meta({ title: '标签', description: '这一行的名称' }),
                /** What was done: an achievement, never a target. */
                achieved: figure.meta({ title: '实绩', description: '完成了多少：必须是实绩数字，不能是目标' }),
                /** The target it is measured against. */
                target: figure.meta({ title: '目标', description: '用来对照的目标数字' }),
                /** The completion rate as the report states it; drawn when given, else the site's. */
                rate: figure.optional().meta({ title: '完成率', description: '报道写明的完成率；填了就画它，不填则由本站计算' }),
              })
              .strict(),
          )
          .min(1, '至少要有一行')
          .meta({ title: '各行', description: '每行一项实绩和它的目标，至少一行' }),
        ...notes,
      })
      .strict(),
    z
      .object({
        ...base,
        ...headers,
        /** Each whole as a 100 % bar split into its parts; an unstated remainder is drawn dashed. */
        kind: z
          .literal('parts-of-whole')
          .meta({ title: '图表类型', description: '构成图：每个整体画成 100% 的条，分成各部分；报道未说明的余下部分画成虚线' }),
        wholes: z
          .array(
            z
              .object({
                /** The whole's name; `{total}` is its number. A whole without a figure is the sum of its parts, and says so. */
                label: text.meta({
                  title: '名称',
                  description: '整体的名称，{total} 代表它的数字；没有整体数字的，以各部分之和为整体并写明',
                }),
                whole: figure.optional().meta({ title: '整体数字', description: '整体的数字；不填则以各部分之和为整体' }),
                parts: z
                  .array(drawn)
                  .min(1, '至少要有一个组成部分')
                  .meta({ title: '组成部分', description: '整体中的各部分数字，至少一个' }),
                /** The label of the rest: the whole minus its parts, computed by the site. */
                remainder: text.optional().meta({ title: '余下部分名称', description: '整体减去各部分后剩下那一段的名称，数字由本站计算' }),
              })
              .strict(),
          )
          .min(1, '至少要有一个整体')
          .meta({ title: '各整体', description: '要画的整体，每个一条，至少一个' }),
        ...notes,
      })
      .strict(),
    z
      .object({
        ...base,
        /** A plan's targets on a logarithmic scale, each order of magnitude given equal room. */
        kind: z
          .literal('plan-targets')
          .meta({ title: '图表类型', description: '规划目标图：各目标画在对数刻度上，每个数量级占同样的宽度' }),
        targets: z.array(drawn).min(1, '至少要有一个目标').meta({ title: '目标', description: '要画的目标数字，至少一个' }),
        ...notes,
      })
      .strict(),
    z
      .object({
        ...base,
        /** Every district's news and listed events in date order (drawn from milestones, not figures). */
        kind: z.literal('timeline').meta({ title: '图表类型', description: '时间线：各区的新闻和活动按日期排列（取自大事记，不用数字）' }),
        ...notes,
      })
      .strict(),
  ]);
};

/** References as plain ids, as the content check reads them and the chart kinds take them. */
type Plain<T> = T extends { id: string; collection: string }
  ? string
  : T extends readonly (infer U)[]
    ? Plain<U>[]
    : T extends object
      ? { [K in keyof T]: Plain<T[K]> }
      : T;

/** A chart declaration as the chart kinds read it: figures by id. */
export type ChartDeclaration = Plain<z.output<ReturnType<typeof chartSchema>>>;
export type ChartKind = ChartDeclaration['kind'];
/** One kind's declaration. */
export type DeclarationOf<K extends ChartKind> = Extract<ChartDeclaration, { kind: K }>;
