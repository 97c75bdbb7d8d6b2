/**
 * Fluid drawings: an SVG without a viewBox, so it is never scaled. Text is set in CSS pixels
 * (FONT_SIZE) and stays that size on a phone, a desktop and in a wide embed; horizontal
 * positions are percentages of the chart's width, so bars use the card's whole width; vertical
 * positions are pixels. Where a label goes (after a bar, inside it, on the line above) is decided
 * for the narrowest card (MIN_WIDTH), so it fits at every wider one too and never collides.
 *
 * Marks carry data attributes the browser test reads: `data-bar="<row>"` on bars and
 * `data-for="<row>"` on the labels that belong to them.
 */
import { scaleLinear } from 'd3';
import { FONT_SIZE, MIN_WIDTH, SMALL_SIZE } from './theme.ts';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A fraction of the width as an SVG percentage, to two decimals. */
export const pct = (f: number) => `${Math.round(Math.max(0, Math.min(1, f)) * 10000) / 100}%`;

/**
 * Estimated advance of `text` at `size` px: CJK and full-width characters (and the middle dot,
 * which CJK fonts set full-width) are 1 em, digits and Latin about 0.6 em (generous, so a label
 * judged to fit does fit); bold adds 5 %.
 */
export function textWidth(text: string, size = FONT_SIZE, bold = false): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 && ch !== '·' ? (ch === ' ' ? 0.3 : 0.6) : 1;
  return w * size * (bold ? 1.05 : 1);
}

/**
 * Splits `text` into lines no wider than `width` px at `size` px, balanced so the last line is
 * not a lone character or two. A number or a Latin word stays whole ("2023年" may break after
 * 2023, "100%" never breaks); no line starts with closing punctuation or ends with opening
 * punctuation; a space stays at the end of the line it follows. The lines joined are the text.
 */
export function wrap(text: string, width: number, size = FONT_SIZE, bold = false): string[] {
  const lines = greedy(text, width, size, bold);
  if (lines.length < 2 || [...lines.at(-1)!].length > 2) return lines;
  // Never narrower than the widest piece that fits a line, so balancing breaks no number.
  const widest = Math.max(
    0,
    ...units(text)
      .map((u) => textWidth(u.trimEnd(), size, bold))
      .filter((w) => w <= width),
  );
  for (let w = Math.max(textWidth(text, size, bold) / lines.length, widest); w < width; w += size / 2) {
    const balanced = greedy(text, w, size, bold);
    if (balanced.length <= lines.length) return balanced;
  }
  return lines;
}

const CLOSING = '，。、：；！？）》」』”’·%％…';
const OPENING = '（《「『“‘';

/** The pieces no line break falls inside: runs of Latin letters, digits and signs, or one character, with the punctuation and space that must stay with them. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(/[\x21-\x7e]+|\s+|./gu) ?? []) {
    const last = out.at(-1);
    if (last !== undefined && (/^\s/.test(token) || CLOSING.includes(token[0]!) || OPENING.includes(last.at(-1)!)))
      out[out.length - 1] = last + token;
    else out.push(token);
  }
  return out;
}

function greedy(text: string, width: number, size: number, bold: boolean): string[] {
  const fits = (s: string) => textWidth(s.trimEnd(), size, bold) <= width;
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text)) {
    if (line && !fits(line + unit)) {
      lines.push(line);
      line = '';
    }
    if (fits(unit)) {
      line += unit;
      continue;
    }
    // Wider than a whole line (a long address): broken between characters.
    for (const ch of unit) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  return line ? [...lines, line] : lines;
}

/** Wraps finished SVG markup as an accessible image with a title and a description. */
export function accessible(svg: string, id: string, title: string, description: string): string {
  return svg.replace(
    /^<svg([^>]*)>/,
    (_, attrs: string) =>
      `<svg${attrs} role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(description)}</desc>`,
  );
}

/** The document around the parts: the card's width, its own height, text in CSS px (downloads set a width: files.ts). */
export function fluidSvg(parts: string[], height: number, a11y: { id: string; title: string; description: string }) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" width="100%" height="${Math.round(height)}" font-size="${FONT_SIZE}" fill="currentColor">${parts.join('')}</svg>`;
  return accessible(svg.replace(/(\d+\.\d{2})\d+/g, '$1'), a11y.id, a11y.title, a11y.description);
}

export interface Tick {
  /** Position, 0–1 of the width. */
  at: number;
  label: string;
}

/**
 * A bottom axis at `y`: grid lines within each of `bands` (the bars' rows, so they never
 * cross a label), tick labels anchored so the first and last stay
 * inside the chart, and the axis title wrapped to the narrowest card. Returns the parts and the
 * height used below `y`.
 */
export function axis(
  ticks: Tick[],
  title: string,
  bands: [number, number][],
  y: number,
): { grid: string[]; parts: string[]; height: number } {
  const grid = ticks.flatMap((t) =>
    [...bands, [y - 4, y] as const].map(
      ([y1, y2]) =>
        `<line x1="${pct(t.at)}" x2="${pct(t.at)}" y1="${y1}" y2="${y2}" stroke="currentColor" stroke-opacity="${y2 === y ? 0.5 : 0.15}" />`,
    ),
  );
  const parts: string[] = [];
  for (const t of ticks) {
    // Anchored so that on the narrowest card the label stays inside the chart.
    const half = textWidth(t.label, SMALL_SIZE) / 2;
    const anchor = t.at * MIN_WIDTH < half ? 'start' : (1 - t.at) * MIN_WIDTH < half ? 'end' : 'middle';
    parts.push(
      `<text x="${pct(t.at)}" y="${y + 16}" text-anchor="${anchor}" font-size="${SMALL_SIZE}" fill-opacity="0.85">${esc(t.label)}</text>`,
    );
  }
  const lines = wrap(title, MIN_WIDTH, SMALL_SIZE);
  lines.forEach((line, i) => {
    parts.push(`<text x="0" y="${y + 38 + i * 18}" font-size="${SMALL_SIZE}">${esc(line)}</text>`);
  });
  return { grid, parts, height: 38 + (lines.length - 1) * 18 + 8 };
}

/**
 * Ticks of a linear scale from 0 to `max`, as many as fit at the narrowest card (labels at least
 * 12 px apart), and the rounded-up top of the scale they end on.
 */
export function linearTicks(max: number, format: (v: number) => string): { top: number; ticks: Tick[] } {
  for (let n = 5; n >= 1; n--) {
    // d3 picks round steps (1, 2, 5 × 10ⁿ) and extends the domain to the next one.
    const x = scaleLinear().domain([0, max]).range([0, 1]).nice(n);
    const values = x.ticks(n);
    const top = x.domain()[1]!;
    const step = (values[1] ?? top) - (values[0] ?? 0);
    // The last label is anchored at its end, so it reaches a whole width back towards the one before.
    const widest = Math.max(...values.map((v) => textWidth(format(v), SMALL_SIZE)));
    if ((step / top) * MIN_WIDTH >= widest * 1.5 + 12 || n === 1)
      return { top, ticks: values.map((v) => ({ at: x(v), label: format(v) })) };
  }
  throw new Error('unreachable');
}
