import type { APIContext } from 'astro';
import { chartCsv, chartJson, chartSvgFile } from '../../charts/files.ts';
import type { ChartSpec } from '../../charts/index.ts';
import { svgToPng } from '../../lib/images/png.ts';
import { charts } from '../../queries/charts.ts';

const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', svg: 'image/svg+xml', png: 'image/png' } as const;
type Ext = keyof typeof TYPES;

/** /charts/<id>.csv, .json, .svg and .png for every chart. */
export async function getStaticPaths() {
  return (await charts()).flatMap((chart) =>
    (Object.keys(TYPES) as Ext[]).map((ext) => ({ params: { file: `${chart.id}.${ext}` }, props: { chart, ext } })),
  );
}

export async function GET({ props, site }: APIContext) {
  const { chart, ext } = props as { chart: ChartSpec; ext: Ext };
  const body =
    ext === 'csv'
      ? chartCsv(chart)
      : ext === 'json'
        ? chartJson(chart, String(site))
        : ext === 'svg'
          ? chartSvgFile(chart)
          : new Uint8Array(await svgToPng(chartSvgFile(chart), chart.width * 2));
  return new Response(body, { headers: { 'Content-Type': TYPES[ext] } });
}
