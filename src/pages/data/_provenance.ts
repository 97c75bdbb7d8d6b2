/**
 * Where a dataset download's figures come from (not a route: Astro skips files whose name
 * starts with "_"): its title, page, the reports its figures cite, and when its figures last
 * changed, from the repository's history (the date of a commit, so two builds of one commit
 * say the same; outside git, the built commit's date or nothing; never the clock).
 */

import { commitDate } from '../../integrations/site-version.ts';
import type { Provenance } from '../../lib/present/export.ts';
import { datasets, history, sources } from '../../queries/collections.ts';
import type { FigureRecord } from '../../schemas/figures.ts';

export async function provenance(id: string, figures: FigureRecord[], site: string): Promise<Provenance> {
  const set = (await datasets()).find((d) => d.id === id);
  const all = id === 'all-figures';
  const { available, figures: dates } = await history();
  const changed = available
    ? figures
        .map((f) => dates.get(f.id)?.changed ?? '')
        .sort()
        .at(-1) || undefined
    : commitDate();
  const cited = new Set(figures.map((f) => f.source));
  return {
    title: all ? '全部数字' : set!.data.title,
    description: all ? '匠心图谱全部数据集的全部数字' : set!.data.description,
    url: new URL(all ? '/data/' : `/data/${id}/`, site).href,
    changed,
    reports: (await sources()).filter((s) => cited.has(s.id)).map((s) => s.data),
  };
}
