import type { APIContext } from 'astro';
import { toCsv } from '../../lib/present/export.ts';
import { figureRows, figures } from '../../queries/collections.ts';

/** /figures/<id>.csv: one figure with every column of the dataset downloads. */
export async function getStaticPaths() {
  return (await figures()).map((f) => ({ params: { id: f.id } }));
}

export async function GET({ params }: APIContext) {
  const row = (await figureRows()).get(String(params.id))!;
  return new Response(toCsv([row]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
