/**
 * Share images (1200×630 PNG), laid out and drawn by takumi, a native renderer, with the
 * Noto Sans SC font from an npm package. Each thread keeps one renderer with the font
 * registered once. At 10,000 profiles the cards are the build's largest cost when drawn
 * afresh: takumi draws and encodes one in about 5 ms, where satori's SVG and resvg's pixels
 * took about 45 ms, for the same layout, type and colours (the districts' long images,
 * poster.ts, are still drawn by satori and resvg: seven pictures, with a chart and a QR code
 * in them). The pages list their cards; src/integrations/share-images.ts draws them after the
 * build, in worker threads (og-worker.ts), and keeps each under the hash of what it shows
 * (src/lib/images/cache.ts), so an unchanged page's image costs a checked copy to rebuild.
 */
import { readFileSync } from 'node:fs';
import { type Node, Renderer } from '@takumi-rs/core';
import { cacheFile } from './cache.ts';
import { FONT_FILES } from './png.ts';

/** A number a card leads with: the report's wording, what it counts, and when it stands. */
export interface CardFigure {
  value: string;
  label: string;
  when: string;
}

export interface Card {
  /** Small line above the title: the kind of page and the place. */
  eyebrow: string;
  /** The page title, large: a person's or district's name, an article's headline. */
  title: string;
  /** One line under the title (in place of the figure when a card has one). */
  subtitle: string;
  /** A district's headline number, shown large under its name, with its date. */
  figure?: CardFigure | undefined;
  /** Further numbers, beside the centre (outside the square a chat app may crop to). */
  more?: CardFigure[] | undefined;
}

/** Bump when the layout or the encoding changes, so cached images are redrawn. */
const VERSION = 'og-5';
/** The whole font, one list for every drawing, so that each thread parses it once. */
export const FONTS = FONT_FILES.map((f, i) => ({
  name: 'Noto Sans SC',
  data: readFileSync(f),
  weight: ([400, 700] as const)[i]!,
  style: 'normal' as const,
}));

/** A layout element: a tag, its style and its children, as satori reads them (takumi: toNode). */
export const h = (type: string, style: Record<string, unknown>, children?: unknown) => ({ type, props: { style, children } });

const W = 1200;
const H = 630;
/**
 * Chat apps show a link's image as a square thumbnail cut from its centre (WeChat, and
 * most apps for a 1200×630 image): the centre 630 px column is that square. Everything a
 * card must say (kind, name, headline number and its date, the site) sits inside it;
 * the wings carry the seal and, for a district, further numbers.
 */
export const SQUARE = { left: (W - H) / 2, right: (W + H) / 2 } as const;
const WING = SQUARE.left;
export const INK = '#1f2a30';
export const INK_2 = '#4a565d';
export const RED = '#a8321f';
export const PAPER = '#faf7f1';
export const RULE = '#e0d8ca';
/** The red band along the top. */
const BAND = 18;
export const BRAND = '匠心图谱 · 技能人才与各区技能工作成果';

/** The largest size (px) at which `text` fits `width` on one line, up to `max`. */
export const fitSize = (text: string, width: number, max: number) =>
  Math.min(max, Math.floor(width / Math.max(1, [...text].length * 1.02)));

function figureBlock(f: CardFigure, size: 'large' | 'small') {
  const large = size === 'large';
  const width = large ? 540 : 220;
  return h('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', width, textAlign: 'center' }, [
    h(
      'div',
      { display: 'flex', fontSize: fitSize(f.value, width, large ? 96 : 46), fontWeight: 700, color: RED, lineHeight: 1.1 },
      f.value,
    ),
    h(
      'div',
      {
        display: 'flex',
        fontSize: large ? 28 : 20,
        fontWeight: 700,
        marginTop: large ? 10 : 6,
        lineHeight: 1.35,
        justifyContent: 'center',
      },
      f.label,
    ),
    h(
      'div',
      { display: 'flex', fontSize: large ? 24 : 18, color: INK_2, marginTop: 4, lineHeight: 1.35, justifyContent: 'center' },
      f.when,
    ),
  ]);
}

