import type { APIContext } from 'astro';
import { LICENCE, SITE_TITLE } from '../../consts.ts';
import { FIELDS } from '../../lib/present/export.ts';
import { formatDateFull } from '../../lib/present/format.ts';
import { datasets, figures } from '../../queries/collections.ts';
import { provenance } from './_provenance.ts';

/**
 * /data/datapackage.json: every CSV download described as a Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/), so a program or a data portal can read
 * the files with their types: each resource's path, title, licence and source reports, and a
 * table schema whose field names are the CSV's Chinese headers (as the header row reads),
 * with the JSON key and the meaning in each field's description.
 */
export async function GET({ site }: APIContext) {
  const licences = [{ name: 'CC-BY-4.0', path: LICENCE.url, title: 'Creative Commons Attribution 4.0' }];
  const schema = {
    fields: FIELDS.map((f) => ({
      name: f.header,
      title: f.header,
      type: f.type,
      description: `JSON 键 ${f.key}：${f.about}`,
    })),
    missingValues: [''],
  };
  const all = await figures();
  const resource = async (id: string, path: string) => {
    const p = await provenance(
      id,
      all.filter((f) => id === 'all-figures' || f.dataset === id),
      String(site),
    );
    return {
      name: id,
      path,
      profile: 'tabular-data-resource',
      title: p.title,
      description: `${p.description ?? ''}（${p.url}）`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      licenses: licences,
      sources: p.reports.map((r) => ({ title: `《${r.title}》${r.outlet ? `（${r.outlet}）` : ''}，${formatDateFull(r.date)}` })),
      schema,
    };
  };
  const body = {
    profile: 'tabular-data-package',
    name: 'skills-atlas',
    title: `${SITE_TITLE}：数据下载`,
    description:
      '各数据集的数字，每个数字附报道中的原文写法、统计内容、日期（推断与未载的部分注明）、来源报道与原文短句。CSV 为带 BOM 的 UTF-8。',
    homepage: new URL('/data/', site).href,
    licenses: licences,
    resources: [
      ...(await Promise.all((await datasets()).map((d) => resource(d.id, `${d.id}.csv`)))),
      await resource('all-figures', 'all-figures.csv'),
    ],
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
