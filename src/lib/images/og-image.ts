/**
 * Share images (1200×630 PNG) drawn with satori and resvg. The Noto Sans SC font comes
 * from an npm package and is cut down to the characters of each image, which keeps satori
 * fast. The pages list their cards; src/integrations/share-images.ts draws them after the
 * build, in worker threads (og-worker.ts), and keeps each under the hash of what it shows
 * (src/lib/images/cache.ts), so an unchanged page's image costs a checked copy to rebuild.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import subsetFont from 'subset-font';
import { cacheFile } from './cache.ts';
import { FONT_FILES } from './png.ts';

export interface Card {
  /** Small line above the title: the kind of page and the place. */
  eyebrow: string;
  /** The page title, large. */
  title: string;
  /** One line under the title. */
  subtitle: string;
}

/** A card to draw, and the file under /og/ it becomes (without `.png`). */
export interface CardJob {
  path: string;
  card: Card;
}

/** Bump when the layout changes, so cached images are redrawn. */
const VERSION = 'og-2';
const [regular, bold] = FONT_FILES.map((f) => readFileSync(f)) as [Buffer, Buffer];

const h = (type: string, style: Record<string, unknown>, children?: unknown) => ({ type, props: { style, children } });

function layout(card: Card) {
  return h(
    'div',
    {
      width: 1200,
      height: 630,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#faf7f1',
      color: '#1f2a30',
      fontFamily: 'Noto Sans SC',
      borderTop: '18px solid #a8321f',
    },
    [
      h('div', { display: 'flex', fontSize: 30, color: '#a8321f', fontWeight: 700, letterSpacing: 2 }, card.eyebrow),
      h('div', { display: 'flex', flexDirection: 'column', width: 1056 }, [
        h('div', { display: 'flex', fontSize: card.title.length > 18 ? 60 : 76, fontWeight: 700, lineHeight: 1.25 }, card.title),
        h('div', { display: 'flex', fontSize: 32, color: '#4a565d', marginTop: 24, lineHeight: 1.45 }, card.subtitle),
      ]),
      h('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700 }, [
        h(
          'div',
          {
            display: 'flex',
            width: 48,
            height: 48,
            background: '#a8321f',
            color: '#faf7f1',
            borderRadius: 6,
            alignItems: 'center',
            justifyContent: 'center',
            marginRight: 16,
            fontSize: 32,
          },
          '匠',
        ),
        '匠心图谱 · 技能人才与各区技能工作成果',
      ]),
    ],
  );
}

/** A card as SVG: satori lays it out with the font cut down to the card's characters. */
export async function cardSvg(card: Card): Promise<string> {
  const text = [...new Set(`${card.eyebrow}${card.title}${card.subtitle}匠心图谱 · 技能人才与各区技能工作成果0123456789`)].join('');
  const [r, b] = await Promise.all([regular, bold].map((font) => subsetFont(font, text, { targetFormat: 'truetype' })));
  return satori(layout(card) as Parameters<typeof satori>[0], {
    width: 1200,
    height: 630,
    fonts: [
      { name: 'Noto Sans SC', data: r!, weight: 400, style: 'normal' },
      { name: 'Noto Sans SC', data: b!, weight: 700, style: 'normal' },
    ],
  });
}

/** Draws one card as PNG (about 80 ms on this project's build machine). */
export async function drawCard(card: Card): Promise<Buffer> {
  return new Resvg(await cardSvg(card), { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
}

/** The cache file of a card: the same card is drawn once, whichever page it is for. */
export const cardFile = (card: Card): string => cacheFile([VERSION, card]);