function layout(card: Card) {
  const titleSize = [...card.title].length <= 8 ? fitSize(card.title, 540, 84) : 48;
  const centre = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'space-between',
      width: H,
      height: H - BAND,
      padding: '28px 43px 30px',
      boxSizing: 'border-box',
      textAlign: 'center',
      borderLeft: `2px solid ${RULE}`,
      borderRight: `2px solid ${RULE}`,
    },
    [
      h('div', { display: 'flex', fontSize: 26, color: RED, fontWeight: 700, letterSpacing: 2 }, card.eyebrow),
      h('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', width: 540 }, [
        h(
          'div',
          { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, justifyContent: 'center', textAlign: 'center' },
          card.title,
        ),
        card.figure
          ? h('div', { display: 'flex', marginTop: 26 }, [figureBlock(card.figure, 'large')])
          : h(
              'div',
              { display: 'flex', fontSize: 28, color: INK_2, marginTop: 22, lineHeight: 1.5, justifyContent: 'center' },
              card.subtitle,
            ),
      ]),
      h('div', { display: 'flex', fontSize: 22, fontWeight: 700, color: INK }, BRAND),
    ],
  );
  const seal = h(
    'div',
    { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: WING, height: H - BAND },
    [
      h(
        'div',
        {
          display: 'flex',
          width: 132,
          height: 132,
          background: RED,
          color: PAPER,
          borderRadius: 10,
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 92,
          fontWeight: 700,
        },
        '匠',
      ),
      h('div', { display: 'flex', fontSize: 28, fontWeight: 700, marginTop: 18, letterSpacing: 4 }, '匠心图谱'),
    ],
  );
  const right = h(
    'div',
    { display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', width: WING, height: H - BAND },
    (card.more ?? []).slice(0, 2).map((f, i) => h('div', { display: 'flex', marginTop: i === 0 ? 0 : 40 }, [figureBlock(f, 'small')])),
  );
  return h(
    'div',
    {
      width: W,
      height: H,
      display: 'flex',
      flexDirection: 'row',
      background: PAPER,
      color: INK,
      fontFamily: 'Noto Sans SC',
      borderTop: `${BAND}px solid ${RED}`,
      boxSizing: 'border-box',
    },
    [seal, centre, right],
  );
}

/**
 * A layout element (the shape satori also reads) as takumi's node: text, or a box of nodes.
 * Text is held to its box's width, as a browser (and satori) holds a centred flex item: takumi
 * would give it its whole line's width, and a long headline would run off the card.
 */
type Element = ReturnType<typeof h>;
function toNode({ props }: Element): Node {
  const { children } = props;
  const style = props.style as NonNullable<Node['style']>;
  if (typeof children === 'string') return { type: 'text', text: children, style: { maxWidth: '100%', ...style } };
  return { type: 'container', style, children: ((children ?? []) as Element[]).map(toNode) };
}

let renderer: Promise<Renderer> | undefined;
/** This thread's renderer, with the font registered (once: it is parsed then). */
const cardRenderer = () =>
  (renderer ??= (async () => {
    const r = new Renderer();
    for (const f of FONTS) await r.registerFont(f);
    return r;
  })());

const SIZE = { width: W, height: H } as const;

/** A card drawn by this thread's renderer, as raw RGBA pixels or as a PNG file. */
const render = async (card: Card, format: 'raw' | 'png') =>
  Buffer.from(await (await cardRenderer()).render(toNode(layout(card)), { ...SIZE, format }));

/** A card's pixels, RGBA row by row, as drawn. */
export async function cardPixels(card: Card): Promise<{ width: number; height: number; pixels: Buffer }> {
  return { ...SIZE, pixels: await render(card, 'raw') };
}

/**
 * Draws one card as PNG: takumi writes it as an 8-bit palette image when its colours allow,
 * as a card's do (about a hundred, antialiasing included), with the drawn pixels exactly.
 */
export const drawCard = (card: Card): Promise<Buffer> => render(card, 'png');

/** The cache file of a card: the same card is drawn once, whichever page it is for. */
export const cardFile = (card: Card): string => cacheFile([VERSION, card]);
