/** The charts, fed from the content collections (build time only); built once per build. */
import { buildCharts, type ChartSpec } from '../charts/index.ts';
import { milestones } from '../charts/milestones.ts';
import { districts, events, figureById, news, once } from './collections.ts';

export const charts = once(async (): Promise<ChartSpec[]> => {
  const names = new Map((await districts()).map((d) => [d.id, d.data.shortName]));
  const items = milestones(
    (await news()).map((n) => ({ id: n.id, date: n.data.date, district: n.data.district.id, title: n.data.title, source: n.data.sources[0]!.id })),
    (await events()).map((e) => ({ date: e.data.date, district: e.data.district.id, source: e.data.source.id })),
    (id) => names.get(id) ?? id,
  );
  return buildCharts(await figureById(), items);
});

export async function chart(id: string): Promise<ChartSpec> {
  const c = (await charts()).find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart ${id}`);
  return c;
}
