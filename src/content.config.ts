/**
 * The content model. Schemas live in `src/schemas/` (one file per collection); this file
 * only says where each collection's files are. The JSON collections are read by the same
 * code as the content check (`src/lib/content/files.ts`), which runs before every build.
 */

import { defineCollection, reference } from 'astro:content';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import { type ArrayCollection, ContentError, type ContentProblem, PATHS, readArrayFile, readDatasets } from './lib/content/files.ts';
import { chartSchema } from './schemas/charts.ts';
import { craftsmanSchema } from './schemas/craftsmen.ts';
import { datasetSchema } from './schemas/datasets.ts';
import { districtSchema } from './schemas/districts.ts';
import { eventSchema } from './schemas/events.ts';
import { figureSchema } from './schemas/figures.ts';
import { listingSchema } from './schemas/listings.ts';
import { newsSchema } from './schemas/news.ts';
import { organizationSchema } from './schemas/organizations.ts';
import { personSchema } from './schemas/people.ts';
import { searchTermSchema } from './schemas/search-terms.ts';
import type { CollectionName } from './schemas/shared.ts';
import { sourceSchema } from './schemas/sources.ts';
import { studioSchema } from './schemas/studios.ts';

const ref = reference;
/** The project root, wherever the build is started from. */
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loads the raw entries of one JSON collection from its own files (datasets and figures
 * share theirs); a problem in those files stops the build, one elsewhere is not its concern.
 */
function json(collection: ArrayCollection | 'datasets' | 'figures') {
  return async () => {
    const problems: ContentProblem[] = [];
    const entries =
      collection === 'datasets' || collection === 'figures'
        ? readDatasets(root, problems)[collection]
        : readArrayFile(root, collection, problems);
    if (problems.length > 0) throw new ContentError(problems);
    return entries.map((e) => ({ ...e.data, id: e.id }));
  };
}

const mdx = (collection: keyof typeof PATHS) => glob({ pattern: '*.{md,mdx}', base: PATHS[collection] });

export const collections = {
  sources: defineCollection({ loader: json('sources'), schema: sourceSchema }),
  districts: defineCollection({ loader: mdx('districts'), schema: districtSchema(ref) }),
  craftsmen: defineCollection({ loader: mdx('craftsmen'), schema: craftsmanSchema(ref) }),
  news: defineCollection({ loader: mdx('news'), schema: newsSchema(ref) }),
  organizations: defineCollection({ loader: json('organizations'), schema: organizationSchema(ref) }),
  studios: defineCollection({ loader: json('studios'), schema: studioSchema(ref) }),
  events: defineCollection({ loader: json('events'), schema: eventSchema(ref) }),
  datasets: defineCollection({ loader: json('datasets'), schema: datasetSchema(ref) }),
  figures: defineCollection({ loader: json('figures'), schema: figureSchema(ref) }),
  listings: defineCollection({ loader: json('listings'), schema: listingSchema(ref) }),
  people: defineCollection({ loader: json('people'), schema: personSchema(ref) }),
  charts: defineCollection({ loader: json('charts'), schema: chartSchema(ref) }),
  searchTerms: defineCollection({ loader: json('searchTerms'), schema: searchTermSchema }),
  // Every collection of src/schemas/shared.ts, and no other: the type checker holds the two together.
} satisfies Record<CollectionName, unknown>;
