import type { APIContext } from 'astro';
import { LICENCE_LINE } from '../../consts.ts';
import { dictionary } from '../../lib/present/export.ts';
import { figureRows, figures } from '../../queries/collections.ts';

/** /figures/<id>.json: one figure, with the meaning of each key. */
export async function getStaticPaths() {
  return (await figures()).map((f) => ({ params: { id: f.id } }));
}

export async function GET({ params }: APIContext) {
  const figure = (await figureRows()).get(String(params.id))!;
  const body = { figure, fields: dictionary(), licence: LICENCE_LINE };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
