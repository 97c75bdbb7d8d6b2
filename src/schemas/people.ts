import { z } from 'astro/zod';
import { type RefFactory, slug, text } from './shared.ts';

/**
 * An official or guest whose words or actions the site reports (not a profiled craftsman):
 * named, with the title and organisation the report gives, so that a paraphrase names its
 * speaker instead of "a leader".
 */
export const personSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id, the name in pinyin: "zhou-guoliang". */
      id: slug,
      /** Name as the report gives it. */
      name: text,
      /** Title or titles as the report gives them: "主任", "党组成员、副主席". */
      title: text,
      /** The organisation the title belongs to, if it is on the site. */
      organization: ref('organizations').optional(),
      /** What the report says they said or did, in our own words; brief quotes in “”. */
      summary: text,
      /** The reports that name them. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源'),
    })
    .strict();
