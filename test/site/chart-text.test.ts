/**
 * Chart text as readers see it, in Chromium at phone and desktop widths and in embeds: one
 * rendering shown per chart (src/charts/artboards.ts), its text 12 to 16 px, no label
 * overlapping another label or a bar it does not belong to, every drawing as wide as its card
 * (up to the widest a drawing grows), the timeline's year headers between the previous year's
 * events and their own, and chart text that grows when the reader chooses a larger text size.
 */
import { describe, expect, inject, it } from 'vitest';
import { GROWTH, RENDER_WIDTHS } from '../../src/charts/artboards.ts';
import { connect, pages } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = await connect();
const fresh = pages(browser, base);

const CASES: [string, number][] = [
  ['/charts/', 320],
  ['/charts/', 390],
  ['/charts/', 1280],
  ['/districts/xiaoshan/', 320],
  ['/districts/xiaoshan/', 390],
  ['/districts/xiaoshan/', 1280],
  ['/embed/xiaoshan-targets/', 320],
  ['/embed/xiaoshan-targets/', 800],
  ['/embed/lingang-plan/', 1600],
];
/** The widest a drawing is shown: the widest rendering, grown by GROWTH. */
const WIDEST = RENDER_WIDTHS.at(-1)! * GROWTH;

interface Measured {
  body: number;
  charts: {
    id: string;
    shown: number;
    width: number;
    card: number;
    sizes: number[];
    outside: string[];
    overlaps: string[];
    years: string[];
  }[];
}

/** Runs in the page: every chart's text sizes and the collisions between its labels and bars. */
function measure(): Measured {
  type Box = { left: number; right: number; top: number; bottom: number };
  const hit = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const name = (t: Element) => `“${t.textContent}”`;
  return {
    body: Number.parseFloat(getComputedStyle(document.body).fontSize),
    charts: [...document.querySelectorAll<HTMLElement>('figure.chart .chart-art')].map((art) => {
      const shown = [...art.querySelectorAll<SVGSVGElement>(':scope > svg')].filter((s) => getComputedStyle(s).display !== 'none');
      const svg = shown[0]!;
      const box = svg.getBoundingClientRect();
      const parent = art.parentElement!;
      const pad = Number.parseFloat(getComputedStyle(parent).paddingLeft) + Number.parseFloat(getComputedStyle(parent).paddingRight);
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent?.trim());
      const sizes = texts.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1));
      const boxes = texts.map((t) => t.getBoundingClientRect());
      const outside = texts.filter((_, i) => boxes[i]!.left < box.left - 1 || boxes[i]!.right > box.right + 1).map(name);
      const overlaps: string[] = [];
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++)
          if (hit(boxes[i]!, boxes[j]!)) overlaps.push(`${name(texts[i]!)} overlaps ${name(texts[j]!)}`);
      for (const bar of svg.querySelectorAll('[data-bar]')) {
        const b = bar.getBoundingClientRect();
        texts.forEach((t, i) => {
          if (t.getAttribute('data-for') !== bar.getAttribute('data-bar') && hit(boxes[i]!, b))
            overlaps.push(`${name(t)} overlaps bar ${bar.getAttribute('data-bar')}`);
        });
      }
      // Each year header lies below the previous year's last event and above its own first.
      const years: string[] = [];
      for (const tick of svg.querySelectorAll('[data-year-tick]')) {
        const year = tick.getAttribute('data-year-tick')!;
        const t = tick.getBoundingClientRect();
        const own = [...svg.querySelectorAll(`[data-year="${year}"]`)].map((e) => e.getBoundingClientRect());
        const earlier = [...svg.querySelectorAll('[data-year]')]
          .filter((e) => e.getAttribute('data-year')! < year)
          .map((e) => e.getBoundingClientRect());
        if (own.length === 0) years.push(`${year} has no events`);
        if (own.some((e) => e.top < t.bottom)) years.push(`an event of ${year} starts above its header`);
        if (earlier.some((e) => e.bottom > t.top)) years.push(`an earlier event reaches below the header of ${year}`);
        const later = [...svg.querySelectorAll('[data-year]')]
          .filter((e) => e.getAttribute('data-year')! > year)
          .map((e) => e.getBoundingClientRect());
        if (later.some((e) => e.top < t.bottom)) years.push(`a later event sits above the header of ${year}`);
      }
      return {
        id: art.closest('figure')!.id || 'embed',
        shown: shown.length,
        width: box.width,
        card: parent.clientWidth - pad,
        sizes,
        outside,
        overlaps,
        years,
      };
    }),
  };
}

describe('chart text', () => {
  it.each(CASES)('%s at %i px: page-sized text, no collisions, card-wide', async (path, width) => {
    const page = await fresh({ viewport: { width, height: 900 } });
    await page.goto(base + path, { waitUntil: 'load' });
    const m = await page.evaluate(measure);
    expect(m.charts.length).toBeGreaterThan(0);
    for (const c of m.charts) {
      expect(c.shown, `${c.id}: renderings shown`).toBe(1);
      const smallest = Math.min(...c.sizes);
      const largest = Math.max(...c.sizes);
      expect(smallest, `${c.id}: smallest text`).toBeGreaterThanOrEqual(12);
      expect(largest, `${c.id}: largest text`).toBeLessThanOrEqual(16.05);
      expect(largest, `${c.id}: largest text`).toBeLessThanOrEqual(m.body);
      expect(Math.abs(c.width - Math.min(c.card, WIDEST)), `${c.id}: drawing ${c.width} px in a ${c.card} px card`).toBeLessThanOrEqual(1);
      expect(c.outside, `${c.id}: labels outside the drawing`).toEqual([]);
      expect(c.overlaps, `${c.id}: collisions`).toEqual([]);
      expect(c.years, `${c.id}: year headers`).toEqual([]);
    }
  });

  it('chart text grows with the reader’s text size (特大 on a 390 px phone), still inside its card', async () => {
    const sizes = async (large: boolean) => {
      const page = await fresh(
        { viewport: { width: 390, height: 900 } },
        large ? () => localStorage.setItem('text-size', 'text-xlarge') : undefined,
      );
      await page.goto(`${base}/districts/xiaoshan/`, { waitUntil: 'load' });
      return await page.evaluate(measure);
    };
    const [normal, large] = [await sizes(false), await sizes(true)];
    expect(large.body).toBeGreaterThan(normal.body * 1.3);
    const median = (m: Measured) => {
      const all = m.charts.flatMap((c) => c.sizes).sort((a, b) => a - b);
      return all[Math.floor(all.length / 2)]!;
    };
    expect(median(large)).toBeGreaterThan(median(normal) * 1.2);
    for (const c of large.charts) {
      expect(c.shown, `${c.id}: renderings shown`).toBe(1);
      expect(c.outside, `${c.id}: labels outside the drawing`).toEqual([]);
      expect(c.overlaps, `${c.id}: collisions`).toEqual([]);
    }
  });

  it('the timeline has a header for every year it draws', async () => {
    const page = await fresh({ viewport: { width: 320, height: 900 } });
    await page.goto(`${base}/charts/`, { waitUntil: 'load' });
    const { ticks, years } = await page.evaluate(() => ({
      ticks: [...document.querySelectorAll('#timeline svg[data-w="266"] [data-year-tick]')].map((e) => e.getAttribute('data-year-tick')),
      years: [
        ...new Set([...document.querySelectorAll('#timeline svg[data-w="266"] [data-year]')].map((e) => e.getAttribute('data-year'))),
      ],
    }));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toEqual(years);
  });
});
