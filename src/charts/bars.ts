/**
 * The shared drawing of the simple charts: labelled horizontal bars, one per row, with
 * the value written at the end of each bar. A row marked `derived` is drawn hatched-light
 * with a dashed outline and says so in its label, so a computed value never passes for
 * a reported one.
 */
import * as Plot from '@observablehq/plot';
import { plotSvg } from './render.ts';
import type { Row } from './spec.ts';
import { C, labelWidth, WIDTH } from './theme.ts';

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
  width?: number;
  /** Room for the end labels, in px. */
  marginRight?: number;
}

/**
 * Horizontal bars, one per row of `data`, labelled by `o.label` and sized by `o.value`, each
 * with `o.text` at its end; rows with a truthy `derived` are drawn dashed and light. Returns the
 * SVG and its size for the page and the embed.
 */
export function bars(data: Row[], o: BarOptions): { svg: string; width: number; height: number } {
  const width = o.width ?? WIDTH;
  const height = 40 + data.length * 44;
  const reported = data.filter((d) => !d.derived);
  const derived = data.filter((d) => d.derived);
  const svg = plotSvg(
    {
      width,
      height,
      marginLeft: labelWidth(data.map((d) => String(d[o.label]))),
      marginRight: o.marginRight ?? 120,
      x: { label: o.axis, grid: true, nice: true },
      y: { label: null, domain: data.map((d) => String(d[o.label])) },
      marks: [
        Plot.barX(reported, { y: o.label, x: o.value, fill: C.primary, insetTop: 7, insetBottom: 7 }),
        Plot.barX(derived, {
          y: o.label,
          x: o.value,
          fill: C.track,
          stroke: C.primary,
          strokeDasharray: '4 3',
          insetTop: 7,
          insetBottom: 7,
        }),
        Plot.ruleX([0]),
        Plot.text(data, { y: o.label, x: o.value, text: o.text, dx: 6, textAnchor: 'start', fill: 'currentColor' }),
      ],
    },
    o,
  );
  return { svg, width, height };
}
