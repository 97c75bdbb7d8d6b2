/** A chart's downloads: its data as CSV, XLSX or JSON, and its drawing as a standalone SVG. */

import { svgToPng } from '../lib/images/png.ts';
import { escapeHtml } from '../lib/present/escape.ts';
import { dictionarySheet, FIELDS, type Row, tableCsv, tableSheet } from '../lib/present/export.ts';
import { xlsx } from '../lib/present/xlsx.ts';
import type { ChartSpec } from './spec.ts';
import { wrap } from './text-layout.ts';

/**
 * The chart's table as it leaves the site: the table's columns with their Chinese headers,
 * then on every row when its figures stand (as the site writes it, inferred and unknown parts
 * said), the reports they come from and the chart's address, so a CSV read on its own still
 * says what, when and from where. A timeline's rows carry their own dates.
 */
function chartTable(c: ChartSpec, figureRows: Row[], credit: ChartCredit) {
  const distinct = (values: unknown[]) => [...new Set(values.map(String).filter((v) => v !== ''))].join('；');
  const about: Row = {
    chart_when: distinct(figureRows.map((r) => r.when)),
    chart_sources: reportsLine(credit.sources),
    chart_url: credit.url,
  };
  const fields = [
    ...c.columns.map((col) => ({ key: col.key, header: col.label })),
    ...(figureRows.length > 0 ? [{ key: 'chart_when', header: '数据时间' }] : []),
    { key: 'chart_sources', header: '来源报道' },
    { key: 'chart_url', header: '本图网址' },
  ];
  return { fields, rows: c.rows.map((r) => ({ ...r, ...about })) };
}

/** The data the chart draws, as its table shows it, with its date and sources: CSV with Chinese headers. */
export function chartCsv(c: ChartSpec, figureRows: Row[], credit: ChartCredit): string {
  const t = chartTable(c, figureRows, credit);
  return tableCsv(t.fields, t.rows);
}

/**
 * The chart as a workbook: the data it draws (as the CSV), every figure it draws with all the
 * columns of the figure downloads (wording, precision, kind, dates part by part, source,
 * permalink), and what each column means.
 */
export function chartXlsx(c: ChartSpec, figureRows: Row[], credit: ChartCredit): Uint8Array {
  const t = chartTable(c, figureRows, credit);
  return xlsx([tableSheet('图表数据', t.fields, t.rows), tableSheet('图中数字', FIELDS, figureRows), dictionarySheet(FIELDS)]);
}

export function chartJson(c: ChartSpec, site: string): string {
  const { renderings: _renderings, file: _file, ...rest } = c;
  return JSON.stringify({ ...rest, url: new URL(`/charts/${c.id}/`, site).href, licence: 'CC BY 4.0' }, null, 2);
}

/** Where a chart's numbers come from and where it lives, for the downloads that leave the site. */
/** Reports as the site names them in a file or picture: 《title》（outlet）, joined by ；. */
export const reportsLine = (sources: ChartCredit['sources']): string =>
  sources.map((s) => `《${s.title}》${s.outlet ? `（${s.outlet}）` : ''}`).join('；');

export interface ChartCredit {
  /** The reports it draws on: title and, where the report names one, the outlet. */
  sources: { title: string; outlet?: string | undefined }[];
  /** The chart's page on this site. */
  url: string;
}

const PAD = 24;
const FONT = "'Noto Sans SC','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif";

/**
 * The chart as a file that keeps its provenance when it leaves the site (a slide, an article,
 * a chat): its title, subtitle with the date, the drawing, every note, the source line with
 * each report's title and outlet, the credit 匠心图谱 and the chart's address. Theme variables
 * become their light-theme colours, on white, with a CJK font stack; the PNG is drawn from this.
 */
export function chartSvgFile(c: ChartSpec, credit: ChartCredit): string {
  const width = c.file.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], size: number, attrs = '') => {
    for (const line of lines) {
      y += size * 1.45;
      parts.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="${size}"${attrs}>${escapeHtml(line)}</text>`);
    }
  };
  text(wrap(c.title, inner, 20, true), 20, ' font-weight="700"');
  text(wrap(c.subtitle, inner, 14), 14, ' fill="#4a5a63"');
  y += 12;
  const drawing = c.file.svg.replace(/var\(--[\w-]+,\s*([^)]+)\)/g, '$1').replace(/^<svg /, `<svg x="${PAD}" y="${Math.round(y)}" `);
  parts.push(drawing);
  y += c.file.height + 8;
  for (const note of c.notes) text(wrap(`注：${note}`, inner, 13), 13, ' fill="#4a5a63"');
  const sources = reportsLine(credit.sources);
  text(wrap(`来源：${sources}`, inner, 13), 13);
  text(wrap(`图表：匠心图谱 · ${credit.url}`, inner, 13, true), 13, ' font-weight="700"');
  const height = Math.round(y + PAD);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" color="#1f2a30" fill="#1f2a30" font-family="${FONT.replace(/"/g, '&quot;')}" role="img" aria-labelledby="t d"><title id="t">${escapeHtml(c.title)}</title><desc id="d">${escapeHtml(c.description)}</desc><rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>
`;
}

/** The width of the file chartSvgFile writes. */
const chartFileWidth = (c: ChartSpec) => c.file.width + 2 * PAD;

/** The chart's picture as PNG: its standalone SVG file drawn at twice its width. */
export const chartPng = (c: ChartSpec, credit: ChartCredit): Promise<Buffer> => svgToPng(chartSvgFile(c, credit), chartFileWidth(c) * 2);
