import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_SUBTITLE, SITE_TITLE } from '../consts.ts';
import { formatDateFull, isoDate } from '../lib/present/format.ts';
import type { ReportDate } from '../schemas/shared.ts';

const fullDate = (d: ReportDate) => d.year !== undefined && d.month !== undefined && d.day !== undefined;

import { news } from '../queries/collections.ts';

/**
 * The news feed. An item carries a pubDate only when its year, month and day are all known
 * (stated or inferred): RSS has no way to write part of a date, and a guessed day or year is
 * never written. Every item's description gives its date as the page does, with its caveats.
 * The newest FEED_ITEMS only, as feeds do: a reader subscribes to what comes next, and the
 * whole archive is at /news/.
 */
const FEED_ITEMS = 50;

export async function GET(context: APIContext) {
  const items = (await news()).slice(0, FEED_ITEMS);
  return rss({
    title: `${SITE_TITLE} · 新闻`,
    description: SITE_SUBTITLE,
    site: context.site!,
    customData: '<language>zh-cn</language>',
    items: items.map((n) => ({
      title: n.data.title,
      link: `/news/${n.id}/`,
      ...(fullDate(n.data.date) ? { pubDate: new Date(`${isoDate(n.data.date)}T00:00:00+08:00`) } : {}),
      description: `${n.data.summary}（${formatDateFull(n.data.date)}）`,
    })),
  });
}
