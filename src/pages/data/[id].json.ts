import type { APIContext } from 'astro';
import { LICENCE_LINE } from '../../consts.ts';
import { dictionary } from '../../lib/present/export.ts';
import { type Dataset, datasets, figureRows, figures } from '../../queries/collections.ts';

/** /data/<dataset>.json: the dataset's description, its data dictionary and its figures. */
export async function getStaticPaths() {
  return (await datasets()).map((d) => ({ params: { id: d.id }, props: { dataset: d } }));
}

export async function GET({ params, props }: APIContext) {
  const d = props.dataset as Dataset;
  const all = await figureRows();
  const rows = (await figures()).filter((f) => f.dataset === params.id).map((f) => all.get(f.id)!);
  const body = {
    id: d.id,
    title: d.data.title,
    description: d.data.description,
    licence: LICENCE_LINE,
    fields: dictionary(),
    figures: rows,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
