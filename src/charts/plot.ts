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

export { Plot };
