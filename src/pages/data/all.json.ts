import type { APIContext } from 'astro';
import { LICENCE_LINE } from '../../consts.ts';
import { dictionary } from '../../lib/present/export.ts';
import * as site from '../../queries/collections.ts';

/** Everything in one file: sources, districts, people, organisations, studios, events, datasets, figures. */
export async function GET(_: APIContext) {
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
    licence: LICENCE_LINE,
    fields: dictionary(),
    // The archive file each report was read from is the project's business, not the reader's.
    sources: (await site.sources()).map(({ data: { file: _file, ...rest } }) => rest),
    people: ids(strip(await site.people())),
    districts: ids(strip(await site.districts())),
    craftsmen: ids(strip(await site.craftsmen())),
    organizations: ids(strip(await site.organizations())),
    studios: ids(strip(await site.studios())),
    events: ids(strip(await site.events())),
    datasets: ids(strip(await site.datasets())),
    figures: [...(await site.figureRows()).values()],
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
