import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_SUBTITLE, SITE_TITLE } from '../consts.ts';
import { formatDateFull } from '../lib/present/format.ts';
import { news } from '../queries/collections.ts';

/** The news feed; items without a known year are dated by their sorting date but say so. */
export async function GET(context: APIContext) {
  const items = await news();
  return rss({
    title: `${SITE_TITLE} · 新闻`,
    description: SITE_SUBTITLE,
    site: context.site ?? 'https://example.invalid',
    customData: '<language>zh-cn</language>',
    items: items.map((n) => ({
      title: n.data.title,
      link: `/news/${n.id}/`,
      pubDate: new Date(`${n.data.date.date.padEnd(10, '-01').slice(0, 10)}T00:00:00+08:00`),
      description: `${n.data.summary}（${formatDateFull(n.data.date)}）`,
    })),
  });
}
