import { z } from 'astro/zod';
import { reportDate, slug, text } from './shared.ts';

/** One of the news reports in `../shared/seeds/`: the only source of facts for the site. */
export const sourceSchema = z
  .object({
    /** Stable ASCII id, e.g. "minhang-centre-launch". */
    id: slug,
    /** File name of the report in the seeds folder. */
    file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, '应为种子文件名，如 000_d4e89d458f0978ee.txt'),
    /** The report's headline, or a descriptive title in brackets where it has none. */
    title: text,
    /** True when `title` is the report's own headline, false when we had to describe it. */
    titleIsOriginal: z.boolean(),
    /** The outlet, only where the text names it. */
    outlet: text.optional(),
    /** The report's web address (or an archived copy's), only where the file itself gives one. */
    url: z.url({ protocol: /^https?$/, error: '应为报道文件中写明的 http(s) 网址' }).optional(),
    /**
     * Where the report appeared, as far as its file tells, in our own words: the outlet or
     * byline it names, a page timestamp, and plainly what it does not give (outlet, address,
     * archive reference). Required, so that "not given" is a statement, never a gap.
     */
    provenance: text,
    /** Reporters and correspondents named in the byline, in the order given. */
    byline: z.array(text).default([]),
    /** Date of the report or of the event it reports, with its precision. */
    date: reportDate,
    /** What the report covers, in our own words (one or two sentences). */
    summary: text,
    /** Caveats for a reader: scraping damage, inferred dates, internal inconsistencies. */
    notes: z.array(text).default([]),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;
