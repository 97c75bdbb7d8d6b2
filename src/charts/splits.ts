/**
 * Shared drawing of part-of-whole charts: each row is a whole drawn as a 100% bar split
 * into labelled parts. Parts computed by subtraction carry `derived` and are drawn with a
 * dashed outline.
 */
import { bottomAxis, Plot, rowsSvg } from './plot.ts';
import type { Row } from './spec.ts';
import { textWidth, wrap } from './text-layout.ts';
import { C, DERIVED_LOOK, FONT_SIZE } from './theme.ts';

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

const BAR = 26;
const LINE = 19;
const SCALE = { type: 'linear', domain: [0, 100] } as const;

interface Label {
  x: number;
  y: number;
  text: string;
  key: number;
}

/**
 * Part-of-whole bars, drawn by Plot at `width` CSS px: one 100 % bar per distinct `whole`, its
 * name on the line above, split into its `parts` by their `share` (per cent, in the order
 * given). A part wide enough at this width is labelled inside; each narrower one gets a line
 * of its own under the bar, flush with its nearer edge and pointing up at it, so labels never
 * collide. Parts marked `derived` are drawn dashed.
 */
export function splits(parts: Part[]): (width: number) => { svg: string; height: number } {
  const laid = layout(parts);
  const wholes = [...new Set(parts.map((p) => p.whole))];
  return (width) => {
    const names: Label[] = [];
    const bars: (ReturnType<typeof layout>[number] & { y1: number; y2: number; key: number })[] = [];
    const inside: (Label & { derived: boolean })[] = [];
    const below: (Label & { right: boolean })[] = [];
    let y = 4;
    let key = 0;
    for (const whole of wholes) {
      const lines = wrap(whole, width, FONT_SIZE, true);
      for (const [i, text] of lines.entries()) names.push({ x: 0, y: y + 10 + i * LINE, text, key: -1 });
      const top = y + 4 + lines.length * LINE;
      let next = top + BAR + 14;
      for (const p of laid.filter((q) => q.whole === whole)) {
        const k = key++;
        bars.push({ ...p, y1: top, y2: top + BAR, key: k });
        const text = `${p.part} ${p.share}%`;
        if (textWidth(text, FONT_SIZE, true) + 10 <= (p.share / 100) * width)
          inside.push({ x: p.mid, y: top + BAR / 2, text, key: k, derived: p.derived !== '' });
        else {
          const right = p.mid >= 50;
          below.push({ x: right ? p.x2 : p.x1, y: next, text: right ? `${text} ↑` : `↑ ${text}`, key: k, right });
          next += LINE;
        }
      }
      y = next;
    }
    const bottom = y - 8;
    const height = Math.round(bottom + 40);
    const solid = bars.filter((b) => !b.derived);
    const dashed = bars.filter((b) => b.derived);
    const text = (data: Label[], o: Plot.TextOptions) => Plot.text(data, { x: 'x', y: 'y', text: 'text', ...o });
    const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, label: String(value) }));
    const svg = rowsSvg(
      {
        width,
        height,
        bottom,
        x: SCALE,
        marks: [
          Plot.rect(solid, {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: C.primary,
            stroke: 'var(--card, #fff)',
            strokeWidth: 2,
            className: 'solid',
          }),
          Plot.rect(dashed, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', ...DERIVED_LOOK, className: 'dashed' }),
          text(names, { textAnchor: 'start', fontWeight: 600 }),
          text(
            inside.filter((l) => !l.derived),
            { fill: C.onPrimary, fontWeight: 600, className: 'in-solid' },
          ),
          text(
            inside.filter((l) => l.derived),
            { fontWeight: 600, className: 'in-dashed' },
          ),
          text(
            below.filter((l) => !l.right),
            { textAnchor: 'start', className: 'below-left' },
          ),
          text(
            below.filter((l) => l.right),
            { textAnchor: 'end', className: 'below-right' },
          ),
          ...bottomAxis(ticks, (v) => (v / 100) * width, width),
          Plot.text(['占比（%）'], { x: 0, y: bottom + 34, text: (t: string) => t, textAnchor: 'start' }),
        ],
      },
      [
        { className: 'solid', attribute: 'data-bar', values: solid.map((b) => b.key) },
        { className: 'dashed', attribute: 'data-bar', values: dashed.map((b) => b.key) },
        { className: 'in-solid', attribute: 'data-for', values: inside.filter((l) => !l.derived).map((l) => l.key) },
        { className: 'in-dashed', attribute: 'data-for', values: inside.filter((l) => l.derived).map((l) => l.key) },
        { className: 'below-left', attribute: 'data-for', values: below.filter((l) => !l.right).map((l) => l.key) },
        { className: 'below-right', attribute: 'data-for', values: below.filter((l) => l.right).map((l) => l.key) },
      ],
    );
    return { svg, height };
  };
}
