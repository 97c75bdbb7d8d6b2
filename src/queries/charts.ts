/** The charts, fed from the content collections (build time only); built once per build. */
import { buildCharts, type ChartSpec } from '../charts/index.ts';
import { milestones } from '../charts/milestones.ts';
import { build as buildTimeline } from '../charts/timeline.ts';
import { districts, events, figureById, news, once } from './collections.ts';

/** The charts drawn from figures: each belongs to the showcases of its figures' districts. */
export const figureCharts = once(async (): Promise<ChartSpec[]> => buildCharts(await figureById()));

/** The timeline of every district's news and events. */
export const timeline = once(async (): Promise<ChartSpec> => {
  const names = new Map((await districts()).map((d) => [d.id, d.data.shortName]));
  return buildTimeline(
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
});

/** Every chart: those drawn from figures, then the timeline. */
export const charts = once(async (): Promise<ChartSpec[]> => [...(await figureCharts()), await timeline()]);
