/**
 * The "一图读懂" long image of a district: one phone-width picture an official can forward
 * in a chat, about three screens long. A title band with the place, its key numbers large
 * (each with what it counts and when it stands), one chart, the takeaways its figures
 * support, the sources, and a QR code to the showcase. Everything on it comes from the same
 * data as the page (src/pages/og/cards.json.ts gathers it); this file only lays it out, with
 * satori, in the share cards' type and colours (og-image.ts), and resvg draws it.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cacheFile } from './cache.ts';
import { BRAND, type CardFigure, FONTS, fitSize, h, INK, INK_2, PAPER, RED, RULE } from './og-image.ts';
import { encodePng } from './png-encode.ts';

/**
 * resvg's options for satori's SVG, whose text is already outlines: no font to load. By
 * default resvg reads every system font first (fonts-noto-cjk among them), which was most
 * of a drawing's time here (a share card, when resvg drew them: 24 ms without, 57-66 ms with,
 * the same pixels).
 */
const OUTLINES_ONLY = { font: { loadSystemFonts: false } } as const;

export interface Poster {
  kind: 'poster';
  /** Above the name: the city, and what the picture is. */
  eyebrow: string;
  /** The district's name. */
  title: string;
  /** Its one-line summary. */
  lede: string;
  /** Up to four key numbers, as the report words them. */
  figures: CardFigure[];
  /** One chart, as its PNG (a data: URI) with its size, drawn from the chart's own file. */
  chart?: { src: string; width: number; height: number } | undefined;
  /** The takeaways, each a sentence whose numbers are its figures'. */
  takeaways: string[];
  /** The reports it comes from, as one line. */
  sources: string;
  /** The showcase's address, and its QR code as an SVG data: URI. */
  url: string;
  qr: string;
}

/** The picture's width in pixels (a phone's, at three device pixels per CSS pixel). */
export const POSTER_WIDTH = 1080;
const PAD = 64;
const INNER = POSTER_WIDTH - 2 * PAD;
/** Bump when the layout changes, so cached posters are redrawn. */
const VERSION = 'poster-1';

/** A satori image: a data: URI at a given size. */
const img = (src: string, style: Record<string, unknown>) => ({
  type: 'img',
  props: { src, width: style.width, height: style.height, style },
});

const section = (title: string, children: unknown[]) =>
  h('div', { display: 'flex', flexDirection: 'column', width: INNER, marginTop: 56 }, [
    h('div', { display: 'flex', fontSize: 40, fontWeight: 700, color: RED, borderBottom: `3px solid ${RULE}`, paddingBottom: 12 }, title),
    ...children,
  ]);

function bigNumber(f: CardFigure) {
  const width = (INNER - 32) / 2;
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width,
      marginTop: 32,
      padding: '24px 28px',
      boxSizing: 'border-box',
      background: '#fff',
      borderTop: `8px solid ${RED}`,
    },
    [
      h('div', { display: 'flex', fontSize: fitSize(f.value, width - 56, 84), fontWeight: 700, color: RED, lineHeight: 1.15 }, f.value),
      h('div', { display: 'flex', fontSize: 34, fontWeight: 700, marginTop: 12, lineHeight: 1.35 }, f.label),
      h('div', { display: 'flex', fontSize: 28, color: INK_2, marginTop: 8, lineHeight: 1.4 }, f.when),
    ],
  );
}

function layout(p: Poster) {
  const head = h('div', { display: 'flex', flexDirection: 'column', width: INNER, marginTop: 48 }, [
    h('div', { display: 'flex', fontSize: 36, fontWeight: 700, color: RED, letterSpacing: 2 }, p.eyebrow),
    h('div', { display: 'flex', fontSize: fitSize(p.title, INNER, 120), fontWeight: 700, marginTop: 12, lineHeight: 1.2 }, p.title),
    h('div', { display: 'flex', fontSize: 40, color: INK_2, marginTop: 16, lineHeight: 1.5 }, p.lede),
  ]);
  const numbers =
    p.figures.length > 0
      ? h(
          'div',
          { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', width: INNER, marginTop: 16 },
          p.figures.slice(0, 4).map(bigNumber),
        )
      : undefined;
  const chart = p.chart
    ? section('一张图', [img(p.chart.src, { marginTop: 28, width: INNER, height: Math.round((INNER * p.chart.height) / p.chart.width) })])
    : undefined;
  const takeaways =
    p.takeaways.length > 0
      ? section(
          '要点',
          p.takeaways.map((t, i) =>
            h('div', { display: 'flex', width: INNER, marginTop: 28, fontSize: 36, lineHeight: 1.55 }, [
              h(
                'div',
                { display: 'flex', width: 64, flexShrink: 0, fontWeight: 700, color: RED, fontSize: 44, lineHeight: 1.2 },
                String(i + 1),
              ),
              h('div', { display: 'flex', width: INNER - 64 }, t),
            ]),
          ),
        )
      : undefined;
  const foot = h(
    'div',
    { display: 'flex', width: INNER, marginTop: 56, paddingTop: 32, borderTop: `3px solid ${RULE}`, alignItems: 'center' },
    [
      img(p.qr, { width: 240, height: 240, background: '#fff' }),
      h('div', { display: 'flex', flexDirection: 'column', marginLeft: 36, width: INNER - 276 }, [
        h('div', { display: 'flex', fontSize: 34, fontWeight: 700 }, '手机扫码，打开本区全部数字与出处'),
        h('div', { display: 'flex', fontSize: 26, color: INK_2, marginTop: 12, lineHeight: 1.45 }, p.url),
        h('div', { display: 'flex', fontSize: 28, fontWeight: 700, marginTop: 20 }, BRAND),
      ]),
    ],
  );
  const sources = h('div', { display: 'flex', width: INNER, marginTop: 40, fontSize: 26, color: INK_2, lineHeight: 1.5 }, p.sources);
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      width: POSTER_WIDTH,
      padding: `0 0 ${PAD}px`,
      background: PAPER,
      color: INK,
      fontFamily: 'Noto Sans SC',
      borderTop: `28px solid ${RED}`,
      boxSizing: 'border-box',
    },
    [head, numbers, chart, takeaways, sources, foot].filter(Boolean),
  );
}

/** The poster as SVG, as tall as its content. */
export function posterSvg(p: Poster): Promise<string> {
  return satori(layout(p) as Parameters<typeof satori>[0], { width: POSTER_WIDTH, fonts: FONTS });
}

/** Draws the poster as PNG. */
export async function drawPoster(p: Poster): Promise<Buffer> {
  return encodePng(new Resvg(await posterSvg(p), { fitTo: { mode: 'width', value: POSTER_WIDTH }, ...OUTLINES_ONLY }).render());
}

/** The cache file of a poster. */
export const posterFile = (p: Poster): string => cacheFile([VERSION, p]);
