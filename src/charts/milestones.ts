/** The timeline's input: each news item is a milestone; a month's listed events are one milestone. */
import { formatDate } from '../lib/present/format.ts';
import type { ReportDate } from '../schemas/shared.ts';
import type { Milestone } from './timeline.ts';

interface NewsInput {
  id: string;
  date: ReportDate;
  district: string;
  title: string;
  source: string;
}
interface EventInput {
  date: ReportDate;
  district: string;
  source: string;
}

export function milestones(news: NewsInput[], events: EventInput[], districtName: (id: string) => string): Milestone[] {
  const fromNews = news.map((n) => ({
    date: n.date,
    district: n.district,
    districtName: districtName(n.district),
    title: n.title,
    href: `/news/${n.id}/`,
    source: n.source,
  }));
  const byMonth = new Map<string, EventInput[]>();
  for (const e of events) byMonth.set(formatDate(e.date), [...(byMonth.get(formatDate(e.date)) ?? []), e]);
  const fromEvents = [...byMonth.values()].map((list) => {
    const first = list[0]!;
    return {
      date: first.date,
      district: first.district,
      districtName: districtName(first.district),
      title: `预告技能活动 ${list.length} 项（沙龙、培训班等）`,
      href: '/events/',
      source: first.source,
    };
  });
  return [...fromNews, ...fromEvents];
}
