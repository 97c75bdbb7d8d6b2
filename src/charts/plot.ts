/**
 * Observable Plot at build time: a plot drawn into a server-side document (linkedom) and
 * returned as SVG markup for the page. Plot's own `<style>` element and its generated class
 * go (their rules live in src/styles/charts.css, so the page's content security policy needs
 * no style hash and several renderings on one page share no id or class); the accessibility
 * labels Plot puts on each group go too (the chart as a whole carries one name, see
 * artboards.ts); coordinates are rounded to whole pixels.
 *
 * Plot positions marks and draws axes and grids; it cannot measure or wrap Chinese text (it
 * estimates a CJK character at about half an em), so the kinds wrap their labels themselves
 * (text.ts `wrap`) and hand Plot the lines.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { textWidth } from './text-layout.ts';
import { FONT_SIZE } from './theme.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** Marks whose elements the browser test pairs up: label `data-for` and bar `data-bar`, by row. */
export interface Tagged {
  /** The mark's class name, as given in its options. */
  className: string;
  /** The data attribute each element gets, with the value for each element in order. */
  attribute: 'data-bar' | 'data-for';
  values: (string | number)[];
}

/**
 * Draws `options` with Plot at `width` × `height` CSS px and returns the SVG markup. `tags`
 * add data attributes to the elements of named marks, in the order Plot drew them.
 */
export function plotSvg(options: Plot.PlotOptions & { width: number; height: number }, tags: Tagged[] = []): string {
  const svg = Plot.plot({ ...options, document, className: 'plot' }) as unknown as Element;
  for (const tag of tags) {
    const elements = [...svg.querySelectorAll(`.${tag.className} > *`)];
    if (elements.length !== tag.values.length)
      throw new Error(`plot: ${elements.length} elements in ${tag.className}, ${tag.values.length} tags`);
    for (const [i, e] of elements.entries()) e.setAttribute(tag.attribute, String(tag.values[i]));
    for (const g of svg.querySelectorAll(`.${tag.className}`)) g.removeAttribute('class');
  }
  svg.querySelector('style')?.remove();
  for (const e of svg.querySelectorAll('[aria-label],[aria-hidden]')) {
    e.removeAttribute('aria-label');
    e.removeAttribute('aria-hidden');
  }
  svg.removeAttribute('class');
  svg.removeAttribute('font-family');
  // Every text takes the root's size.
  svg.setAttribute('font-size', String(FONT_SIZE));
  // Whole pixels: crisp edges, and fewer bytes for each of a chart's renderings.
  return svg.outerHTML.replace(/ (x|y|x1|x2|y1|y2|cx|cy|width|height|d|transform)="([^"]*)"/g, (_, name: string, value: string) =>
    /em$/.test(value) ? ` ${name}="${value}"` : ` ${name}="${value.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n))))}"`,
  );
}

/**
 * A drawing of rows the kind has laid out in pixels: `width` × `height` CSS px, x across the
 * whole width, y the identity (pixels from the top), and the bottom axis below `bottom`.
 */
export function rowsSvg(
  o: { width: number; height: number; bottom: number; x: Plot.ScaleOptions; marks: Plot.Markish[] },
  tags: Tagged[] = [],
): string {
  return plotSvg(
    {
      width: o.width,
      height: o.height,
      marginTop: 0,
      marginLeft: 0,
      marginRight: 0,
      marginBottom: o.height - o.bottom,
      x: o.x,
      y: { type: 'identity', axis: null },
      marks: o.marks,
    },
    tags,
  );
}

export interface Tick {
  value: number;
  label: string;
}
type Anchor = 'start' | 'middle' | 'end';

/** A tick label is centred on its tick, unless that would put it past an edge of the drawing. */
function anchor(t: Tick, at: (v: number) => number, width: number): Anchor {
  const half = textWidth(t.label) / 2;
  const x = at(t.value);
  return x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
}

/**
 * The ticks whose labels fit side by side at this width, at least 8 px apart: all of them,
 * else every second, every third …, always from the first.
 */
function fitTicks(ticks: Tick[], at: (v: number) => number, width: number): (Tick & { anchor: Anchor })[] {
  for (let step = 1; step <= ticks.length; step++) {
    const kept = ticks.filter((_, i) => i % step === 0).map((t) => ({ ...t, anchor: anchor(t, at, width) }));
    const boxes = kept.map((t) => {
      const w = textWidth(t.label);
      const x = at(t.value);
      const left = t.anchor === 'start' ? x : t.anchor === 'end' ? x - w : x - w / 2;
      return [left, left + w] as const;
    });
    if (boxes.every((b, i) => i === 0 || b[0] - boxes[i - 1]![1] >= 8)) return kept;
  }
  throw new Error('unreachable: one tick always fits');
}

/**
 * The bottom axis at `width`: a tick mark and label for each tick whose label fits (one Plot
 * axis per anchor, as Plot's anchor is one per mark). `at` places a value in pixels.
 */
export function bottomAxis(ticks: Tick[], at: (v: number) => number, width: number): Plot.Markish[] {
  const kept = fitTicks(ticks, at, width);
  const label = new Map(kept.map((t) => [t.value, t.label]));
  return (['start', 'middle', 'end'] as const).flatMap((textAnchor) => {
    const values = kept.filter((t) => t.anchor === textAnchor).map((t) => t.value);
    return values.length > 0
      ? [Plot.axisX(values, { tickFormat: (v: number) => label.get(v) ?? '', textAnchor, tickSize: 4, label: null })]
      : [];
  });
}

export { Plot };
