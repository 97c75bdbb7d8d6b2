import { z } from 'astro/zod';
import { KIND_NAMES, KINDS } from './figures.ts';
import { slug, text } from './shared.ts';

/**
 * What the search page needs to understand a reader's words, in one list
 * (data/search-terms.json): words that mean the same, words typed for others (typos, English,
 * pinyin of common words), what a question asks for, words that only ask (如何, 谁), words
 * that ask for a kind of page, and traditional characters with their simplified forms. Place names are not here: they, their
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
  /** How long something lasted or has gone on (多久, 多少年, 几个月): a duration. */
  'duration',
  /** What part of a whole something is (占比, 百分之几): a share. */
  'share',
  /** Not a number: what a place or body has done, in all (概况, 工作成效): its own page. */
  'overview',
] as const;
export type Intent = (typeof INTENTS)[number];

export const searchTermSchema = z.discriminatedUnion('kind', [
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Words that stand for one another: a figure that says one is found by any. */
      kind: z
        .literal('synonyms')
        .meta({ title: '词表类型', description: '同义词：几个词可以互相代替，数字含其中一个，搜任何一个都能找到' }),
      words: z.array(word).min(2).meta({ title: '同义词', description: '可以互相代替的词，至少两个，词中不能有空格' }),
    })
    .strict(),
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Words readers type for another (a typo, an English or pinyin word): read as `means`. */
      kind: z.literal('variant').meta({ title: '词表类型', description: '异写：读者为某个词打的错字、英文或拼音，按那个词来理解' }),
      means: word.meta({ title: '本来的词', description: '读者想说的那个词，词中不能有空格' }),
      typed: words.meta({ title: '读者的写法', description: '读者实际输入的错字、英文或拼音，至少一个，词中不能有空格' }),
    })
    .strict(),
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Words that say what is asked of a figure (see INTENTS). */
      kind: z.literal('intent').meta({ title: '词表类型', description: '提问用词：说明读者要问数字的什么' }),
      intent: z.enum(INTENTS).meta({
        title: '提问意图',
        description: '这些词问的是什么：总量、目标、完成情况、时长、占比，还是一个地区或机构的概况（给出它的专页）',
        options: { total: '总量', target: '目标', completion: '完成情况', duration: '时长', share: '占比', overview: '概况' },
      }),
      words: words.meta({ title: '用词', description: '表示这种提问的词，如“一共”“目标”“完成率”，至少一个，词中不能有空格' }),
    })
    .strict(),
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Words that only ask and name nothing (如何, 是谁): no page holds them, so search leaves them out. */
      kind: z
        .literal('question-words')
        .meta({ title: '词表类型', description: '提问用语：只表示在提问、不指任何内容的词，如“如何”“谁”，搜索时略去' }),
      words: words.meta({ title: '用词', description: '这样的词，至少一个，词中不能有空格' }),
    })
    .strict(),
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Words that ask for a kind of page (the value of its 类型 filter): “萧山 师傅” asks for 工匠. */
      kind: z.literal('page-type').meta({ title: '词表类型', description: '页面类型词：读者用来要某一类页面的词，如“师傅”要工匠页' }),
      type: text.meta({ title: '页面类型', description: '“类型”筛选中的值，如“工匠”' }),
      words: words.meta({ title: '用词', description: '要这一类页面的词，至少一个，词中不能有空格' }),
    })
    .strict(),
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Words a reader types for a figure counted in these units (人数 for one in 人次). */
      kind: z
        .literal('unit-words')
        .meta({ title: '词表类型', description: '单位用词：读者对按某种单位计的数字的说法（人次的数字说“人数”）' }),
      units: z.array(text).min(1).meta({ title: '单位', description: '这些词对应的单位，如“人次”，至少一个' }),
      words: words.meta({ title: '用词', description: '读者对这种数字的说法，至少一个，词中不能有空格' }),
    })
    .strict(),
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Words a reader types for a figure of this kind (目标 for a target). */
      kind: z
        .literal('figure-kind-words')
        .meta({ title: '词表类型', description: '数字类别用词：读者对某一类数字的说法（目标类说“目标”）' }),
      figureKind: z.enum(KINDS).meta({ title: '数字类别', description: '这些词所指的数字类别', options: KIND_NAMES }),
      words: words.meta({ title: '用词', description: '读者对这类数字的说法，至少一个，词中不能有空格' }),
    })
    .strict(),
  z
    .object({
      id: slug.meta({ title: '编号', description: '固定编号，只用小写字母、数字和连字符，至少一个字母' }),
      /** Traditional characters and, at the same positions, their simplified forms. */
      kind: z.literal('characters').meta({ title: '词表类型', description: '繁简字：繁体字和同一位置上的简体字' }),
      traditional: z.string().min(1).meta({ title: '繁体字', description: '繁体字，逐字与简体字对应' }),
      simplified: z.string().min(1).meta({ title: '简体字', description: '与繁体字同一位置的简体字，字数须与繁体字相同' }),
    })
    .strict()
    .refine((c) => [...c.traditional].length === [...c.simplified].length, {
      message: 'traditional 与 simplified 须一一对应，字数相同',
      path: ['simplified'],
    }),
]);
export type SearchTerm = z.output<typeof searchTermSchema>;
