import { z } from 'astro/zod';
import { type RefFactory, slug, text } from './shared.ts';

/**
 * A group of figures published together, with its own CSV and JSON download. A dataset is
 * one file, `data/datasets/<id>.json`: these fields plus `figures`, the figures themselves.
 */
export const datasetSchema = (ref: RefFactory) =>
  z
    .object({
      /** Stable ASCII id: the file name without `.json`. */
      id: slug,
      /** Title in Chinese. */
      title: text,
      /** What the dataset holds and how to read it, in our own words. */
      description: text,
      /** The theme it belongs to. */
      theme: z.enum([
        'training',
        'certification',
        'studios',
        'plans',
        'talent',
        'college',
        'subsidies',
        'events',
        'competitions',
        'people',
      ]),
      /** Districts it covers. */
      districts: z.array(ref('districts')).min(1),
    })
    .strict();
