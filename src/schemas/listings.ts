import { z } from 'astro/zod';
import type { RefFactory } from './shared.ts';

/**
 * What a listing page leads with, so that the page itself names no figure or dataset:
 * the figures shown above its list and the datasets it points to for the totals.
 */
export const listingSchema = (ref: RefFactory) =>
  z
    .object({
      /** The listing page it belongs to: /studios/ or /organizations/. */
      id: z.enum(['studios', 'organizations']),
      /** Figures shown above the list, most important first. */
      leadFigures: z.array(ref('figures')).default([]),
      /** Datasets the page links to. */
      datasets: z.array(ref('datasets')).default([]),
    })
    .strict();
