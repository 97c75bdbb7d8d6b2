import type { APIContext } from 'astro';
import { toCsv } from '../../lib/present/export.ts';
import { datasets, figureRows, figures } from '../../queries/collections.ts';

/** /data/<dataset>.csv, and /data/all-figures.csv with every figure. */
export async function getStaticPaths() {
  return [...(await datasets()).map((d) => ({ params: { id: d.id } })), { params: { id: 'all-figures' } }];
}

export async function GET({ params }: APIContext) {
  const rows = await figureRows();
  const mine = (await figures()).filter((f) => params.id === 'all-figures' || f.dataset === params.id);
  return new Response(toCsv(mine.map((f) => rows.get(f.id)!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
