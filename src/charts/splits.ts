/**
 * Shared drawing of part-of-whole charts: each row is a whole drawn as a 100% bar split
 * into labelled parts. Parts computed by subtraction carry `derived` and are drawn with a
 * dashed outline.
 */
import * as Plot from '@observablehq/plot';
import { plotSvg } from './render.ts';
import type { Row } from './spec.ts';
import { C, labelWidth, WIDTH } from './theme.ts';

export interface Part extends Row {
  whole: string;
  part: string;
  value: number;
  share: number;
  derived: string;
}

/** Parts of each whole with their start and end in per cent. */
function layout(parts: Part[]) {
  const start = new Map<string, number>();
  return parts.map((p) => {
    const x1 = start.get(p.whole) ?? 0;
    start.set(p.whole, x1 + p.share);
    return { ...p, x1, x2: x1 + p.share, mid: x1 + p.share / 2 };
  });
}

/** Parts narrower than this share (%) cannot hold their label. */
const MIN_INSIDE = 22;

/**
 * Part-of-whole bars: one 100 % bar per distinct `whole`, split into its `parts` by their
 * `share` (per cent, in the order given), each labelled inside or, when too narrow, below.
 * Parts marked `derived` are drawn dashed. Returns the SVG and its size.
 */
export function splits(parts: Part[], a11y: { id: string; title: string; description: string }) {
  const laid = layout(parts);
  const wholes = [...new Set(parts.map((p) => p.whole))];
  const width = WIDTH;
  const height = 60 + wholes.length * 74;
  const svg = plotSvg(
    {
      width,
      height,
      marginLeft: labelWidth(wholes),
      marginRight: 16,
      x: { domain: [0, 100], label: '占比（%）', ticks: [0, 25, 50, 75, 100] },
      y: { label: null, domain: wholes },
      marks: [
        Plot.barX(
          laid.filter((p) => !p.derived),
          { y: 'whole', x1: 'x1', x2: 'x2', fill: C.primary, stroke: 'var(--card, #fff)', strokeWidth: 2, insetTop: 8, insetBottom: 8 },
        ),
        Plot.barX(
          laid.filter((p) => p.derived),
          { y: 'whole', x1: 'x1', x2: 'x2', fill: C.track, stroke: C.primary, strokeDasharray: '4 3', insetTop: 8, insetBottom: 8 },
        ),
        // Wide parts are labelled inside; narrow ones under the bar, flush with their right edge.
        Plot.text(
          laid.filter((p) => p.share >= MIN_INSIDE),
          {
            y: 'whole',
            x: 'mid',
            text: (p: Part) => `${p.part} ${p.share}%`,
            fill: (p: Part) => (p.derived ? 'currentColor' : C.onPrimary),
            fontWeight: 600,
          },
        ),
        Plot.text(
          laid.filter((p) => p.share < MIN_INSIDE),
          {
            y: 'whole',
            x: 'x2',
            dy: 26,
            textAnchor: 'end',
            text: (p: Part) => `${p.part} ${p.share}% ↑`,
            fill: 'currentColor',
          },
        ),
      ],
    },
    a11y,
  );
  return { svg, width, height };
}
