import type { APIContext } from 'astro';
import { charts } from '../../charts/load.ts';
import { clip, formatDate } from '../../lib/format.ts';
import { type Card, ogImage } from '../../lib/og-image.ts';
import { craftsmen, districts, news } from '../../lib/site-data.ts';

/** /og/<kind>/<id>.png: the share image of each profile, district, article and chart, and /og/site.png. */
export async function getStaticPaths() {
  const places = new Map((await districts()).map((d) => [d.id, d.data]));
  const cards: [string, Card][] = [
    ['site', { eyebrow: '技能人才 · 各区成果 · 可引用的数字', title: '匠心图谱', subtitle: '谁是身边的能工巧匠，各区的技能工作做成了什么' }],
    ...(await craftsmen()).map((c): [string, Card] => [`craftsmen/${c.id}`, { eyebrow: `工匠 · ${places.get(c.data.district.id)?.name ?? ''}`, title: c.data.name, subtitle: c.data.summary }]),
    ...(await districts()).map((d): [string, Card] => [`districts/${d.id}`, { eyebrow: `各区展示 · ${d.data.city}`, title: `${d.data.name}技能工作`, subtitle: d.data.tagline }]),
    ...(await news()).map((n): [string, Card] => [`news/${n.id}`, { eyebrow: `新闻 · ${places.get(n.data.district.id)?.name ?? ''} · ${formatDate(n.data.date)}`, title: n.data.title, subtitle: clip(n.data.summary, 56) }]),
    ...(await charts()).map((c): [string, Card] => [`charts/${c.id}`, { eyebrow: '图表', title: c.title, subtitle: clip(c.subtitle, 56) }]),
  ];
  return cards.map(([path, card]) => ({ params: { path }, props: { card } }));
}

export async function GET({ props }: APIContext) {
  return new Response(new Uint8Array(await ogImage(props.card as Card)), { headers: { 'Content-Type': 'image/png' } });
}
