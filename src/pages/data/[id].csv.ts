import type { APIContext } from 'astro';
import { toCsv, toRow } from '../../lib/present/export.ts';
import { datasets, figures } from '../../queries/collections.ts';

/** /data/<dataset>.csv, and /data/all-figures.csv with every figure. */
export async function getStaticPaths() {
  return [...(await datasets()).map((d) => ({ params: { id: d.id } })), { params: { id: 'all-figures' } }];
}

export async function GET({ params, site }: APIContext) {
  const rows = (await figures()).filter((f) => params.id === 'all-figures' || f.dataset === params.id).map((f) => toRow(f, String(site)));
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
