import type { reference } from 'astro:content';
import { z } from 'astro/zod';

/**
 * How a schema points at another collection. In `content.config.ts` this is Astro's
 * `reference()`; in the stand-alone content check (`src/lib/content-check.ts`) it is a
 * plain id string whose existence is checked afterwards. One schema, two enforcers. The
 * type is Astro's, so pages get typed references; the import is type-only and vanishes
 * at run time.
 */
export type RefFactory = typeof reference;

export const COLLECTIONS = [
  'sources',
  'districts',
  'craftsmen',
  'organizations',
  'studios',
  'news',
  'events',
  'datasets',
  'figures',
  'listings',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Ids are lower-case ASCII words joined by hyphens: they become URLs and file names. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id 只能用小写 ASCII 字母、数字和连字符（例如 zhang-jianping）');

/** Honour and studio levels, from the nation down to one company. */
export const LEVELS = ['national', 'provincial', 'municipal', 'district', 'enterprise'] as const;
export const level = z.enum(LEVELS);

/**
 * A date as precisely as the report gives it. A journalist must be able to tell a stated
 * date from an inferred one, so every part the report does not state is listed in `inferred`.
 */
export const reportDate = z
  .object({
    /** ISO form, only as long as the precision: "2023-11-20", "2021-07" or "2022". */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期须写作 YYYY、YYYY-MM 或 YYYY-MM-DD'),
    /** The finest part of the date that is known (stated or inferred). */
    precision: z.enum(['day', 'month', 'year']),
    /** Parts of `date` that the report does not state and we inferred; empty when all is stated. */
    inferred: z.array(z.enum(['year', 'month', 'day'])).default([]),
    /**
     * Parts that are neither stated nor inferable. The value in `date` then only orders
     * entries and is never shown: the page says "年份未载".
     */
    unknown: z.array(z.enum(['year'])).default([]),
    /** Why a part was inferred or is unknown, in a sentence. Required when either list is non-empty. */
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => d.date.split('-').length === { year: 1, month: 2, day: 3 }[d.precision], {
    message: 'date 的长度与 precision 不符（day 要 YYYY-MM-DD，month 要 YYYY-MM，year 要 YYYY）',
    path: ['date'],
  })
  .refine((d) => d.inferred.length + d.unknown.length === 0 || (d.note ?? '').length > 0, {
    message: '有推断或未知成分（inferred / unknown）的日期必须写 note 说明依据',
    path: ['note'],
  });
export type ReportDate = z.infer<typeof reportDate>;

/** A period such as a three-year plan: both ends are report dates. */
export const period = z
  .object({
    /** First day, month or year of the period. */
    from: reportDate,
    /** Last day, month or year of the period. */
    to: reportDate,
  })
  .strict();

/** Non-empty Chinese or mixed text. */
export const text = z.string().trim().min(1, '不能为空');
