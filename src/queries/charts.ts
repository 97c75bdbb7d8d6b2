/** The charts, built from their declarations (data/charts.json) and the content collections (build time only); built once per build. */
import { getCollection, getEntries } from 'astro:content';
import type { ChartCredit } from '../charts/files.ts';
import { buildCharts, buildTimelines, type ChartSpec } from '../charts/index.ts';
import { milestones } from '../charts/milestones.ts';
import { placeholders } from '../charts/text.ts';
import type { ChartDeclaration } from '../schemas/charts.ts';
import { districts, events, figureById, news, once } from './collections.ts';

/** A declaration with its references (Astro's `{ collection, id }`) as plain ids, in the order of data/charts.json. */
const plainIds = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(plainIds)
    : typeof v === 'object' && v !== null
      ? 'collection' in v && 'id' in v && Object.keys(v).length === 2
        ? v.id
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainIds(x)]))
      : v;

const declarations = once(async () => (await getCollection('charts')).map((c) => plainIds({ ...c.data, id: c.id })) as ChartDeclaration[]);

/** The charts drawn from figures: each belongs to the showcases of its figures' districts. */
export const figureCharts = once(async (): Promise<ChartSpec[]> => buildCharts(await declarations(), await figureById()));

/**
 * The charts that state a figure's share of its whole, which no report gives and the site
 * computes ({share:<figure>} in a title or note), by figure: each chart's title as drawn and
 * its page.
 */
export const computedShares = once(async (): Promise<Map<string, { title: string; href: string }[]>> => {
  const titles = new Map((await figureCharts()).map((c) => [c.id, c.title]));
  const out = new Map<string, { title: string; href: string }[]>();
  for (const d of await declarations()) {
    const title = titles.get(d.id);
    if (title === undefined) continue;
    const href = `/charts/${d.id}/`;
    for (const { args } of placeholders(JSON.stringify(d)).filter((p) => p.name === 'share')) {
      const list = out.get(args[0]!) ?? [];
      if (!list.some((c) => c.href === href)) list.push({ title, href });
      out.set(args[0]!, list);
    }
  }
  return out;
});

/** The timeline of every district's news and events. */
export const timeline = once(async (): Promise<ChartSpec> => {
  const names = new Map((await districts()).map((d) => [d.id, d.data.shortName]));
  const [drawn] = buildTimelines(
    await declarations(),
    milestones(
      (await news()).map((n) => ({
        id: n.id,
        date: n.data.date,
        district: n.data.district.id,
        title: n.data.title,
        source: n.data.sources[0]!.id,
      })),
      (await events()).map((e) => ({ date: e.data.date, district: e.data.district.id, source: e.data.source.id })),
      (id) => names.get(id) ?? id,
    ),
  );
  if (!drawn) throw new Error('data/charts.json declares no timeline (kind "timeline")');
  return drawn;
});

/** Every chart: those drawn from figures, then the timeline. */
export const charts = once(async (): Promise<ChartSpec[]> => [...(await figureCharts()), await timeline()]);

/** What a chart's files say of where it comes from: its reports, and its own address at `site`. */
export async function chartCredit(chart: ChartSpec, site: URL | undefined): Promise<ChartCredit> {
  const reports = await getEntries(chart.sources.map((id) => ({ collection: 'sources' as const, id })));
  return { sources: reports.map((r) => ({ title: r.data.title, outlet: r.data.outlet })), url: new URL(`/charts/${chart.id}/`, site).href };
}
