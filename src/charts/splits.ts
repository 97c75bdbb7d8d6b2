/**
 * Shared drawing of part-of-whole charts: each row is a whole drawn as a 100% bar split
 * into labelled parts (see fluid.ts for how the drawing keeps its text at page size). Parts computed by subtraction carry `derived` and are drawn with a
 * dashed outline.
 */
import { axis, esc, fluidSvg, pct, textWidth } from './fluid.ts';
import type { Row } from './spec.ts';
import { C, FONT_SIZE, MIN_WIDTH, WIDTH } from './theme.ts';

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

const BAR = 28;
const LINE = 21;

/**
 * Part-of-whole bars: one 100 % bar per distinct `whole`, its name on the line above, split
 * into its `parts` by their `share` (per cent, in the order given). A part wide enough on the
 * narrowest card is labelled inside; each narrower one gets a line of its own under the bar,
 * flush with its nearer edge and pointing up at it, so labels never collide. Parts marked
 * `derived` are drawn dashed. Returns the SVG and its size.
 */
export function splits(parts: Part[], a11y: { id: string; title: string; description: string }) {
  const laid = layout(parts);
  const wholes = [...new Set(parts.map((p) => p.whole))];
  const out: string[] = [];
  let y = 4;
  let key = 0;
  for (const whole of wholes) {
    out.push(`<text x="0" y="${y + 15}" font-weight="600">${esc(whole)}</text>`);
    const top = y + 22;
    let below = top + BAR + 17;
    for (const p of laid.filter((q) => q.whole === whole)) {
      const k = key++;
      const look = p.derived
        ? `fill="${C.track}" stroke="${C.primary}" stroke-dasharray="4 3"`
        : `fill="${C.primary}" stroke="var(--card, #fff)" stroke-width="2"`;
      out.push(`<rect x="${pct(p.x1 / 100)}" y="${top}" width="${pct(p.share / 100)}" height="${BAR}" ${look} data-bar="${k}" />`);
      const text = `${p.part} ${p.share}%`;
      if (textWidth(text, FONT_SIZE, true) + 10 <= (p.share / 100) * MIN_WIDTH) {
        out.push(
          `<text x="${pct(p.mid / 100)}" y="${top + BAR / 2 + 5}" text-anchor="middle" font-weight="600" fill="${p.derived ? 'currentColor' : C.onPrimary}" data-for="${k}">${esc(text)}</text>`,
        );
      } else {
        const right = p.mid >= 50;
        out.push(
          `<text x="${pct((right ? p.x2 : p.x1) / 100)}" y="${below}" text-anchor="${right ? 'end' : 'start'}" data-for="${k}">${esc(right ? `${text} ↑` : `↑ ${text}`)}</text>`,
        );
        below += LINE;
      }
    }
    y = below - 17 + 16;
  }
  const bottom = y - 10;
  const ax = axis(
    [0, 25, 50, 75, 100].map((v) => ({ at: v / 100, label: String(v) })),
    '占比（%）',
    [],
    bottom,
  );
  const height = bottom + ax.height;
  return {
    svg: fluidSvg([...ax.grid, ...out, ...ax.parts], height, a11y),
    width: WIDTH,
    height: Math.round(height),
  };
}
