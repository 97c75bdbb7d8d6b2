/**
 * The shared drawing of the bar-like charts, with Observable Plot: one row per category, its
 * label on a line of its own above a bar (or a lollipop) that spans the drawing's width. The
 * value is written after the bar's end when it fits there at the width being drawn, else
 * inside the bar, else on the label line, so it never overlaps another row or another bar. A
 * row marked `derived` is drawn light with a dashed outline and says so in its label, so a
 * computed value never passes for a reported one.
 *
 * Plot draws the scale, the bars, the lollipops, the target rule, the grid and the axis; the
 * rows' vertical layout (how many lines each label wraps to at this width) is ours, so the y
 * scale is the identity (pixels).
 */
import { scaleLinear } from 'd3';
import { bottomAxis, Plot, rowsSvg, type Tick } from './plot.ts';
import type { Row } from './spec.ts';
import { textWidth, wrap } from './text-layout.ts';
import { C, DERIVED_LOOK, FONT_SIZE } from './theme.ts';

export interface BarRow {
  label: string;
  /** Secondary text after the label (muted), or on a line of its own when both do not fit. */
  sub?: string;
  /** Where the bar starts and ends, in the scale's units. */
  from?: number;
  to: number;
  /** The value as written at the bar's end. */
  text: string;
  style: 'bar' | 'derived' | 'lollipop';
  /** A background track behind the bar, across the whole scale. */
  track?: boolean;
}

export interface Frame {
  /** The x scale: its type and domain (the range is the drawing's width). */
  x: { type: 'linear' | 'log'; domain: [number, number] };
  ticks: Tick[];
  axisTitle: string;
  /** A dashed target line at this value, across each bar. */
  rule?: number;
}

const LINE = 19;
const BAR = 18;
const GAP = 14;
const GRID = 0.15;

/** A row's bar: its band down the drawing (pixels), its row and its middle. */
interface Band {
  y1: number;
  y2: number;
  row: number;
  r: BarRow;
  mid: number;
}

interface Line {
  x: number;
  dx: number;
  y: number;
  text: string;
  row: number;
}

