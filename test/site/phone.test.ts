/**
 * The site on a phone, in Debian's Chromium against the built site: at 320 and 390 px no
 * number or date in a table breaks across lines and nothing scrolls the page sideways;
 * filters and buttons are 44 px tap targets and wrap instead of hiding; at 150 % text the
 * header's links stay on screen; the text size control scales the page and is remembered;
 * search finds what readers ask for, with clean excerpts and a highlight readable in both
 * themes.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { connect, pages } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = await connect();
const fresh = pages(browser, base);

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await fresh(options);
  await page.goto(base + path, { waitUntil: 'load' });
  return page;
}

/** Pages with tables: listings, a dataset, a source, a showcase (its charts' data tables opened). */
const TABLE_PAGES = ['/studios/', '/figures/', '/data/', '/corrections/', '/data/xiaoshan-training/', '/districts/xiaoshan/', '/charts/'];
const WIDTHS = [320, 390];

/** Number of lines an element's text takes: distinct tops of its text's line boxes. */
const LINES = `(el) => {
  const r = document.createRange();
  r.selectNodeContents(el);
  const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
  return tops.size;
}`;

describe.each(WIDTHS)('tables at %i px', (width) => {
  it.each(TABLE_PAGES)('%s: numbers and dates stay on one line, and the page does not scroll sideways', async (path) => {
    const page = await open(path, { viewport: { width, height: 800 } });
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const broken = await page.evaluate(`(() => {
      const lines = ${LINES};
      return [...document.querySelectorAll('main td.num, main th.num, main .nw, main td.nowrap')]
        .filter((el) => el.textContent.trim() !== '' && lines(el) > 1)
        .map((el) => el.textContent.trim());
    })()`);
    expect(broken, `${path} at ${width}px`).toEqual([]);
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
    expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    // below 600 px a table row is a card that fits the screen: no cell reaches past the right edge
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('main table.cards tr')]
        .filter((tr) => tr.getBoundingClientRect().right > innerWidth + 0.5)
        .map((tr) => tr.textContent!.trim().slice(0, 30)),
    );
    expect(outside, `${path} at ${width}px`).toEqual([]);
  });

  it('names on /studios/ are not squeezed to one character a line', async () => {
    const page = await open('/studios/', { viewport: { width, height: 800 } });
    const widest = await page.$$eval('main table th[scope="row"] a', (as) => Math.min(...as.map((a) => a.getBoundingClientRect().width)));
    expect(widest).toBeGreaterThan(60);
  });
});

