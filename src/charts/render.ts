/**
 * Turns an Observable Plot specification into an SVG string at build time, with linkedom
 * standing in for the browser's DOM. The result is made accessible as one image (role
 * img with a title and description), Plot's own inner ARIA labels removed, and
 * coordinates rounded to two decimals so the markup stays small and stable.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { FONT_SIZE } from './theme.ts';

const round = (svg: string) => svg.replace(/(\d+\.\d{2})\d+/g, '$1');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Wraps finished SVG markup as an accessible image with a title and a description. */
export function accessible(svg: string, id: string, title: string, description: string): string {
  return svg.replace(
    /^<svg([^>]*)>/,
    (_, attrs: string) =>
      `<svg${attrs} role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(description)}</desc>`,
  );
}

/**
 * Draws a Plot specification as an SVG string at build time (Plot's `document` option, fed by
 * linkedom): the site's margins and axis-label placement are defaults `options` may override;
 * the result is one accessible image titled by `a11y`, with coordinates rounded.
 */
export function plotSvg(options: Plot.PlotOptions, a11y: { id: string; title: string; description: string }): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const el = Plot.plot({
    marginBottom: 52,
    ...options,
    ...(options.x ? { x: { labelAnchor: 'center', labelOffset: 44, labelArrow: 'none', ...options.x } } : {}),
    document: document as unknown as Document,
    style: { background: 'transparent', fontSize: `${FONT_SIZE}px`, fontFamily: 'inherit', overflow: 'visible' },
  }) as unknown as Element;
  for (const node of el.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
    node.removeAttribute('aria-hidden');
  }
  el.removeAttribute('font-family');
  el.removeAttribute('font-size');
  return accessible(round(el.outerHTML), a11y.id, a11y.title, a11y.description);
}
