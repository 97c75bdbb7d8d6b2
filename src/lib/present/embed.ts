/**
 * The height an embed's iframe is offered at: enough for the narrowest phone (320 px), where
 * the title, subtitle and source line wrap onto the most lines, with the drawing at the
 * tallest it gets at any width (src/charts/artboards.ts `tallest`); at other widths the same
 * height leaves some room below the source line.
 * Sizes follow src/layouts/ChartEmbedPage.astro and src/styles/charts.css at the standard
 * text size; test/site/embed.test.ts checks the result in Chromium at 320 and 800 px.
 */

/** The narrowest frame the height is computed for, and the embed's side padding (0.75rem each). */
const NARROWEST = 320;
/** The width inside the narrowest frame, which the drawing takes. */
export const TEXT_WIDTH = NARROWEST - 2 * 12;

/** Width of a text in ems: CJK and full-width signs take 1, everything else about 0.6. */
function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201d]/.test(ch) ? 1 : 0.6;
  return w;
}

/** Lines a text takes at `fontPx`, with a tenth of each line left for words that cannot break. */
const lines = (text: string, fontPx: number) => Math.max(1, Math.ceil((ems(text) * fontPx) / (TEXT_WIDTH * 0.9)));

export interface EmbedText {
  title: string;
  subtitle: string;
  /** The embed's source line as a reader sees it. */
  sourceLine: string;
  /** The drawing's height in px, the most it takes at any frame width. */
  chartHeight: number;
}

export function embedHeight({ title, subtitle, sourceLine, chartHeight }: EmbedText): number {
  const title_ = lines(title, 16.8) * 22.7; // h1.embed-title: 1.05rem, line-height 1.35
  const subtitle_ = 3.2 + lines(subtitle, 15.2) * 26.6 + 9.6; // p.subtitle: 0.95rem, its margins
  const source = 8 + lines(sourceLine, 13.6) * 23.8; // p.source-line: 0.85rem, its top margin
  const padding = 2 * 8 + 8; // the figure's padding, and the line box the drawing sits in
  // One line more than the sum, for a font that sets a little wider than the estimate.
  return Math.ceil(title_ + subtitle_ + chartHeight + source + padding + 24);
}

/** The embed's source line, before the link to the site (which is `SITE_TITLE`, then 查看数据与出处). */
export const embedSources = (sourceTitles: string[]) => `来源：${sourceTitles.join('；')} · 图表：`;
