/**
 * The shared drawing of the bar-like charts: one row per category, its label on a line of
 * its own above a bar (or a lollipop) that spans the card's whole width. The value is written
 * after the bar's end when it fits there on the narrowest card, else inside the bar, else on
 * the label line — so it never overlaps another row or another bar. A row marked `derived` is
 * drawn light with a dashed outline and says so in its label, so a computed value never passes
 * for a reported one.
 */
import { axis, esc, fluidSvg, linearTicks, pct, type Tick, textWidth } from './fluid.ts';
import type { Row } from './spec.ts';
import { C, FONT_SIZE, MIN_WIDTH, WIDTH } from './theme.ts';

export interface BarRow {
  label: string;
  /** Secondary text after the label (muted), or on a second line when both do not fit. */
  sub?: string;
  /** Where the bar starts and ends, 0–1 of the width. */
  from?: number;
  to: number;
  /** The value as written at the bar's end. */
  text: string;
  style: 'bar' | 'derived' | 'lollipop';
  /** A full-width background track behind the bar. */
  track?: boolean;
}

interface Frame {
  ticks: Tick[];
  axisTitle: string;
  /** A dashed target line at this position (0–1), across each bar. */
  rule?: number;
}

const BAR = 20;
const LINE = 21;
const GAP = 16;

/** Rows of labelled bars with a bottom axis, as a fluid SVG (see fluid.ts). */
export function barRows(rows: BarRow[], frame: Frame, a11y: { id: string; title: string; description: string }) {
  const parts: string[] = [];
  const bands: [number, number][] = [];
  let y = 4;
  rows.forEach((r, i) => {
    const from = r.from ?? 0;
    const tw = textWidth(r.text, FONT_SIZE, r.style === 'bar');
    const end = r.to * MIN_WIDTH + (r.style === 'lollipop' ? 6 : 0);
    const outside = end + 6 + tw <= MIN_WIDTH - 2;
    const clearOfRule = frame.rule === undefined || r.to <= frame.rule || (r.to - frame.rule) * MIN_WIDTH >= tw + 6 + 4;
    const inside = !outside && r.style !== 'lollipop' && tw + 12 <= (r.to - from) * MIN_WIDTH && clearOfRule;
    // The label block: the label, its muted sub-text, and the value when it has no room by the bar.
    const lines: { text: string; sub?: string }[] = [];
    if (r.sub !== undefined && textWidth(`${r.label}　${r.sub}`) > MIN_WIDTH) lines.push({ text: r.label }, { text: '', sub: r.sub });
    else lines.push({ text: r.label, ...(r.sub !== undefined ? { sub: r.sub } : {}) });
    if (!outside && !inside) {
      const last = lines.at(-1)!;
      if (textWidth(`${last.text}　${last.sub ?? ''}　${r.text}`) <= MIN_WIDTH) last.sub = `${last.sub ? `${last.sub}　` : ''}${r.text}`;
      else lines.push({ text: '', sub: r.text });
    }
    lines.forEach((l, k) => {
      const main = l.text ? esc(l.text) : '';
      const sub = l.sub ? `<tspan fill-opacity="0.8">${l.text ? '　' : ''}${esc(l.sub)}</tspan>` : '';
      parts.push(
        `<text x="0" y="${y + 15 + k * LINE}" font-weight="600" data-for="${i}">${main}${sub.replace('<tspan', '<tspan font-weight="400"')}</text>`,
      );
    });
    const top = y + 22 + (lines.length - 1) * LINE;
    const mid = top + BAR / 2;
    bands.push([top - 3, top + BAR + 3]);
    if (r.track) parts.push(`<rect x="0" y="${top}" width="100%" height="${BAR}" fill="${C.track}" data-bar="${i}" />`);
    if (r.style === 'lollipop') {
      parts.push(
        `<line x1="${pct(from)}" x2="${pct(r.to)}" y1="${mid}" y2="${mid}" stroke="${C.primary}" stroke-width="2" />`,
        `<circle cx="${pct(r.to)}" cy="${mid}" r="6" fill="${C.primary}" data-bar="${i}" />`,
      );
    } else {
      const look = r.style === 'derived' ? `fill="${C.track}" stroke="${C.primary}" stroke-dasharray="4 3"` : `fill="${C.primary}"`;
      parts.push(`<rect x="${pct(from)}" y="${top}" width="${pct(r.to - from)}" height="${BAR}" ${look} data-bar="${i}" />`);
    }
    if (frame.rule !== undefined)
      parts.push(
        `<line x1="${pct(frame.rule)}" x2="${pct(frame.rule)}" y1="${top - 4}" y2="${top + BAR + 4}" stroke="${C.target}" stroke-width="2" stroke-dasharray="4 3" />`,
      );
    if (outside || inside) {
      const fill = inside ? (r.style === 'bar' ? C.onPrimary : 'currentColor') : 'currentColor';
      const dx = inside ? -6 : r.style === 'lollipop' ? 12 : 6;
      parts.push(
        `<text x="${pct(r.to)}" dx="${dx}" y="${mid + 5}" text-anchor="${inside ? 'end' : 'start'}" fill="${fill}"${r.style === 'bar' ? ' font-weight="600"' : ''} data-for="${i}">${esc(r.text)}</text>`,
      );
    }
    y = top + BAR + GAP;
  });
  const bottom = y - GAP + 6;
  const ax = axis(frame.ticks, frame.axisTitle, bands, bottom);
  const height = bottom + ax.height;
  return { svg: fluidSvg([...ax.grid, ...parts, ...ax.parts], height, a11y), width: WIDTH, height: Math.round(height) };
}

interface BarOptions {
  id: string;
  title: string;
  description: string;
  /** Row key of the category label. */
  label: string;
  /** Row key of the numeric value. */
  value: string;
  /** Text at the end of each bar. */
  text: (d: Row) => string;
  /** Axis label. */
  axis: string;
  /** Tick labels. */
  format?: (v: number) => string;
}

/**
 * Horizontal bars, one per row of `data`, labelled by `o.label` and sized by `o.value`, each
 * with `o.text` at its end; rows with a truthy `derived` are drawn dashed and light. Returns the
 * SVG and its size for the page, the embed and the downloads.
 */
export function bars(data: Row[], o: BarOptions): { svg: string; width: number; height: number } {
  const format = o.format ?? ((v: number) => new Intl.NumberFormat('zh-CN').format(v));
  const { top, ticks } = linearTicks(Math.max(...data.map((d) => Number(d[o.value]))), format);
  return barRows(
    data.map((d) => ({
      label: String(d[o.label]),
      to: Number(d[o.value]) / top,
      text: o.text(d),
      style: d.derived ? 'derived' : 'bar',
    })),
    { ticks, axisTitle: o.axis },
    o,
  );
}
