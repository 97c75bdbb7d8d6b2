import { z } from 'astro/zod';
import { type RefFactory, reportDate, text } from './shared.ts';

/** One reported event or programme, told in our own words in the MDX body. */
export const newsSchema = (ref: RefFactory) =>
  z
    .object({
      /** Headline in our own words. */
      title: text,
      /** One or two sentences for lists, feeds and share cards. */
      summary: text,
      /** When it happened or was announced. */
      date: reportDate,
      /** What it is. */
      kind: z.enum(['event', 'programme', 'policy', 'results']),
      /** Where. */
      district: ref('districts'),
      /** Reports it is based on. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源'),
      /** Craftsmen it mentions. */
      craftsmen: z.array(ref('craftsmen')).default([]),
      /** Officials and guests whose words or actions it reports, named as the report names them. */
      people: z.array(ref('people')).default([]),
      /** Organisations it mentions. */
      organizations: z.array(ref('organizations')).default([]),
      /** Datasets whose figures it reports. */
      datasets: z.array(ref('datasets')).default([]),
      /** Other names a reader may type (e.g. "一十百千万"), indexed for search. */
      keywords: z.array(text).default([]),
    })
    .strict();
