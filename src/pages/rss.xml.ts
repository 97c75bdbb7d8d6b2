import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_SUBTITLE, SITE_TITLE } from '../consts.ts';
import { feedItem } from '../lib/present/structured.ts';
import { news } from '../queries/collections.ts';

/**
 * The news feed. An item carries a pubDate only when the report states its year, month and
 * day: RSS cannot write part of a date or mark a part as inferred, and an unknown or inferred
 * part is never passed off as stated (`feedItem`). Every item's description gives its date as
 * the page does, with its caveats. The newest FEED_ITEMS only, as feeds do: a reader
 * subscribes to what comes next, and the whole archive is at /news/.
 */
const FEED_ITEMS = 50;

export async function GET(context: APIContext) {
  const items = (await news()).slice(0, FEED_ITEMS);
  return rss({
    title: `${SITE_TITLE} · 新闻`,
    description: SITE_SUBTITLE,
    site: context.site!,
    customData: '<language>zh-cn</language>',
    items: items.map(feedItem),
  });
}
