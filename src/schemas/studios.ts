import { z } from 'astro/zod';
import { level, type RefFactory, slug, text } from './shared.ts';

/** A master (大师) or technician (技师) studio: a named workshop where a master trains others. */
export const studioSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id. */
      id: slug,
      /** Name as the report gives it or, where it gives none, as described (see `nameIsOriginal`). */
      name: text,
      /** False when the report does not give the studio's exact name. */
      nameIsOriginal: z.boolean(),
      /** Master studio (大师工作室), technician studio (技师工作室) or innovation studio (创新工作室). */
      kind: z.enum(['master', 'technician', 'innovation']),
      /** Level of recognition; omitted where the report does not state it. */
      level: level.optional(),
      /** Who awarded or recognised it, in words (e.g. "上海市"), where stated. */
      recognisedBy: text.optional(),
      /** The master who leads it. */
      owner: ref('craftsmen').optional(),
      /** The employer that hosts it. */
      organization: ref('organizations').optional(),
      /** Where it is; omitted where the report does not say. */
      district: ref('districts').optional(),
      /** What the report says about it, in our own words. */
      description: text,
      /** Reports that name it. */
      sources: z.array(ref('sources')).min(1, '至少要有一个来源'),
    })
    .strict();
