/**
 * Chart text as readers see it, in Chromium at phone and desktop widths and in a wide embed:
 * set in the page's type scale (at least 12 px on a phone, never larger than the body text),
 * no label overlapping another label or a bar it does not belong to, every drawing as wide as
 * its card, and the timeline's year headers between the previous year's events and their own.
 */
import { describe, expect, inject, it } from 'vitest';
import { connect } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = await connect();

const PHONE = 390;
const CASES: [string, number][] = [
  ['/charts/', 320],
  ['/charts/', 390],
  ['/charts/', 1280],
  ['/districts/xiaoshan/', 320],
  ['/districts/xiaoshan/', 390],
  ['/districts/xiaoshan/', 1280],
  ['/embed/xiaoshan-targets/', 320],
  ['/embed/xiaoshan-targets/', 1200],
];

interface Measured {
  body: number;
  charts: {
    id: string;
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
    charts: [...document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"]')].map((svg) => {
      const box = svg.getBoundingClientRect();
      const parent = svg.parentElement!;
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
        id: svg.closest('figure')!.id || 'embed',
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
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(base + path, { waitUntil: 'load' });
    const m = await page.evaluate(measure);
    await page.close();
    expect(m.charts.length).toBeGreaterThan(0);
    for (const c of m.charts) {
      const smallest = Math.min(...c.sizes);
      const largest = Math.max(...c.sizes);
      if (width <= PHONE) expect(smallest, `${c.id}: smallest text`).toBeGreaterThanOrEqual(12);
      expect(largest, `${c.id}: largest text`).toBeLessThanOrEqual(m.body);
      expect(Math.abs(c.width - c.card), `${c.id}: drawing ${c.width} px in a ${c.card} px card`).toBeLessThanOrEqual(1);
      expect(c.outside, `${c.id}: labels outside the drawing`).toEqual([]);
      expect(c.overlaps, `${c.id}: collisions`).toEqual([]);
      expect(c.years, `${c.id}: year headers`).toEqual([]);
    }
  });

  it('the timeline has a header for every year it draws', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${base}/charts/`, { waitUntil: 'load' });
    const { ticks, years } = await page.evaluate(() => ({
      ticks: [...document.querySelectorAll('#timeline [data-year-tick]')].map((e) => e.getAttribute('data-year-tick')),
      years: [...new Set([...document.querySelectorAll('#timeline [data-year]')].map((e) => e.getAttribute('data-year')))],
    }));
    await page.close();
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks).toEqual(years);
  });
});
