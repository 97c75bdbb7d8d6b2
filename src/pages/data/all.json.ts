import type { APIContext } from 'astro';
import { FIELDS, toRow } from '../../lib/present/export.ts';
import * as site from '../../queries/collections.ts';

/** Everything in one file: sources, districts, people, organisations, studios, events, datasets, figures. */
export async function GET({ site: base }: APIContext) {
  const strip = <T extends { id: string; data: unknown }>(list: T[]) => list.map((e) => ({ id: e.id, ...(e.data as object) }));
  const ids = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(ids)
      : v && typeof v === 'object'
        ? 'collection' in v && 'id' in v
          ? (v as { id: string }).id
          : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ids(x)]))
        : v;
  const body = {
    title: '匠心图谱：全部数据',
    licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); 事实出自所列来源报道',
    fields: Object.fromEntries(FIELDS),
    sources: strip(await site.sources()),
    districts: ids(strip(await site.districts())),
    craftsmen: ids(strip(await site.craftsmen())),
    organizations: ids(strip(await site.organizations())),
    studios: ids(strip(await site.studios())),
    events: ids(strip(await site.events())),
    datasets: ids(strip(await site.datasets())),
    figures: (await site.figures()).map((f) => toRow(f, String(base))),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
