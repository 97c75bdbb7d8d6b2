/** A chart's downloads: its data as CSV or JSON, and its drawing as a standalone SVG. */
import { csvFormat } from 'd3';
import { BOM } from '../lib/present/export.ts';
import type { ChartSpec } from './spec.ts';

export function chartCsv(c: ChartSpec): string {
  return (
    BOM +
    csvFormat(
      c.rows,
      c.columns.map((col) => col.key),
    )
  );
}

export function chartJson(c: ChartSpec, site: string): string {
  const { svg: _svg, ...rest } = c;
  return JSON.stringify({ ...rest, url: new URL(`/charts/${c.id}/`, site).href, licence: 'CC BY 4.0' }, null, 2);
}

/**
 * Standalone SVG for download and for PNG rendering: namespaced, theme variables replaced
 * by their light-theme fallbacks, dark text on a white background, a CJK font stack.
 */
export function chartSvgFile(c: ChartSpec): string {
  const svg = c.svg
    .replace(/var\(--[\w-]+,\s*([^)]+)\)/g, '$1')
    .replace(/^<svg([^>]*?) xmlns="[^"]*"/, '<svg$1')
    .replace(
      /^<svg /,
      `<svg xmlns="http://www.w3.org/2000/svg" color="#1f2a30" font-family="'Noto Sans SC','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" `,
    )
    .replace(/style="background:transparent;/, 'style="background:#ffffff;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
