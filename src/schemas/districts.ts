import { z } from 'astro/zod';
import { type RefFactory, text } from './shared.ts';

/** A place whose skills work the site reports: a city as a whole, a district or a new area. */
export const districtSchema = (ref: RefFactory) =>
  z
    .object({
      /** Full name, e.g. "闵行区". */
      name: text,
      /** Short name used in filters and charts, e.g. "闵行". */
      shortName: text,
      /** City it belongs to, e.g. "上海市" or "杭州市". */
      city: text,
      /** What kind of place it is. */
      kind: z.enum(['city', 'district', 'new-area']),
      /** One line for cards and share images, in our own words. */
      tagline: text,
      /** Other names a reader may type: "莘庄工业区", "临港". */
      aliases: z.array(text).default([]),
      /** Position in lists: city-wide first, then districts. */
      order: z.number().int().nonnegative(),
      /** The headline figures of the showcase page, most important first. */
      keyFigures: z.array(ref('figures')).default([]),
      /**
       * What the district's figures show, in at most three sentences of our own, for its long
       * image ("一图读懂"). Each rests on the district's figures: a number is never typed, it
       * is a placeholder the figure fills (`{wording:<figure>}`, `{standsAt:<figure>}`, the
       * chart placeholders of src/charts/text.ts), and the content check holds each sentence
       * to at least one figure of this district.
       */
      takeaways: z.array(text).max(3, '最多三条要点').default([]),
    })
    .strict();
export type District = z.infer<typeof districtSchema>;