/** Rows of labelled bars with a bottom axis, drawn by Plot at `width` CSS px. */
export function barRows(rows: BarRow[], frame: Frame): (width: number) => { svg: string; height: number } {
  return (width) => {
    const x = Plot.scale({ x: { ...frame.x, range: [0, width] } });
    const at = (v: number) => x.apply(v) as number;
    const [start] = frame.x.domain;
    const labels: Line[] = [];
    const subs: Line[] = [];
    const values: { line: Line; inside: boolean; style: BarRow['style'] }[] = [];
    const bands: Band[] = [];
    let y = 4;
    rows.forEach((r, row) => {
      const from = r.from ?? start;
      const tw = textWidth(r.text, FONT_SIZE, r.style === 'bar');
      const end = at(r.to) + (r.style === 'lollipop' ? 6 : 0);
      const outside = end + 6 + tw <= width - 2;
      const clearOfRule = frame.rule === undefined || r.to <= frame.rule || at(r.to) - at(frame.rule) >= tw + 10;
      const inside = !outside && r.style !== 'lollipop' && tw + 12 <= at(r.to) - at(from) && clearOfRule;
      // The label block: the label's lines, its muted sub-text, and the value when it has no room by the bar.
      const lines = wrap(r.label, width, FONT_SIZE, true).map((text, k) => ({ text, k }));
      const muted: { text: string; k: number; after: number }[] = [];
      const place = (text: string) => {
        const last = lines.at(-1)!;
        const taken =
          textWidth(last.text, FONT_SIZE, true) + muted.filter((m) => m.k === last.k).reduce((s, m) => s + textWidth(`　${m.text}`), 0);
        if (taken + textWidth(`　${text}`) <= width) muted.push({ text, k: last.k, after: taken + FONT_SIZE });
        else
          for (const l of wrap(text, width))
            lines.push({ text: '', k: lines.length }), muted.push({ text: l, k: lines.length - 1, after: 0 });
      };
      if (r.sub !== undefined) place(r.sub);
      if (!outside && !inside) place(r.text);
      for (const l of lines) if (l.text) labels.push({ x: start, dx: 0, y: y + 10 + l.k * LINE, text: l.text, row });
      for (const m of muted) subs.push({ x: start, dx: m.after, y: y + 10 + m.k * LINE, text: m.text, row });
      const top = y + 4 + lines.length * LINE;
      const mid = top + BAR / 2;
      bands.push({ y1: top, y2: top + BAR, row, r, mid });
      if (outside || inside)
        values.push({
          line: { x: r.to, dx: inside ? -6 : r.style === 'lollipop' ? 12 : 6, y: mid, text: r.text, row },
          inside,
          style: r.style,
        });
      y = top + BAR + GAP;
    });
    const bottom = y - GAP + 6;
    const title = wrap(frame.axisTitle, width, FONT_SIZE);
    const height = Math.round(bottom + 40 + (title.length - 1) * LINE);
    // Grid lines at every tick, labels at those that fit (bottomAxis).
    const tickValues = frame.ticks.map((t) => t.value);
    const tracks = bands.filter((b) => b.r.track);
    const solid = bands.filter((b) => b.r.style === 'bar');
    const dashed = bands.filter((b) => b.r.style === 'derived');
    const lollipops = bands.filter((b) => b.r.style === 'lollipop');
    const text = (lines: Line[], o: Plot.TextOptions) => Plot.text(lines, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', ...o });
    // Plot's dx and font weight are one per mark: lines are grouped by both, each group a mark of its own.
    const groups: { lines: Line[]; className: string }[] = [];
    const grouped = (lines: (Line & { bold?: boolean })[], o: Plot.TextOptions, name: string) =>
      [...new Set(lines.map((l) => `${l.dx}|${l.bold ? 600 : ''}`))].map((key) => {
        const [dx, weight] = key.split('|');
        const members = lines.filter((l) => `${l.dx}|${l.bold ? 600 : ''}` === key);
        const className = `${name}-${groups.length}`;
        groups.push({ lines: members, className });
        return text(members, { ...o, dx: Number(dx), ...(weight ? { fontWeight: Number(weight) } : {}), className });
      });
    const outsideValues = values.filter((v) => !v.inside).map((v) => ({ ...v.line, bold: v.style === 'bar' }));
    const insideValues = values.filter((v) => v.inside).map((v) => v.line);
    // A bar's extent across and its band down.
    const span = { x1: (b: Band) => b.r.from ?? start, x2: (b: Band) => b.r.to, y1: 'y1', y2: 'y2' } as const;
    const svg = rowsSvg(
      {
        width,
        height,
        bottom,
        x: frame.x,
        marks: [
          Plot.ruleX(
            bands.flatMap((b) => tickValues.map((v) => ({ x: v, y1: b.y1 - 3, y2: b.y2 + 3 }))),
            { x: 'x', y1: 'y1', y2: 'y2', stroke: 'currentColor', strokeOpacity: GRID },
          ),
          Plot.rect(tracks, { x1: start, x2: frame.x.domain[1], y1: 'y1', y2: 'y2', fill: C.track, className: 'tracks' }),
          Plot.rect(solid, { ...span, fill: C.primary, className: 'solid' }),
          Plot.rect(dashed, { ...span, ...DERIVED_LOOK, className: 'dashed' }),
          Plot.link(lollipops, { ...span, y1: 'mid', y2: 'mid', stroke: C.primary, strokeWidth: 2 }),
          Plot.dot(lollipops, { x: (b) => b.r.to, y: 'mid', r: 6, fill: C.primary, stroke: null, className: 'dots' }),
          ...(frame.rule !== undefined
            ? [
                Plot.ruleX(bands, {
                  x: frame.rule,
                  y1: (b) => b.y1 - 4,
                  y2: (b) => b.y2 + 4,
                  stroke: C.target,
                  strokeWidth: 2,
                  strokeDasharray: '4 3',
                }),
              ]
            : []),
          text(labels, { fontWeight: 600, className: 'labels' }),
          ...grouped(subs, { fillOpacity: 0.8 }, 'subs'),
          ...grouped(outsideValues, {}, 'outside'),
          text(insideValues, { dx: -6, textAnchor: 'end', fill: C.onPrimary, fontWeight: 600, className: 'inside' }),
          ...bottomAxis(frame.ticks, at, width),
          Plot.text(
            title.map((t, i) => ({ t, y: bottom + 34 + i * LINE })),
            { x: start, y: 'y', text: 't', textAnchor: 'start' },
          ),
        ],
      },
      [
        { className: 'tracks', attribute: 'data-bar', values: tracks.map((b) => b.row) },
        { className: 'solid', attribute: 'data-bar', values: solid.map((b) => b.row) },
        { className: 'dashed', attribute: 'data-bar', values: dashed.map((b) => b.row) },
        { className: 'dots', attribute: 'data-bar', values: lollipops.map((b) => b.row) },
        { className: 'labels', attribute: 'data-for', values: labels.map((l) => l.row) },
        ...groups.map((g) => ({ className: g.className, attribute: 'data-for' as const, values: g.lines.map((l) => l.row) })),
        { className: 'inside', attribute: 'data-for', values: insideValues.map((l) => l.row) },
      ],
    );
    return { svg, height };
  };
}

interface BarOptions {
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
 * with `o.text` at its end; rows with a truthy `derived` are drawn dashed and light.
 */
export function bars(data: Row[], o: BarOptions): (width: number) => { svg: string; height: number } {
  const format = o.format ?? ((v: number) => new Intl.NumberFormat('zh-CN').format(v));
  const max = Math.max(...data.map((d) => Number(d[o.value])));
  return (width) => {
    const { top, ticks } = linearTicks(max, format, width);
    return barRows(
      data.map((d) => ({
        label: String(d[o.label]),
        to: Number(d[o.value]),
        text: o.text(d),
        style: d.derived ? 'derived' : 'bar',
      })),
      { x: { type: 'linear', domain: [0, top] }, ticks, axisTitle: o.axis },
    )(width);
  };
}

/**
 * Ticks of a linear scale from 0 to `max`, as many as fit at `width` (labels at least 12 px
 * apart), and the rounded-up top of the scale they end on.
 */
export function linearTicks(
  max: number,
  format: (v: number) => string,
  width: number,
): { top: number; ticks: { value: number; label: string }[] } {
  for (let n = 6; n >= 1; n--) {
    // d3 picks round steps (1, 2, 5 × 10ⁿ) and extends the domain to the next one.
    const x = scaleLinear().domain([0, max]).range([0, 1]).nice(n);
    const values = x.ticks(n);
    const top = x.domain()[1]!;
    const step = (values[1] ?? top) - (values[0] ?? 0);
    // The last label is anchored at its end, so it reaches a whole width back towards the one before.
    const widest = Math.max(...values.map((v) => textWidth(format(v), FONT_SIZE)));
    if ((step / top) * width >= widest * 1.5 + 12 || n === 1)
      return { top, ticks: values.map((value) => ({ value, label: format(value) })) };
  }
  throw new Error('unreachable');
}
