import type { CardJob } from '../../lib/images/og-image.ts';
import { clip, formatDate } from '../../lib/present/format.ts';
import { craftsmen, districts, news } from '../../queries/collections.ts';

/**
 * The share images of every profile, district and article, and /og/site.png, as a
 * list. This file is a hand-over, not part of the site: the share-images integration
 * (src/integrations/share-images.ts) draws the PNGs from it after the build and deletes it.
 */
export async function GET() {
  const places = new Map((await districts()).map((d) => [d.id, d.data]));
  const jobs: CardJob[] = [
    {
      path: 'site',
      card: { eyebrow: '技能人才 · 各区成果 · 可引用的数字', title: '匠心图谱', subtitle: '谁是身边的能工巧匠，各区的技能工作做成了什么' },
    },
    ...(await craftsmen()).map((c) => ({
      path: `craftsmen/${c.id}`,
      card: {
        eyebrow: ['工匠', c.data.district && places.get(c.data.district.id)?.name].filter(Boolean).join(' · '),
        title: c.data.name,
        subtitle: c.data.summary,
      },
    })),
    ...(await districts()).map((d) => ({
      path: `districts/${d.id}`,
      card: { eyebrow: `各区展示 · ${d.data.city}`, title: `${d.data.name}技能工作`, subtitle: d.data.tagline },
    })),
    ...(await news()).map((n) => ({
      path: `news/${n.id}`,
      card: {
        eyebrow: `新闻 · ${places.get(n.data.district.id)?.name ?? ''} · ${formatDate(n.data.date)}`,
        title: n.data.title,
        subtitle: clip(n.data.summary, 56),
      },
    })),
  ];
  return new Response(JSON.stringify(jobs), { headers: { 'Content-Type': 'application/json' } });
}
