import { z } from 'astro/zod';
import { type RefFactory, reportDate, slug, text } from './shared.ts';

/** A scheduled activity from an event listing (e.g. Minhang's September–October listing). */
export const eventSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id. */
      id: slug,
      /** Title as listed. */
      title: text,
      /** When: the listing gives months only. */
      date: reportDate,
      /** Who runs it. */
      organiser: ref('organizations'),
      /** Where. */
      district: ref('districts'),
      /** What kind of activity. */
      kind: z.enum(['salon', 'training', 'lecture', 'meeting']),
      /** The news item that announced it. */
      announcedIn: ref('news'),
      /** The report that lists it. */
      source: ref('sources'),
    })
    .strict();
