/**
 * The project's real content as the tests see it: read and validated by the same code as
 * the build (src/lib/content-files.ts and the schemas), without Astro, and the charts
 * built from it by the same functions the pages use.
 */
import { z } from 'astro/zod';
import { buildCharts } from '../../src/charts/index.ts';
import { milestones } from '../../src/charts/milestones.ts';
import type { FigureValue } from '../../src/charts/spec.ts';
import { readAll } from '../../src/lib/content/files.ts';
import { districtSchema } from '../../src/schemas/districts.ts';
import { eventSchema } from '../../src/schemas/events.ts';
import { figureSchema } from '../../src/schemas/figures.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import type { RefFactory } from '../../src/schemas/shared.ts';

export const root = new URL('../..', import.meta.url).pathname;
const ref = (() => z.string()) as unknown as RefFactory;
const entries = readAll(root, []);
const parse = <T extends z.ZodType>(collection: string, schema: T) =>
  entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, ...(schema.parse(e.data) as object) }) as z.infer<T> & { id: string });

export const figures = parse('figures', figureSchema(ref));
export const figureMap = new Map<string, FigureValue>(figures.map((f) => [f.id, f as unknown as FigureValue]));
const districts = parse('districts', districtSchema(ref));
const news = parse('news', newsSchema(ref));
const events = parse('events', eventSchema(ref));

export const charts = buildCharts(
  figureMap,
  milestones(
    news.map((n) => ({ id: n.id, date: n.date, district: n.district as unknown as string, title: n.title, source: n.sources[0] as unknown as string })),
    events.map((e) => ({ date: e.date, district: e.district as unknown as string, source: e.source as unknown as string })),
    (id) => districts.find((d) => d.id === id)?.shortName ?? id,
  ),
);
