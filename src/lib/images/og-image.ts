/**
 * Share images (1200×630 PNG) drawn with satori and resvg. The Noto Sans SC font comes
 * from an npm package. Satori parses it once per thread and keeps it (its own cache, keyed
 * by the font list below, which is the same object for every card): cutting the font down
 * to each card's characters first, as this once did, cost 85 of a card's 95 ms in satori
 * and gave the same SVG, byte for byte. The pages list their cards; src/integrations/share-images.ts draws them after the
 * build, in worker threads (og-worker.ts), and keeps each under the hash of what it shows
 * (src/lib/images/cache.ts), so an unchanged page's image costs a checked copy to rebuild.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cacheFile } from './cache.ts';
import { FONT_FILES } from './png.ts';
import { encodePng } from './png-encode.ts';

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
const VERSION = 'og-4';
/** The whole font, one list for every card, so that satori parses it once per thread. */
export const FONTS = FONT_FILES.map((f, i) => ({
  name: 'Noto Sans SC',
  data: readFileSync(f),
  weight: ([400, 700] as const)[i]!,
  style: 'normal' as const,
}));

/** A satori element: a tag, its style and its children. */
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
 * resvg's options for satori's SVG, whose text is already outlines: no font to load. By
 * default resvg reads every system font first (fonts-noto-cjk among them), which was most
 * of a card's time here: 24 ms a card without, against 57-66 ms, with the same pixels.
 */
export const OUTLINES_ONLY = { font: { loadSystemFonts: false } } as const;

/** A card as SVG, laid out by satori. */
export function cardSvg(card: Card): Promise<string> {
  return satori(layout(card) as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: FONTS });
}

/** Draws one card as PNG (about 45 ms on this project's build machine, after the font is parsed). */
export async function drawCard(card: Card): Promise<Buffer> {
  return encodePng(new Resvg(await cardSvg(card), { fitTo: { mode: 'width', value: 1200 }, ...OUTLINES_ONLY }).render());
}

/** The cache file of a card: the same card is drawn once, whichever page it is for. */
export const cardFile = (card: Card): string => cacheFile([VERSION, card]);
