/** Feeds the charts from the content collections (build time only); built once per build. */
import { getEntry } from 'astro:content';
import { flat } from '../lib/figure-input.ts';
import { events, figures, news } from '../lib/site-data.ts';
import { buildCharts, type ChartSpec, type Milestone } from './index.ts';

let cache: Promise<ChartSpec[]> | undefined;

async function milestones(): Promise<Milestone[]> {
  const fromNews = await Promise.all(
    (await news()).map(async (n) => {
      const d = await getEntry(n.data.district);
      return { date: n.data.date, district: d.id, districtName: d.data.shortName, title: n.data.title, href: `/news/${n.id}/`, source: n.data.sources[0]!.id };
    }),
  );
  const months = new Map<string, Awaited<ReturnType<typeof events>>>();
  for (const e of await events()) months.set(e.data.date.date, [...(months.get(e.data.date.date) ?? []), e]);
  const fromEvents = await Promise.all(
    [...months.values()].map(async (list) => {
      const first = list[0]!;
      const d = await getEntry(first.data.district);
      return { date: first.data.date, district: d.id, districtName: d.data.shortName, title: `技能活动 ${list.length} 项（沙龙、培训班等）`, href: '/events/', source: first.data.source.id };
    }),
  );
  return [...fromNews, ...fromEvents];
}

export function charts(): Promise<ChartSpec[]> {
  cache ??= (async () => {
    const all = new Map((await figures()).map((f) => [f.id, flat(f)]));
    return buildCharts(all, await milestones());
  })();
  return cache;
}

export async function chart(id: string): Promise<ChartSpec> {
  const c = (await charts()).find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart ${id}`);
  return c;
}
