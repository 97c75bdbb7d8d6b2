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
  const drawn = z.object({ figure, label: text }).strict();
  const base = {
    /** Stable id: the addresses /charts/<id>/ and /embed/<id>/ and the download names. */
    id: slug,
    /** What the chart says: a claim, so its numbers come from placeholders. */
    title: text,
    /** What is counted and its date (use `{standsAt:<figure>}`). */
    subtitle: text,
    /** Caveats shown under the chart and in every download. */
    notes: z.array(text).default([]),
  };
  /** Headers of the data table's first two columns, where the kind's defaults do not fit. */
  const headers = { itemLabel: text.optional(), valueLabel: text.optional() };

  return z.discriminatedUnion('kind', [
    z
      .object({
        ...base,
        ...headers,
        /** Horizontal bars, one per figure; a remainder bar is the site's subtraction, drawn dashed. */
        kind: z.literal('counts'),
        /** The axis title. */
        axis: text,
        /** What is written at each bar's end: the number formatted with its unit, or the report's wording. */
        show: z.enum(['value', 'wording']).default('value'),
        /** Bars in the order listed, or the largest first. */
        order: z.enum(['as-listed', 'largest-first']).default('as-listed'),
        /** Groups of bars in one unit each; bars of different units go in different series. */
        series: z
          .array(
            z
              .object({
                bars: z.array(drawn).min(1, '至少要画一个数字'),
                /** Each bar's share of this whole, computed by the site. */
                shareOf: figure.optional(),
                /** A last bar: this whole minus the other bars, computed by the site. */
                remainder: z.object({ of: figure, label: text }).strict().optional(),
              })
              .strict(),
          )
          .min(1, '至少要有一个系列'),
      })
      .strict(),
    z
      .object({
        ...base,
        /** Each achievement against its target, in per cent of the target (a bullet chart). */
        kind: z.literal('target-vs-result'),
        rows: z
          .array(
            z
              .object({
                label: text,
                /** What was done: an achievement, never a target. */
                achieved: figure,
                /** The target it is measured against. */
                target: figure,
                /** The completion rate as the report states it; drawn when given, else the site's. */
                rate: figure.optional(),
              })
              .strict(),
          )
          .min(1, '至少要有一行'),
      })
      .strict(),
    z
      .object({
        ...base,
        ...headers,
        /** Each whole as a 100 % bar split into its parts; an unstated remainder is drawn dashed. */
        kind: z.literal('parts-of-whole'),
        wholes: z
          .array(
            z
              .object({
                /** The whole's name; `{total}` is its number. A whole without a figure is the sum of its parts, and says so. */
                label: text,
                whole: figure.optional(),
                parts: z.array(drawn).min(1, '至少要有一个组成部分'),
                /** The label of the rest: the whole minus its parts, computed by the site. */
                remainder: text.optional(),
              })
              .strict(),
          )
          .min(1, '至少要有一个整体'),
      })
      .strict(),
    z
      .object({
        ...base,
        /** A plan's targets on a logarithmic scale, each order of magnitude given equal room. */
        kind: z.literal('plan-targets'),
        targets: z.array(drawn).min(1, '至少要有一个目标'),
      })
      .strict(),
    z
      .object({
        ...base,
        /** Every district's news and listed events in date order (drawn from milestones, not figures). */
        kind: z.literal('timeline'),
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
