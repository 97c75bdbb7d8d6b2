import { z } from 'astro/zod';
import { KINDS } from './figures.ts';
import { slug, text } from './shared.ts';

/**
 * What the search page needs to understand a reader's words, in one list
 * (data/search-terms.json): words that mean the same, words typed for others (typos, English,
 * pinyin of common words), what a question asks for, words that ask for a kind of page, and
 * traditional characters with their simplified forms. Place names are not here: they, their
 * short forms, aliases and pinyin come from the districts collection.
 */

/** A word as a reader types it: no spaces, so the query can be read word by word. */
const word = text.refine((s) => !/\s/.test(s), '词中不能有空格');
const words = z.array(word).min(1);

/** What a question asks of a figure. */
export const INTENTS = [
  /** How many there are in all (总量, 一共, 多少): a whole, not one of its parts. */
  'total',
  /** A goal (目标, 计划). */
  'target',
  /** How far a goal was met (完成率, 完成情况). */
  'completion',
] as const;
export type Intent = (typeof INTENTS)[number];

export const searchTermSchema = z.discriminatedUnion('kind', [
  z
    .object({
      id: slug,
      /** Words that stand for one another: a figure that says one is found by any. */
      kind: z.literal('synonyms'),
      words: z.array(word).min(2),
    })
    .strict(),
  z
    .object({
      id: slug,
      /** Words readers type for another (a typo, an English or pinyin word): read as `means`. */
      kind: z.literal('variant'),
      means: word,
      typed: words,
    })
    .strict(),
  z
    .object({
      id: slug,
      /** Words that say what is asked of a figure (see INTENTS). */
      kind: z.literal('intent'),
      intent: z.enum(INTENTS),
      words,
    })
    .strict(),
  z
    .object({
      id: slug,
      /** Words that ask for a kind of page (the value of its 类型 filter): “萧山 师傅” asks for 工匠. */
      kind: z.literal('page-type'),
      type: text,
      words,
    })
    .strict(),
  z
    .object({
      id: slug,
      /** Words a reader types for a figure counted in these units (人数 for one in 人次). */
      kind: z.literal('unit-words'),
      units: z.array(text).min(1),
      words,
    })
    .strict(),
  z
    .object({
      id: slug,
      /** Words a reader types for a figure of this kind (目标 for a target). */
      kind: z.literal('figure-kind-words'),
      figureKind: z.enum(KINDS),
      words,
    })
    .strict(),
  z
    .object({
      id: slug,
      /** Traditional characters and, at the same positions, their simplified forms. */
      kind: z.literal('characters'),
      traditional: z.string().min(1),
      simplified: z.string().min(1),
    })
    .strict()
    .refine((c) => [...c.traditional].length === [...c.simplified].length, {
      message: 'traditional 与 simplified 须一一对应，字数相同',
      path: ['simplified'],
    }),
]);
export type SearchTerm = z.output<typeof searchTermSchema>;
