import type { APIContext } from 'astro';
import { LICENCE_LINE } from '../../consts.ts';
import { dictionary } from '../../lib/present/export.ts';
import { formatDateFull, isoDate } from '../../lib/present/format.ts';
import { type Dataset, datasets, figureRows, figures } from '../../queries/collections.ts';
import { provenance } from './_provenance.ts';

/** /data/<dataset>.json: the dataset's description, address, reports, data dictionary and figures. */
export async function getStaticPaths() {
  return (await datasets()).map((d) => ({ params: { id: d.id }, props: { dataset: d } }));
}

export async function GET({ params, props, site }: APIContext) {
  const d = props.dataset as Dataset;
  const all = await figureRows();
  const mine = (await figures()).filter((f) => f.dataset === params.id);
  const p = await provenance(d.id, mine, String(site));
  const body = {
    id: d.id,
    title: d.data.title,
    description: d.data.description,
    url: p.url,
    /** When its figures last changed (a commit's date); null outside git. */
    changed: p.changed ?? null,
    licence: LICENCE_LINE,
    sources: p.reports.map((r) => ({
      title: r.title,
      outlet: r.outlet ?? null,
      date: formatDateFull(r.date),
      date_iso: isoDate(r.date),
    })),
    fields: dictionary(),
    figures: mine.map((f) => all.get(f.id)!),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
