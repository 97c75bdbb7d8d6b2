/**
 * The milestones of every district in date order, grouped under year headers. The drawing is
 * one image; the links to each milestone's page are in its data table. Points whose
 * year is inferred are drawn hollow and say so; an event whose year is unknown is set
 * apart below the axis rather than placed at a guessed date. With more than
 * MAX_MILESTONES dated milestones, only the newest are drawn (a timeline of a thousand
 * news items helps no reader and weighs down every page that shows it); the note says how
 * many there are and where to find them all.
 */

import { escapeHtml as esc } from '../lib/present/escape.ts';
import { compareDates, dateCaveat, formatDate, isoDate, partStatus } from '../lib/present/format.ts';
import type { DeclarationOf } from '../schemas/charts.ts';
import type { ReportDate } from '../schemas/shared.ts';
import type { ChartDrawing, ChartSpec, Row } from './spec.ts';
import { wrap } from './text-layout.ts';
import { C, FONT_SIZE } from './theme.ts';

export interface Milestone {
  date: ReportDate;
  district: string;
  districtName: string;
  title: string;
  href: string;
  source: string;
}

export const MAX_MILESTONES = 30;
const AXIS_X = 8;
const LABEL_X = 24;
const LINE = 20;
const GAP = 12;

export function rows(items: Milestone[]): Row[] {
  return [...items]
    .sort((a, b) => compareDates(a.date, b.date))
    .map((m) => ({
      date: isoDate(m.date),
      date_text: formatDate(m.date),
      date_status: dateCaveat(m.date) || '原文写明',
      year_inferred: partStatus(m.date, 'year') === 'inferred' ? '是' : '',
      district: m.districtName,
      title: m.title,
      href: m.href,
    }));
}

/** A milestone's lines: date and district (bold), then its title, wrapped to `width`. */
function label(m: Row, y: number, width: number): { parts: string[]; height: number } {
  const head = wrap(
    `${m.date_text} · ${m.district}${m.date_status !== '原文写明' ? `（${m.date_status}）` : ''}`,
    width - LABEL_X,
    FONT_SIZE,
    true,
  );
  const title = wrap(String(m.title), width - LABEL_X);
  const parts = [
    ...head.map((l, i) => `<text x="${LABEL_X}" y="${y + i * LINE}" font-weight="700">${esc(l)}</text>`),
    ...title.map((l, i) => `<text x="${LABEL_X}" y="${y + (head.length + i) * LINE}">${esc(l)}</text>`),
  ];
  return { parts, height: (head.length + title.length) * LINE };
}

/**
 * Milestones in date order down a rail, each year opened by its own header in the flow of
 * labels, so a year can never sit beside another year's events (the spacing is order, not
 * elapsed time). Drawn by hand, at `width` CSS px: Plot has no mark for a flow of wrapped
 * Chinese text whose height depends on its wrapping.
 */
export const draw =
  (data: Row[]) =>
  (width: number): { svg: string; height: number } => {
    const dated = data.filter((m) => m.date !== '');
    const undated = data.filter((m) => m.date === '');
    const parts: string[] = [];
    // One rail segment per year, from its first dot to its last, so it never crosses a year header.
    const rails: number[][] = [];
    let y = 4;
    let year = '';
    for (const m of dated) {
      const yr = String(m.date).slice(0, 4);
      if (yr !== year) {
        year = yr;
        rails.push([]);
        parts.push(
          `<g data-year-tick="${yr}"><line x1="0" x2="${width}" y1="${y + 4}" y2="${y + 4}" stroke="currentColor" stroke-opacity="0.25" /><text x="0" y="${y + 26}" font-weight="700">${yr}年</text></g>`,
        );
        y += 38;
      }
      const hollow = m.year_inferred === '是';
      const l = label(m, y + 14, width);
      rails.at(-1)!.push(y + 9);
      parts.push(
        `<g data-year="${yr}"><circle cx="${AXIS_X}" cy="${y + 9}" r="6" fill="${hollow ? 'var(--card, #fff)' : C.primary}" stroke="${C.primary}" stroke-width="2" />${l.parts.join('')}</g>`,
      );
      y += l.height + GAP;
    }
    for (const rail of rails.filter((r) => r.length > 1))
      parts.unshift(
        `<line x1="${AXIS_X}" x2="${AXIS_X}" y1="${rail[0]}" y2="${rail.at(-1)}" stroke="currentColor" stroke-opacity="0.4" />`,
      );
    if (undated.length > 0) {
      parts.push(
        `<g><line x1="0" x2="${width}" y1="${y + 4}" y2="${y + 4}" stroke="currentColor" stroke-opacity="0.25" /><text x="0" y="${y + 26}" font-weight="700">年份未载（不在时间轴上）</text></g>`,
      );
      y += 38;
      for (const m of undated) {
        const l = label(m, y + 14, width);
        parts.push(
          `<g><rect x="${AXIS_X - 6}" y="${y + 3}" width="12" height="12" fill="none" stroke="${C.primary}" stroke-width="2" stroke-dasharray="3 2" />${l.parts.join('')}</g>`,
        );
        y += l.height + GAP;
      }
    }
    const height = Math.round(y - GAP + 8);
    const svg = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${FONT_SIZE}" fill="currentColor">${parts.join('')}</svg>`;
    return { svg, height };
  };

/** The declaration's title, subtitle and notes; the timeline adds the notes its drawing needs. */
export type TimelineDeclaration = Pick<DeclarationOf<'timeline'>, 'id' | 'title' | 'subtitle' | 'notes'>;

/** This kind computes nothing its text could state. */
export const PLACEHOLDERS: Record<string, number> = {};

export function build(d: TimelineDeclaration, items: Milestone[]): ChartDrawing & Pick<ChartSpec, 'districts' | 'sources' | 'figures'> {
  const all = rows(items);
  const dated = all.filter((m) => m.date !== '');
  const undated = all.filter((m) => m.date === '');
  const capped = dated.length > MAX_MILESTONES;
  const data = capped ? [...dated.slice(-MAX_MILESTONES), ...undated] : all;
  const { id, title } = d;
  const description = data.map((m) => `${m.date_text}（${m.date_status}），${m.district}：${m.title}`).join('；');
  return {
    id,
    title,
    subtitle: d.subtitle,
    description,
    districts: [...new Set(items.map((m) => m.district))].sort(),
    sources: [...new Set(items.map((m) => m.source))].sort(),
    figures: [],
    columns: [
      { key: 'date', label: '日期（ISO）' },
      { key: 'date_text', label: '日期' },
      { key: 'date_status', label: '日期说明' },
      { key: 'district', label: '地区' },
      { key: 'title', label: '事件' },
      { key: 'href', label: '页面' },
    ],
    rows: data,
    notes: [
      ...d.notes,
      ...undated.map((m) => `“${m.title}”的年份原文未载，单列在下方。`),
      ...(capped ? [`共有 ${dated.length} 条有日期的记录，图中只画最近的 ${MAX_MILESTONES} 条；全部记录见新闻与活动页面。`] : []),
    ],
    draw: draw(data),
  };
}
