import type { APIContext } from 'astro';
import { toXlsx } from '../../lib/present/export.ts';
import { datasets, figureRows, figures } from '../../queries/collections.ts';

/** /data/<dataset>.xlsx and /data/all-figures.xlsx: the figures and a sheet explaining each column. */
export async function getStaticPaths() {
  return [
    ...(await datasets()).map((d) => ({ params: { id: d.id }, props: { title: d.data.title } })),
    { params: { id: 'all-figures' }, props: { title: '全部数字' } },
  ];
}

export async function GET({ params, props }: APIContext) {
  const rows = await figureRows();
  const mine = (await figures()).filter((f) => params.id === 'all-figures' || f.dataset === params.id);
  const body = toXlsx(
    String(props.title),
    mine.map((f) => rows.get(f.id)!),
  );
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}
