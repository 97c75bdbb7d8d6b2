/** Every kind of page in a real browser: renders, reads without JavaScript, filters, shares and prints. */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { connect } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = await connect();

const KINDS = {
  home: '/',
  craftsmen: '/craftsmen/',
  craftsmenFilter: '/craftsmen/district/xiaoshan/',
  profile: '/craftsmen/zhang-jianping/',
  districts: '/districts/',
  showcase: '/districts/xiaoshan/',
  news: '/news/',
  article: '/news/lingang-yishibaiqianwan-plan/',
  organizations: '/organizations/',
  organization: '/organizations/shentong-metro/',
  studios: '/studios/',
  studio: '/studios/lu-lijun-studio/',
  events: '/events/',
  event: '/events/minhang-skills-salon-2020-09/',
  sources: '/sources/',
  source: '/sources/xiaoshan-training-2023/',
  figures: '/figures/',
  figure: '/figures/xiaoshan-training-completion-rate/',
  data: '/data/',
  dataset: '/data/xiaoshan-training/',
  charts: '/charts/',
  chart: '/charts/lingang-plan/',
  embed: '/embed/lingang-plan/',
  search: '/search/',
  about: '/about/',
};

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const res = await page.goto(base + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return { page, errors };
}

describe('every page kind', () => {
  it.each(Object.entries(KINDS))('%s (%s) renders its heading without errors', async (_, path) => {
    const { page, errors } = await open(path);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unknown address gets the 404 page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`${base}/no-such-page/`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('找不到');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('a showcase shows its charts, tables and key figures', async () => {
    const { page } = await open(KINDS.showcase, { javaScriptEnabled: false });
    // One drawing shown per chart, with JavaScript off.
    expect(await page.locator('figure.chart .chart-art[role="img"] > svg:visible').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('figure.chart .chart-art[role="img"] > svg:visible').count()).toBe(
      await page.locator('figure.chart .chart-art').count(),
    );
    expect(await page.locator('figure.chart table').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.stat').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.share .qr svg').isVisible()).resolves.toBe(true);
    await expect(page.locator('button[data-copy]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('the craftsmen filters are plain links', async () => {
    const { page } = await open(KINDS.craftsmen, { javaScriptEnabled: false });
    await page.getByRole('link', { name: '萧山', exact: true }).click();
    await page.waitForURL('**/craftsmen/district/xiaoshan/');
    const cards = await page.locator('main .grid .card').allTextContents();
    expect(cards.length).toBeGreaterThan(2);
    for (const c of cards) expect(c).toContain('萧山');
    await page.getByRole('link', { name: '国家级' }).click();
    await page.waitForURL('**/craftsmen/level/national/');
    expect(await page.locator('main .grid .card').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the header search box is a form that goes to /search/?q=', async () => {
    const { page } = await open('/about/', { javaScriptEnabled: false });
    await page.fill('#site-search', '二胡');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=二胡');
    await page.context().close();
  });

  it('citations are on the page as text', async () => {
    const { page } = await open(KINDS.figure, { javaScriptEnabled: false });
    await expect(page.locator('.cite-text').first().textContent()).resolves.toMatch(/\[EB\/OL\]/);
    await page.context().close();
  });
});

describe('sharing', () => {
  it('copy link puts the page address on the clipboard', async () => {
    const { page } = await open(KINDS.profile, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.share button[data-copy]').click();
    // the clipboard write is asynchronous: wait for the button's status line, not a fixed time
    await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent === '已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/craftsmen\/zhang-jianping\/$/);
    await page.context().close();
  });

  it('cite buttons copy the citation with today’s date filled in', async () => {
    const { page } = await open(KINDS.figure, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.cite button').first().click();
    await page.waitForFunction(() => document.querySelector('.cite [role="status"]')?.textContent === '已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // [EB/OL]. (the date the figure last changed on the site)[the reader's access date, filled in].
    expect(copied).toMatch(/\[EB\/OL\]\. (\(\d{4}-\d{2}-\d{2}\))?\[\d{4}-\d{2}-\d{2}\]/);
    expect(copied).not.toContain('引用日期');
    await page.context().close();
  });

  it('the system share button appears only where the browser can share', async () => {
    const { page } = await open(KINDS.profile);
    const canShare = await page.evaluate(() => 'share' in navigator);
    expect(await page.locator('button[data-share]').count()).toBe(canShare ? 1 : 0);
    await page.context().close();
  });

  it('profiles and showcases carry Open Graph tags with their own share image', async () => {
    for (const path of [KINDS.profile, KINDS.showcase]) {
      const { page } = await open(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(new RegExp(`/og${path.replace(/\/$/, '')}\\.png$`));
      const res = await page.request.get(base + new URL(image!).pathname);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      await page.context().close();
    }
  });
});

describe('print', () => {
  // The header's reader tools (字号, 高对比) work only on screen; on paper their label stood
  // alone under the site's name. (Main text may name them: /about/ describes 高对比.)
  it.each(Object.entries(KINDS))('%s (%s) prints without the reader tools of the screen', async (_, path) => {
    const { page } = await open(path);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (el) =>
            !el.closest('main') &&
            el.checkVisibility() &&
            [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /^(字号|高对比|标准|大|特大)$/.test(n.textContent!.trim())),
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(shown).toEqual([]);
    await page.context().close();
  });

  it('a showcase prints as an A4 brief of at most two pages, without navigation, with its address and QR code', async () => {
    const { page } = await open(KINDS.showcase);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.search-form').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.share .qr svg').isVisible()).resolves.toBe(true);
    await expect(page.locator('.print-only').isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    // The page tree's root says how many pages there are: /Type /Pages … /Count N.
    const count = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1'));
    expect(count, 'the PDF has a page tree').not.toBeNull();
    expect(Number(count![1])).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});
