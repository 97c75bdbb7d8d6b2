import type { CardFigure, CardJob } from '../../lib/images/og-image.ts';
import { clip, formatDateFull, standsAt } from '../../lib/present/format.ts';
import { KIND_LABEL } from '../../lib/present/labels.ts';
import { craftsmen, districts, figuresNamed, news } from '../../queries/collections.ts';
import type { FigureRecord } from '../../schemas/figures.ts';

/** A figure as a card shows it: the report's wording, what it counts and what kind it is, when it stands. */
const cardFigure = (f: FigureRecord): CardFigure => ({ value: f.wording, label: `${f.label}（${KIND_LABEL[f.kind]}）`, when: standsAt(f) });

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
    // A district's card leads with its first key figure, the next two beside it.
    ...(await Promise.all(
      (
        await districts()
      ).map(async (d) => {
        const [first, ...rest] = (await figuresNamed(d.data.keyFigures)).map(cardFigure);
        return {
          path: `districts/${d.id}`,
          card: {
            eyebrow: `技能工作 · ${d.data.city}`,
            title: d.data.name,
            subtitle: d.data.tagline,
            figure: first,
            more: rest.slice(0, 2),
          },
        };
      }),
    )),
    ...(await news()).map((n) => ({
      path: `news/${n.id}`,
      card: {
        eyebrow: `新闻 · ${places.get(n.data.district.id)?.name ?? ''} · ${formatDateFull(n.data.date)}`,
        title: n.data.title,
        subtitle: clip(n.data.summary, 56),
      },
    })),
  ];
  return new Response(JSON.stringify(jobs), { headers: { 'Content-Type': 'application/json' } });
}
