import type { z } from 'astro/zod';
import { chartSchema } from './charts.ts';
import { craftsmanSchema } from './craftsmen.ts';
import { datasetSchema } from './datasets.ts';
import { districtSchema } from './districts.ts';
import { eventSchema } from './events.ts';
import { figureSchema } from './figures.ts';
import { listingSchema } from './listings.ts';
import { newsSchema } from './news.ts';
import { organizationSchema } from './organizations.ts';
import { personSchema } from './people.ts';
import { searchTermSchema } from './search-terms.ts';
import type { CollectionName, RefFactory } from './shared.ts';
import { sourceSchema } from './sources.ts';
import { studioSchema } from './studios.ts';

/**
 * Every collection's schema, its references made by `ref`: the content check passes plain
 * ids checked afterwards, the editing desk (src/desk/config.ts) ids it offers as pick-lists.
 */
export const collectionSchemas = (ref: RefFactory): Record<CollectionName, z.ZodType> => ({
  sources: sourceSchema,
  districts: districtSchema(ref),
  craftsmen: craftsmanSchema(ref),
  organizations: organizationSchema(ref),
  studios: studioSchema(ref),
  news: newsSchema(ref),
  events: eventSchema(ref),
  datasets: datasetSchema(ref),
  figures: figureSchema(ref),
  listings: listingSchema(ref),
  people: personSchema(ref),
  charts: chartSchema(ref),
  searchTerms: searchTermSchema,
});
