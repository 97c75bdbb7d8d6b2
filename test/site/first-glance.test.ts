/**
 * Small things an official notices first (issue 28, item 7), in Debian's Chromium against the
 * built site: each chart's embed code shows the whole chart and its source line in a frame of
 * the height it offers, at 320 and 800 px, without scrolling inside the frame; a profile's
 * "more craftsmen" are related in the way their heading says, or absent; a card's first line
 * starts at its top padding, with no empty band above the title; and /data/'s tables squeeze
 * no column below two characters and do not widen the page. The home page's headline figures
 * lead with the best-dated (issue 28): every part stated, then parts inferred, then no year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type ReportDate, reportDate } from '../../src/schemas/shared.ts';
import { PREVIEW_URL } from '../../src/site-address.ts';
import { connect, pages } from '../support/browser.ts';
import { DIST, doc, files, pathOf } from '../support/site.ts';

const base = inject('baseUrl');
const browser = await connect();
const fresh = pages(browser, base);

async function open(path: string, width: number): Promise<Page> {
  const page = await fresh({ viewport: { width, height: 800 } });
  await page.goto(base + path, { waitUntil: 'load' });
  return page;
}

describe('embed codes', () => {
  const charts = readdirSync(join(DIST, 'embed'));
  /** The snippet a reader copies from the chart's page, pointed at the test server. */
  const snippet = (id: string) => {
    const code = doc(join(DIST, 'charts', id, 'index.html')).querySelector(`#${id}-embed`)?.textContent ?? '';
    return code.replaceAll(PREVIEW_URL.replace(/\/$/, ''), base);
  };

  it('every chart offers one', () => {
    expect(charts.length).toBeGreaterThan(0);
    for (const id of charts) expect(snippet(id), id).toMatch(/^<iframe [^>]*style="[^"]*height:\d+px/);
  });

  /** What a frame shows: where the source line ends, against the frame's height; any scrolling inside. */
  const inside = () => {
    const line = document.querySelector('.source-line')!.getBoundingClientRect();
    const root = document.scrollingElement!;
    return {
      bottom: Math.ceil(line.bottom),
      height: innerHeight,
      scroll: root.scrollHeight - root.clientHeight,
      wide: root.scrollWidth - root.clientWidth,
      chart: Math.ceil(document.querySelector('figure')!.getBoundingClientRect().height),
    };
  };

  describe.each([320, 800])('at %i px', (width) => {
    /** Each chart's snippet on a page of its own, scripted or not; what the frame shows once it settles. */
    async function frames(scripted: boolean) {
      const page = await fresh({ viewport: { width, height: 800 } });
      const seen: Record<string, ReturnType<typeof inside>> = {};
      for (const id of charts) {
        const code = snippet(id).replace(' loading="lazy"', '');
        const html = scripted ? code : code.replace(/<script>[\s\S]*<\/script>/, '');
        await page.setContent(`<!doctype html><body style="margin:0">${html}</body>`, { waitUntil: 'load' });
        const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`));
        expect(frame, id).toBeDefined();
        // the frame's own script and the snippet's listener fit it to the chart
        if (scripted)
          await page.waitForFunction(
            (fit) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - fit) <= 1,
            await frame!.evaluate(inside).then((x) => x.chart),
          );
        seen[id] = await frame!.evaluate(inside);
      }
      return seen;
    }
    const cut = (seen: Record<string, ReturnType<typeof inside>>) =>
      Object.entries(seen).filter(([, s]) => s.bottom > s.height || s.scroll > 0 || s.wide > 0);

    it('the height the code offers shows each source line whole, without scrolling inside (scripts stripped)', async () => {
      expect(cut(await frames(false))).toEqual([]);
    });

    it('where scripts run, each frame fits its chart: source line whole, no empty band below', async () => {
      const seen = await frames(true);
      expect(cut(seen)).toEqual([]);
      for (const [id, s] of Object.entries(seen)) expect(s.height - s.chart, id).toBeLessThanOrEqual(1);
    });
  });
});

describe('more craftsmen', () => {
  const profiles = files(join(DIST, 'craftsmen')).filter((f) => /^craftsmen\/[^/]+\/index\.html$/.test(f.slice(DIST.length + 1)));
  /** A profile's search filters (区域, 行业, 荣誉级别): what it is, as the listing filters it. */
  const filters = (path: string) => {
    const out: { 区域?: string[]; 行业?: string[]; 荣誉级别?: string[]; [key: string]: string[] | undefined } = {};
    for (const el of doc(join(DIST, path, 'index.html')).querySelectorAll('[data-pagefind-filter]')) {
      const [key, value] = (el.getAttribute('data-pagefind-filter') ?? '').split(':');
      if (key && value) out[key] = [...(out[key] ?? []), value];
    }
    return out;
  };

  it('checks every profile', () => expect(profiles.length).toBeGreaterThan(5));

  it.each(profiles.map((f) => [pathOf(f), f]))('%s: the heading says how they are related, and each one listed shares it', (path, file) => {
    const section = doc(file).querySelector('section.more-craftsmen');
    if (!section) return; // nothing shared: no list, rather than an unrelated one
    const heading = section.querySelector('h2')?.textContent?.trim() ?? '';
    const listed = [...section.querySelectorAll('li.card a[href^="/craftsmen/"]')].map((a) => a.getAttribute('href')!);
    expect(listed.length, path).toBeGreaterThan(0);
    expect(listed, path).not.toContain(path);
    const mine = filters(path);
    const district = heading.match(/^(.+)的其他工匠$/)?.[1];
    const trade = heading.match(/^同属(.+)行业的工匠$/)?.[1];
    const level = heading.match(/^同获(.+)荣誉的工匠$/)?.[1];
    expect(district ?? trade ?? level, `${path}: “${heading}” does not say how they are related`).toBeDefined();
    if (district) expect(mine.区域?.[0], path).toContain(district);
    if (trade) expect(mine.行业, path).toEqual([trade]);
    if (level) expect(mine.荣誉级别, path).toContain(level);
    for (const other of listed) {
      const theirs = filters(other);
      if (district) expect(theirs.区域, `${path} → ${other}`).toEqual(mine.区域);
      if (trade) expect(theirs.行业, `${path} → ${other}`).toEqual([trade]);
      if (level) expect(theirs.荣誉级别, `${path} → ${other}`).toContain(level);
    }
  });
});

describe('cards', () => {
  /** Each listing, and the first page under each, plus every profile (whose sections may be cards). */
  const pages = [
    ...new Set(
      files(DIST)
        .map(pathOf)
        .filter((p) => !p.startsWith('/embed/') && !p.startsWith('/pagefind/') && !/\/\d+\/$/.test(p))
        .filter(
          (p, _, all) =>
            p.split('/').length <= 3 ||
            p.startsWith('/craftsmen/') ||
            all.find((q) => q.startsWith(p.replace(/[^/]+\/$/, '')) && q.split('/').length === 4) === p,
        ),
    ),
  ];

  it.each([390, 1280])('at %i px each card’s first line starts at its top padding', async (width) => {
    expect(pages.length).toBeGreaterThan(10);
    const page = await fresh({ viewport: { width, height: 800 } });
    const banded: string[] = [];
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: 'load' });
      const found = await page.evaluate(() =>
        [...document.querySelectorAll('.card')].flatMap((card) => {
          const style = getComputedStyle(card);
          const top = card.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
          const range = document.createRange();
          range.selectNodeContents(card);
          const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          if (lines.length === 0) return [];
          // a line box's half-leading (at most a few px) is allowed; a heading's margin is not
          const gap = Math.min(...lines.map((r) => r.top)) - top;
          return gap > 8 ? [`${card.textContent!.trim().slice(0, 20)}: ${Math.round(gap)} px`] : [];
        }),
      );
      banded.push(...found.map((f) => `${path} ${f}`));
    }
    expect(banded).toEqual([]);
  });
});

describe('/data/ tables', () => {
  it.each([1280, 390])('at %i px no cell is narrower than two characters, and nothing overflows the page', async (width) => {
    const page = await open('/data/', width);
    const narrow = await page.evaluate(() =>
      // a column heading visually hidden (below 600 px a row is a card, labelled cell by cell) is not a cell one reads
      [...document.querySelectorAll('main table th, main table td')]
        .filter((cell) => !(cell.closest('thead') && cell.getBoundingClientRect().width <= 1))
        .flatMap((cell) => {
          const style = getComputedStyle(cell);
          const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return inner < 2 * parseFloat(style.fontSize) ? [`${cell.textContent!.trim().slice(0, 12)}: ${Math.round(inner)} px`] : [];
        }),
    );
    expect(narrow).toEqual([]);
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('the home page’s headline figures', () => {
  const dates = new Map(
    readdirSync('data/datasets').flatMap((f) =>
      (
        JSON.parse(readFileSync(join('data/datasets', f), 'utf8')) as {
          figures: { id: string; asOf?: unknown; period?: { from: unknown; to: unknown } }[];
        }
      ).figures.map(
        (x) => [x.id, (x.asOf ? [x.asOf] : x.period ? [x.period.from, x.period.to] : []).map((d) => reportDate.parse(d))] as const,
      ),
    ),
  );
  /** How sure a figure's date is, from its data: 0 when every part given is stated; below 100, parts inferred; 100 and up, no year. */
  const doubt = (ds: ReportDate[]) => ds.reduce((n, d) => n + (d.year === undefined ? 100 : 0) + d.inferred.length, 0);

  it('lead with the best-dated, as the data dates them, at 390 px', async () => {
    const page = await open('/', 390);
    const shown = await page.$$eval('section[aria-labelledby="figs-h"] .stat a[href^="/figures/"]', (as) =>
      as.map((a) => a.getAttribute('href')!.split('/')[2]!),
    );
    const order = shown.map((id) => doubt(dates.get(id)!));
    expect(shown.length).toBeGreaterThan(2);
    // There is something to order: fully stated, inferred and year-less dates all appear.
    expect(order[0]).toBe(0);
    expect(order.some((n) => n > 0 && n < 100)).toBe(true);
    expect(order.at(-1)).toBeGreaterThanOrEqual(100);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
