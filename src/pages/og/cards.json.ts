import { getEntries } from 'astro:content';
import type { APIContext } from 'astro';
import { chartPng, reportsLine } from '../../charts/files.ts';
import { figureFillers, fill, placeholders } from '../../charts/text.ts';
import type { DrawingJob } from '../../lib/images/drawings.ts';
import type { CardFigure } from '../../lib/images/og-image.ts';
import type { Poster } from '../../lib/images/poster.ts';
import { qrSvg } from '../../lib/images/qr.ts';
import { clip, formatDateFull, standsAt } from '../../lib/present/format.ts';
import { KIND_LABEL } from '../../lib/present/labels.ts';
import { chartCredit, figureCharts } from '../../queries/charts.ts';
import { craftsmen, type District, districts, figureById, figuresNamed, news } from '../../queries/collections.ts';
import type { FigureRecord } from '../../schemas/figures.ts';

/** A figure as a card shows it: the report's wording, what it counts and what kind it is, when it stands. */
const cardFigure = (f: FigureRecord): CardFigure => ({ value: f.wording, label: `${f.label}（${KIND_LABEL[f.kind]}）`, when: standsAt(f) });

const dataUri = (type: string, bytes: Uint8Array | string) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

/**
 * A district's long image (/og/posters/<id>.png), from the data its showcase shows: its key
 * figures, its first chart as the chart's own PNG (with title, date, notes and source), its
 * takeaways filled from its figures, the reports behind them, and a QR code to the page.
 * A district without figures has none: the showcase offers its profile sheet instead.
 */
async function poster(d: District, site: URL): Promise<Poster | undefined> {
  const keys = await figuresNamed(d.data.keyFigures);
  if (keys.length === 0) return undefined;
  const byId = await figureById();
  // Its own chart first: one about this district alone, else the first that draws it.
  const mine = (await figureCharts()).filter((c) => c.districts.includes(d.id));
  const chart = mine.find((c) => c.districts.length === 1) ?? mine[0];
  // Every report behind what it shows: the key figures, the chart, and the takeaways' figures.
  const cited = d.data.takeaways.flatMap((t) => placeholders(t).flatMap((p) => p.args.filter((a) => byId.has(a))));
  const reportIds = [...new Set([...keys.map((f) => f.source), ...(chart?.sources ?? []), ...cited.map((id) => byId.get(id)!.source)])];
  const reports = await getEntries(reportIds.map((id) => ({ collection: 'sources' as const, id })));
  const url = new URL(`/districts/${d.id}/`, site).href;
  // The chart's own picture, as /charts/<id>.png is drawn (from the cache, as it already was).
  const png = chart ? await chartPng(chart, await chartCredit(chart, site)) : undefined;
  const art = png && { src: dataUri('image/png', png), width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  const fillers = figureFillers((id) => byId.get(id)!);
  return {
    kind: 'poster',
    eyebrow: `${d.data.city} · 技能工作一图读懂`,
    title: d.data.name,
    lede: d.data.tagline,
    figures: keys.slice(0, 4).map(cardFigure),
    chart: art,
    takeaways: d.data.takeaways.map((t) => fill(t, fillers)),
    sources: `来源：${reportsLine(reports.map((r) => ({ title: r.data.title, outlet: r.data.outlet })))}`,
    url,
    qr: dataUri('image/svg+xml', await qrSvg(url)),
  };
}

/**
 * The share images of every profile, district and article, /og/site.png, and each
 * district's long image, as a list. This file is a hand-over, not part of the site: the
 * share-images integration (src/integrations/share-images.ts) draws the PNGs from it after
 * the build and deletes it.
 */
export async function GET({ site }: APIContext) {
  const places = new Map((await districts()).map((d) => [d.id, d.data]));
  const posters = await Promise.all((await districts()).map(async (d) => ({ path: `posters/${d.id}`, card: await poster(d, site!) })));
  const jobs: DrawingJob[] = [
    ...posters.flatMap((p) => (p.card ? [{ path: p.path, card: p.card }] : [])),
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