describe('tap targets and filters at 320 px', () => {
  const small = async (page: Page, selector: string) =>
    page.$$eval(selector, (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ text: el.textContent!.trim(), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );

  it('filter links on the craftsmen index are at least 44 px and wrap within the screen', async () => {
    const page = await open('/craftsmen/', { viewport: { width: 320, height: 800 } });
    expect(await page.locator('.filter-nav a').count()).toBeGreaterThan(3);
    expect(await small(page, '.filter-nav a, main button')).toEqual([]);
    const outside = await page.$$eval('.filter-nav a', (as) => as.filter((a) => a.getBoundingClientRect().right > innerWidth).length);
    expect(outside).toBe(0);
  });

  it('search filters are 44 px buttons, all in sight (they wrap, nothing hides in a scroller)', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('萧山')}`, { viewport: { width: 320, height: 800 } });
    await page.waitForSelector('[data-search-filters] button');
    const count = await page.locator('[data-search-filters] button').count();
    expect(count).toBeGreaterThan(5);
    expect(await small(page, '[data-search-filters] button, main button, .site-header button')).toEqual([]);
    const hidden = await page.$$eval(
      '[data-search-filters] button',
      (bs) =>
        bs.filter((b) => {
          const r = b.getBoundingClientRect();
          return r.left < 0 || r.right > innerWidth;
        }).length,
    );
    expect(hidden).toBe(0);
    const scrolls = await page.$eval('[data-search-filters] .filter-nav', (g) => g.scrollWidth > g.clientWidth);
    expect(scrolls).toBe(false);
  });

  it("the header's links and buttons are 44 px tap targets", async () => {
    const page = await open('/', { viewport: { width: 320, height: 800 } });
    expect(await small(page, '.site-nav a, .site-header button')).toEqual([]);
  });
});

/** Header links that are not wholly on screen, and how far the page scrolls sideways. */
const offscreen = (page: Page) =>
  page.evaluate(() => ({
    links: [...document.querySelectorAll('.site-header a, .site-header button, .site-header input')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        return r.left < 0 || r.right > innerWidth;
      })
      .map((a) => a.textContent!.trim() || a.id),
    overflow: document.scrollingElement!.scrollWidth - innerWidth,
  }));

describe('large text', () => {
  it.each(WIDTHS)(
    "with text one and a half times as large (root font size 150 percent) at %i px, the header's links wrap instead of sliding off screen",
    async (width) => {
      const page = await open('/', { viewport: { width, height: 800 } });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '150%';
      });
      expect(await offscreen(page)).toEqual({ links: [], overflow: 0 });
    },
  );

  it('the text size control scales the body text, is remembered across a reload, and keeps the header on screen', async () => {
    const page = await open('/studios/', { viewport: { width: 320, height: 800 } });
    const size = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    const standard = await size();
    await page.getByRole('button', { name: '大', exact: true }).click();
    expect(await size()).toBeCloseTo(standard * 1.25, 1);
    await page.getByRole('button', { name: '特大', exact: true }).click();
    expect(await size()).toBeCloseTo(standard * 1.5, 1);
    await expect(page.getByRole('button', { name: '特大', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await offscreen(page)).toEqual({ links: [], overflow: 0 });

    await page.reload({ waitUntil: 'load' });
    expect(await size()).toBeCloseTo(standard * 1.5, 1);
    await expect(page.getByRole('button', { name: '特大', exact: true, includeHidden: true }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    // another page of the site opens at the chosen size too
    await page.goto(`${base}/data/`, { waitUntil: 'load' });
    expect(await size()).toBeCloseTo(standard * 1.5, 1);
    expect(await offscreen(page)).toEqual({ links: [], overflow: 0 });

    await page.getByRole('button', { name: '菜单', exact: true }).click(); // at 特大 on a phone the sizes are in the header's menu
    await page.getByRole('button', { name: '标准', exact: true }).click();
    expect(await size()).toBeCloseTo(standard, 1);
    await page.reload({ waitUntil: 'load' });
    expect(await size()).toBeCloseTo(standard, 1);
  });
});

async function search(page: Page, q: string) {
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    // Done searching: neither the prompt nor 正在搜索… (the status then counts, or says what is missing).
    const t = document.querySelector('#search-status')!.textContent!;
    return t !== '' && !t.startsWith('正在') && !t.startsWith('输入');
  });
  return page.$$eval('#search-results li', (lis) =>
    lis.map((li) => ({
      path: new URL(li.querySelector('a')!.href).pathname,
      type: li.querySelector('.tag')!.textContent,
      excerpt: li.querySelector('p')!.textContent!,
    })),
  );
}

describe('search as readers ask', () => {
  it('“萧山区培训人数” finds the Xiaoshan training figures first (人数 finds 人次)', async () => {
    const page = await open('/search/');
    const results = await search(page, '萧山区培训人数');
    expect(results[0]?.path).toMatch(/^\/figures\/xiaoshan-training-/);
    expect([await page.getAttribute('[data-answer-link]', 'href'), ...results.slice(0, 3).map((r) => r.path)]).toContain(
      '/figures/xiaoshan-training-achieved/',
    );
  });

  it('“闵行 工匠” puts a craftsman from Minhang first', async () => {
    const page = await open('/search/');
    const results = await search(page, '闵行 工匠');
    expect(results[0]?.type).toBe('工匠');
    expect(results[0]?.path).toMatch(/^\/craftsmen\//);
  });

  it('excerpts carry no page addresses, slugs, keyword lists or ". "-joined fragments', async () => {
    const page = await open('/search/');
    for (const q of ['萧山', '闵行 工匠', '萧山区培训人数', '二胡', '职业技能培训']) {
      for (const { path, excerpt } of await search(page, q)) {
        const where = `${q} → ${path}: ${excerpt}`;
        expect(excerpt, where).not.toMatch(/本页网址|https?:\/\//);
        expect(excerpt, where).not.toMatch(/[a-z0-9]+-[a-z0-9]+-[a-z0-9]+/);
        expect(excerpt, where).not.toContain('相关词');
        expect(excerpt, where).not.toMatch(/[\u4e00-\u9fff）]\. /);
      }
    }
  });

  /** WCAG contrast of the highlight's text on its background, in a given colour scheme. */
  async function markContrast(colorScheme: 'light' | 'dark') {
    const page = await open(`/search/?q=${encodeURIComponent('萧山')}`, { colorScheme });
    await page.waitForSelector('#search-results mark');
    const ratio = await page.$eval('#search-results mark', (m) => {
      const rgb = (c: string) =>
        c
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number);
      const lum = (c: number[]) => {
        const [r, g, b] = c.map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const style = getComputedStyle(m);
      // an opaque background (rgb, not rgba), so the ratio is what the reader sees
      if (!/^rgb\(/.test(style.backgroundColor)) return 0;
      const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    return ratio;
  }

  it.each(['light', 'dark'] as const)('the highlight has at least 4.5:1 contrast in the %s theme', async (scheme) => {
    expect(await markContrast(scheme)).toBeGreaterThanOrEqual(4.5);
  });
});
