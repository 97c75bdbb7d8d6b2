import type { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * Zod's own messages (a field missing, a number where text belongs) in Chinese, like every
 * message the schemas write themselves: the content check, the build and the editing desk
 * all say them to editors who read Chinese.
 */
z.config(z.locales.zhCN());

/**
 * How a schema points at another collection. In `content.config.ts` this is Astro's
 * `reference()`; in the stand-alone content check (`src/lib/content-check.ts`) it is a
 * plain id string whose existence is checked afterwards. One schema, two enforcers. The
 * type is Astro's, so pages get typed references; the import is type-only and vanishes
 * at run time.
 */
export type RefFactory = typeof reference;

/**
 * Every collection, and how and where its files are kept (relative to the project root): the
 * one list of collections. `json-array` is one JSON file holding an array of entries;
 * `markdown` a folder of .md/.mdx files, one entry each, named by its file; `dataset` the
 * folder of dataset files, each holding a dataset and its figures. The loaders
 * (src/content.config.ts), the raw reader (src/lib/content/files.ts) and the content check
 * all take the collections from here. `label` and `hint` are how the editing desk names a
 * collection and says what one entry of it is.
 */
export const COLLECTIONS = {
  sources: { stored: 'json-array', path: 'data/sources.json', label: '报道来源', hint: '一篇新闻报道：本站所有事实的唯一出处' },
  districts: { stored: 'markdown', path: 'src/content/districts', label: '地区', hint: '一个开展技能工作的地方：全市、一个区或一个新区' },
  craftsmen: {
    stored: 'markdown',
    path: 'src/content/craftsmen',
    label: '工匠',
    hint: '报道中提到的一位技能工人、教师或大师，正文写其事迹',
  },
  organizations: {
    stored: 'json-array',
    path: 'data/organizations.json',
    label: '机构',
    hint: '报道中的一个单位：企业、院校、认定机构、政府部门或团体',
  },
  studios: { stored: 'json-array', path: 'data/studios.json', label: '工作室', hint: '一个技能大师、技师或创新工作室' },
  news: { stored: 'markdown', path: 'src/content/news', label: '新闻', hint: '报道中的一件事或一个项目，正文用本站自己的话讲述' },
  events: { stored: 'json-array', path: 'data/events.json', label: '活动', hint: '活动清单中的一项活动，如沙龙、培训班、讲座或会议' },
  datasets: { stored: 'dataset', path: 'data/datasets', label: '数据集', hint: '一起发布、一起下载的一组数字' },
  figures: { stored: 'dataset', path: 'data/datasets', label: '数字', hint: '报道中的一个数字，注明出自哪篇报道的哪一句' },
  listings: { stored: 'json-array', path: 'data/listings.json', label: '列表页', hint: '工作室或机构列表页上方显示的数字和链接的数据集' },
  people: { stored: 'json-array', path: 'data/people.json', label: '发言与出席者', hint: '报道了其言行的一位官员或嘉宾（不是工匠）' },
  charts: { stored: 'json-array', path: 'data/charts.json', label: '图表', hint: '一张图表：标题、要说明的结论和所画的数字' },
  searchTerms: { stored: 'json-array', path: 'data/search-terms.json', label: '搜索词', hint: '帮助站内搜索读懂读者用词的一组词' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
type Stored = (typeof COLLECTIONS)[CollectionName]['stored'];
/** The collections kept one way, in the order above. */
export type CollectionsStored<S extends Stored> = {
  [C in CollectionName]: (typeof COLLECTIONS)[C]['stored'] extends S ? C : never;
}[CollectionName];
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const collectionsStored = <S extends Stored>(stored: S) =>
  COLLECTION_NAMES.filter((c): c is CollectionsStored<S> => COLLECTIONS[c].stored === stored);

/** Ids are lower-case ASCII words joined by hyphens: they become URLs and file names. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id 只能用小写 ASCII 字母、数字和连字符（例如 zhang-jianping）')
  // A listing's later pages live beside its entries (/craftsmen/2/): an id of digits alone would take a page's address.
  .refine((id) => /[a-z]/.test(id), 'id 至少要有一个字母：纯数字的 id 会和列表的分页网址（如 /craftsmen/2/）冲突');

/** The metadata key by which a field that names another entry says which collection (read by the desk, src/desk/config.ts). */
export const NAMES_ENTRY_OF = 'deskReference';

/**
 * The id of a figure, where one figure points at another (a derivation, a part, a
 * discrepancy): a plain id, which the content check resolves in its pass over the figures;
 * the desk offers the figures to pick from.
 */
export const figureId = slug.meta({ [NAMES_ENTRY_OF]: 'figures' });

/**
 * Characters that take no room on a page: whitespace, zero-width spaces and joiners
 * (U+200B–U+200D), direction marks (U+200E–U+200F, U+202A–U+202E), the word joiner and
 * invisible operators (U+2060–U+2064), the soft hyphen and the BOM (U+FEFF). `trim()`
 * leaves zero-width characters in place, so a name of one U+200B would pass as "not
 * empty" and show as a blank.
 */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

/** True when nothing would show once invisible characters are removed. */
export const isBlank = (s: string) => s.replace(INVISIBLE, '') === '';
export const BLANK_MESSAGE = '只有不可见字符（如零宽空格）：请写入可见的文字';

/**
 * The longest text field allowed. The longest in the content is about 200 characters (a
 * dataset description); ten times that leaves room and still catches a pasted report.
 */
export const MAX_TEXT = 2000;

/**
 * What plain text may not hold, each with why: the start of an HTML tag, comment or
 * declaration (`<b>`, `</b>`, `<!--`, `<?`; `<` before a blank or a digit is fine), which
 * text must never carry, whatever a page does with it; control characters but tab and line
 * feed (C0, DEL, C1), which show as nothing or as boxes; and the bidirectional controls
 * (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), which make text show in another
 * order than it is stored, so a name or figure can read differently from what was checked.
 */
const NOT_PLAIN: readonly [RegExp, (found: string) => string][] = [
  [/<(?:\/?[a-zA-Z]|[!?])/, (tag) => `含 HTML 标记（“${tag}…”）：这里只写纯文本；要写小于号，请在 < 后加空格或用全角“＜”`],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  [/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/, (c) => `含控制字符 ${codePoint(c)}（control character）：它看不见，却会弄乱显示，请删去`],
  [
    /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/,
    (c) => `含文字方向控制字符 ${codePoint(c)}（bidirectional control）：它会让文字显示的顺序和存储的不同，请删去`,
  ],
];
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses what plain text may not hold (NOT_PLAIN); for every text field, `text` or its own. */
export function plainOnly(s: string, ctx: z.RefinementCtx): void {
  for (const [pattern, message] of NOT_PLAIN) {
    const found = pattern.exec(s);
    if (found) ctx.addIssue({ code: 'custom', message: message(found[0]) });
  }
}

/** Non-empty Chinese or mixed plain text, of a sane length. */
export const text = z
  .string()
  .trim()
  .min(1, '不能为空')
  .max(MAX_TEXT, `太长（超过 ${MAX_TEXT} 字）：请精简`)
  .refine((s) => s === '' || !isBlank(s), BLANK_MESSAGE)
  .superRefine(plainOnly);

/** Honour and studio levels, from the nation down to one company. */
export const LEVELS = ['national', 'provincial', 'municipal', 'district', 'enterprise'] as const;
export const level = z.enum(LEVELS);

/** The parts of a date. */
export const DATE_PARTS = ['year', 'month', 'day'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

const daysIn = (year: number | undefined, month: number) =>
  month === 2
    ? year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * A date part by part, as the report gives it. Each of year, month and day is stated (the
 * report says it), inferred (listed in `inferred`, with the evidence in `note`) or unknown
 * (left out). An unknown part is never written anywhere: not on a page, in a download, a
 * feed or structured data. A web page's timestamp is evidence for an inferred part, never
 * a stated one.
 */
export const reportDate = z
  .object({
    /** The year, if the report states it or it can be inferred. */
    year: z
      .number()
      .int()
      .min(1900)
      .max(2100)
      .optional()
      .meta({ title: '年份', description: '年份（1900–2100），报道写明或可以推断时填写；未载则不填，并在依据中说明' }),
    /** The month (1–12), if stated or inferred. */
    month: z
      .number()
      .int()
      .min(1, '月份应为 1–12')
      .max(12, '月份应为 1–12')
      .optional()
      .meta({ title: '月份', description: '月份（1–12），报道写明或可以推断时填写' }),
    /** The day of the month, if stated or inferred; only with a month. */
    day: z
      .number()
      .int()
      .min(1, '日应为 1–31')
      .max(31, '日应为 1–31')
      .optional()
      .meta({ title: '日（几号）', description: '日（1–31），写明或可以推断时填写；填日必须同时填月，且该月要有这一天' }),
    /** The parts that are inferred, not stated; empty when every given part is stated. */
    inferred: z
      .array(z.enum(DATE_PARTS))
      .default([])
      .meta({
        title: '推断的部分',
        description: '选出由本站推断、报道并未写明的部分（年、月、日）；都是报道写明的就不选',
        options: { year: '年', month: '月', day: '日' },
      }),
    /** The evidence for inferred parts, or why the year is unknown. Required for either. */
    note: text
      .optional()
      .meta({ multiline: true, title: '推断依据', description: '推断的依据，或年份为何未载；有推断的部分或没有年份时必须填写' }),
  })
  .strict()
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (d.year === undefined && d.month === undefined && d.day === undefined) issue('year', '日期至少要有年、月、日中的一项');
    if (d.day !== undefined && d.month === undefined) issue('day', '有日无月：日期须同时写 month');
    // Only for a real month: month 13 is reported above, without a "13月没有…日" to go with it.
    if (d.day !== undefined && d.month !== undefined && d.month <= 12 && d.day > daysIn(d.year, d.month)) {
      issue('day', `${d.year ?? ''}${d.year ? '年' : ''}${d.month}月没有${d.day}日`);
    }
    for (const part of d.inferred) if (d[part] === undefined) issue('inferred', `“${part}”列为推断，但日期中没有这一项`);
    if ((d.inferred.length > 0 || d.year === undefined) && !d.note) {
      issue('note', '有推断的部分或年份未载的日期必须写 note 说明依据');
    }
  });
export type ReportDate = z.infer<typeof reportDate>;

/** A date's known parts as a sortable string: "2023-11-20", "2023-11", "2023"; '' without a year. */
export const dateKey = (d: ReportDate) =>
  d.year === undefined
    ? ''
    : [d.year, d.month, d.month === undefined ? undefined : d.day]
        .filter((x) => x !== undefined)
        .map((x, i) => (i === 0 ? String(x) : String(x).padStart(2, '0')))
        .join('-');

/** A period such as a three-year plan: both ends are report dates, the end not before the start. */
export const period = z
  .object({
    /** First day, month or year of the period. */
    from: reportDate.meta({ title: '起始日期', description: '时期的第一天、第一个月或第一年' }),
    /** Last day, month or year of the period. */
    to: reportDate.meta({ title: '结束日期', description: '时期的最后一天、最后一个月或最后一年；不能早于起始日期' }),
  })
  .strict()
  .refine(
    (p) => {
      const [a, b] = [dateKey(p.from), dateKey(p.to)];
      return a === '' || b === '' || a.slice(0, b.length) <= b.slice(0, a.length);
    },
    { message: '时期的终点早于起点', path: ['to'] },
  );
