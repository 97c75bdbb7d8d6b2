import type { APIContext } from 'astro';
import { chartCsv, chartJson, chartPng, chartSvgFile, chartXlsx } from '../../charts/files.ts';
import type { ChartSpec } from '../../charts/index.ts';
import { toCsv } from '../../lib/present/export.ts';
import { chartCredit, charts } from '../../queries/charts.ts';
import { figureRows } from '../../queries/collections.ts';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  'figures.csv': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
} as const;
type Ext = keyof typeof TYPES;

/**
 * Every chart's downloads: /charts/<id>.csv (the data it draws), .figures.csv (each figure it
 * draws with every column of the figure downloads), .xlsx (both, and the data dictionary),
 * .json, and .svg and .png with title, date, notes, source and credit.
 */
export async function getStaticPaths() {
  return (await charts()).flatMap((chart) =>
    (Object.keys(TYPES) as Ext[]).map((ext) => ({ params: { file: `${chart.id}.${ext}` }, props: { chart, ext } })),
  );
}

export async function GET({ props, site }: APIContext) {
  const { chart, ext } = props as { chart: ChartSpec; ext: Ext };
  const rows = await figureRows();
  const drawn = chart.figures.map((id) => rows.get(id)!);
  const credit = await chartCredit(chart, site);
  const body = {
    csv: () => chartCsv(chart, drawn, credit),
    'figures.csv': () => toCsv(drawn),
    xlsx: () => chartXlsx(chart, drawn, credit),
    json: () => chartJson(chart, String(site)),
    svg: () => chartSvgFile(chart, credit),
    png: async () => new Uint8Array(await chartPng(chart, credit)),
  }[ext];
  const bytes = await body();
  return new Response(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), { headers: { 'Content-Type': TYPES[ext] } });
}
