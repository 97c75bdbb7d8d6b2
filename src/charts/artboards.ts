/**
 * A chart on a page is drawn several times, at RENDER_WIDTHS, and the page shows the one that
 * fits its card with a CSS container query (the artboard pattern of newsroom graphics). Each
 * rendering is scaled to its card's width, by SHRINK at least and GROWTH at most, so text set
 * at 13 px shows at 12 to 16 px on any screen, without script; past the widest rendering's
 * band the drawing stops growing.
 *
 * The bands are measured in em of the chart's own text size (the body's), so when a reader
 * chooses a larger text size (大, 特大) a narrower rendering is picked and shown larger: the
 * chart's text grows with the page's. The rules are in src/styles/charts.css; a unit test
 * holds them to these numbers.
 */
import { escapeHtml } from '../lib/present/escape.ts';

/** One drawing of a chart at one width, in CSS px. */
export interface Rendering {
  width: number;
  height: number;
  svg: string;
}

/** How far a rendering may be stretched before the next is shown: 13 px text stays ≤ 16 px. */
export const GROWTH = 1.23;
/** How far a rendering may be shrunk at the start of its band: 13 px text stays ≥ 12 px. */
export const SHRINK = 12 / 13;
/**
 * The widths, from 200 px (a phone at 特大) to 835 px (a desktop card, shown up to 1,027 px):
 * each as wide as SHRINK allows at the start of its band.
 */
export const RENDER_WIDTHS = [200, 266, 354, 471, 627, 835] as const;
/** Where each rendering's band starts, in px at 标准: where the one before would grow past GROWTH. */
export const BAND_STARTS: readonly number[] = RENDER_WIDTHS.map((_, i) => (i === 0 ? 0 : Math.floor(RENDER_WIDTHS[i - 1]! * GROWTH)));
/** The body's text size at 标准, in px: a band's width in em is its width in px at 标准 ÷ this. */
export const BASE_EM = 17;

/** Draws a chart at every width. */
export const renderAll = (draw: (width: number) => Omit<Rendering, 'width'>): Rendering[] =>
  RENDER_WIDTHS.map((width) => ({ width, ...draw(width) }));

/** The rendering a card of `container` CSS px shows at 标准 (the CSS rules choose the same). */
export function renderingFor(renderings: readonly Rendering[], container: number): Rendering {
  const band = BAND_STARTS.findLastIndex((start) => start <= container);
  return renderings[Math.max(0, band)]!;
}

/** The drawing's height in a card of `container` CSS px at 标准: its rendering, scaled to fit. */
export function heightAt(renderings: readonly Rendering[], container: number): number {
  const r = renderingFor(renderings, container);
  return Math.ceil(r.height * Math.min(container / r.width, GROWTH));
}

/**
 * The tallest the drawing gets in a card `narrowest` CSS px wide or wider, at 标准: each
 * rendering is tallest at the wide end of its band, just before the next one takes over.
 */
export function tallest(renderings: readonly Rendering[], narrowest: number): number {
  return Math.max(
    heightAt(renderings, narrowest),
    ...renderings.map((r, i) => {
      const end = Math.min(BAND_STARTS[i + 1] ?? Number.POSITIVE_INFINITY, r.width * GROWTH);
      return end > narrowest ? Math.ceil((r.height * end) / r.width) : 0;
    }),
  );
}

/**
 * The chart's drawing for a page: one image with the chart's title as its name and its
 * description, holding every rendering (each hidden from assistive technology, so the chart
 * is announced once).
 */
export function chartArt(c: { id: string; title: string; description: string; renderings: readonly Rendering[] }): string {
  const svgs = c.renderings.map((r) => r.svg.replace(/^<svg /, `<svg data-w="${r.width}" aria-hidden="true" focusable="false" `));
  return `<div class="chart-art" role="img" aria-label="${escapeHtml(c.title)}" aria-describedby="${c.id}-desc"><span id="${c.id}-desc" class="visually-hidden">${escapeHtml(c.description)}</span>${svgs.join('')}</div>`;
}
