import type { APIContext } from 'astro';
import { toXlsx } from '../../lib/present/export.ts';
import { datasets, figureRows, figures } from '../../queries/collections.ts';
import { provenance } from './_provenance.ts';

/** /data/<dataset>.xlsx and /data/all-figures.xlsx: the figures, 来源与引用, and a sheet explaining each column. */
export async function getStaticPaths() {
  return [...(await datasets()).map((d) => ({ params: { id: d.id } })), { params: { id: 'all-figures' } }];
}

export async function GET({ params, site }: APIContext) {
  const id = String(params.id);
  const rows = await figureRows();
  const mine = (await figures()).filter((f) => id === 'all-figures' || f.dataset === id);
  const body = toXlsx(
    await provenance(id, mine, String(site)),
    mine.map((f) => rows.get(f.id)!),
  );
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}
