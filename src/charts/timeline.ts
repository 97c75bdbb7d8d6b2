/**
 * The milestones of every district on one time axis, drawn with d3-scale. The drawing is
 * one image; the links to each milestone's page are in its data table. Points whose
 * year is inferred are drawn hollow and say so; an event whose year is unknown is set
 * apart below the axis rather than placed at a guessed date. With more than
 * MAX_MILESTONES dated milestones, only the newest are drawn (a timeline of a thousand
 * news items helps no reader and weighs down every page that shows it); the note says how
 * many there are and where to find them all.
 */
import { scaleTime } from 'd3';
import { compareDates, dateCaveat, formatDate, isoDate, partStatus } from '../lib/present/format.ts';
import type { ReportDate } from '../schemas/shared.ts';
import { accessible } from './render.ts';
import type { ChartSpec, Row } from './spec.ts';
import { C, FONT_SIZE, WIDTH } from './theme.ts';

export interface Milestone {
  date: ReportDate;
  district: string;
  districtName: string;
  title: string;
  href: string;
  source: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const MAX_MILESTONES = 30;
const ROW = 42;
const AXIS_X = 64;
const LABEL_X = 92;

const year = (d: Date) => d.getUTCFullYear();

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

function label(m: Row, x: number, y: number) {
  return (
    `<text x="${x}" y="${y}" font-weight="700" fill="currentColor">${esc(`${m.date_text} · ${m.district}`)}${m.date_status !== '原文写明' ? `<tspan font-weight="400">（${esc(String(m.date_status))}）</tspan>` : ''}</text>` +
    `<text x="${x}" y="${y + 17}" fill="currentColor" font-size="${FONT_SIZE - 1}">${esc(String(m.title))}</text>`
  );
}

export function draw(data: Row[], a11y: { id: string; title: string; description: string }): { svg: string; height: number } {
  const dated = data.filter((m) => m.date !== '');
  const undated = data.filter((m) => m.date === '');
  const dates = dated.map((m) => new Date(`${String(m.date).padEnd(7, '-06').padEnd(10, '-15')}T00:00:00Z`));
  const first = Math.min(...dates.map(year));
  const last = Math.max(...dates.map(year)) + 1;
  const y = scaleTime()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last, 0, 1))])
    .range([24, 24 + Math.max(360, dated.length * ROW)]);
  const parts: string[] = [];
  const [top, bottom] = y.range() as [number, number];
  parts.push(`<line x1="${AXIS_X}" x2="${AXIS_X}" y1="${top}" y2="${bottom}" stroke="currentColor" stroke-opacity="0.4" />`);
  for (let yr = first; yr <= last; yr++) {
    const yy = y(new Date(Date.UTC(yr, 0, 1)));
    parts.push(
      `<line x1="${AXIS_X - 6}" x2="${AXIS_X}" y1="${yy}" y2="${yy}" stroke="currentColor" /><text x="${AXIS_X - 10}" y="${yy + 4}" text-anchor="end" fill="currentColor">${yr}</text>`,
    );
  }
  let next = top + 6;
  dated.forEach((m, i) => {
    const py = y(dates[i]!);
    const ly = Math.max(py, next);
    next = ly + ROW;
    const hollow = m.year_inferred === '是';
    parts.push(`<path d="M${AXIS_X + 7},${py} L${LABEL_X - 6},${ly - 4}" stroke="currentColor" stroke-opacity="0.35" fill="none" />`);
    parts.push(
      `<circle cx="${AXIS_X}" cy="${py}" r="6" fill="${hollow ? 'var(--card, #fff)' : C.primary}" stroke="${C.primary}" stroke-width="2" />`,
    );
    parts.push(label(m, LABEL_X, ly));
  });
  let height = Math.max(bottom, next) + 10;
  if (undated.length > 0) {
    parts.push(`<text x="${AXIS_X}" y="${height + 18}" font-weight="700" fill="currentColor">年份未载（不在时间轴上）</text>`);
    height += 36;
    for (const m of undated) {
      parts.push(
        `<rect x="${AXIS_X - 6}" y="${height - 10}" width="12" height="12" fill="none" stroke="${C.primary}" stroke-width="2" stroke-dasharray="3 2" />`,
      );
      parts.push(label(m, LABEL_X, height));
      height += ROW;
    }
  }
  height = Math.round(height);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="${FONT_SIZE}" fill="currentColor">${parts.join('')}</svg>`;
  return { svg: accessible(svg.replace(/(\d+\.\d{2})\d+/g, '$1'), a11y.id, a11y.title, a11y.description), height };
}

export function build(items: Milestone[]): ChartSpec {
  const all = rows(items);
  const dated = all.filter((m) => m.date !== '');
  const undated = all.filter((m) => m.date === '');
  const capped = dated.length > MAX_MILESTONES;
  const data = capped ? [...dated.slice(-MAX_MILESTONES), ...undated] : all;
  const id = 'timeline';
  const title = '各区技能工作大事记';
  const description = data.map((m) => `${m.date_text}（${m.date_status}），${m.district}：${m.title}`).join('；');
  const { svg, height } = draw(data, { id, title, description });
  return {
    id,
    title,
    subtitle: '来源报道所记的活动、计划与成果，按时间排列；空心点的年份为推断',
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
      '只有月份的日期画在该月中旬，只有年份的画在年中。',
      ...undated.map((m) => `“${m.title}”的年份原文未载，单列在下方。`),
      ...(capped ? [`共有 ${dated.length} 条有日期的记录，图中只画最近的 ${MAX_MILESTONES} 条；全部记录见新闻与活动页面。`] : []),
    ],
    width: WIDTH,
    height,
    svg,
  };
}
