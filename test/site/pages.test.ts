/**
 * Every kind of page in a real browser: renders, reads without JavaScript, filters, shares and
 * prints; /about/ and /corrections/ say how to reach the editors: the address a deployment sets
 * (CONTACT_EMAIL, through astro:env), or plainly that there is none; each report's page and
 * /sources/ say where it appeared as far as its file tells, and plainly what it does not give.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it, vi } from 'vitest';
import { contactAddress } from '../../src/contact.ts';
import { PREVIEW_URL } from '../../src/site-address.ts';
import { connect, pages } from '../support/browser.ts';
import { files } from '../support/site.ts';

/** What the page components read from astro:env when rendered here (the built site has its own). */
const env = vi.hoisted(() => ({ CONTACT_EMAIL: undefined as string | undefined }));
vi.mock('astro:env/server', () => env);

const base = inject('baseUrl');
const browser = await connect();
const fresh = pages(browser, base);

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
  const page = await fresh(options);
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
  });

  it('an unknown address gets the 404 page', async () => {
    const page = await fresh();
    const res = await page.goto(`${base}/no-such-page/`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('找不到');
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
  });

  it('the header search box is a form that goes to /search/?q=', async () => {
    const { page } = await open('/about/', { javaScriptEnabled: false });
    await page.fill('#site-search', '二胡');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=二胡');
  });

  it('citations are on the page as text', async () => {
    const { page } = await open(KINDS.figure, { javaScriptEnabled: false });
    await expect(page.locator('.cite-text').first().textContent()).resolves.toMatch(/\[EB\/OL\]/);
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
  });

  it('cite buttons copy the citation with today’s date filled in', async () => {
    const { page } = await open(KINDS.figure, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('.cite button').first().click();
    await page.waitForFunction(() => document.querySelector('.cite [role="status"]')?.textContent === '已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // [EB/OL]. (the date the figure last changed on the site)[the reader's access date, filled in].
    expect(copied).toMatch(/\[EB\/OL\]\. (\(\d{4}-\d{2}-\d{2}\))?\[\d{4}-\d{2}-\d{2}\]/);
    expect(copied).not.toContain('引用日期');
  });

  it('the system share button appears only where the browser can share', async () => {
    const { page } = await open(KINDS.profile);
    const canShare = await page.evaluate(() => 'share' in navigator);
    expect(await page.locator('button[data-share]').count()).toBe(canShare ? 1 : 0);
  });

  it('profiles and showcases carry Open Graph tags with their own share image', async () => {
    for (const path of [KINDS.profile, KINDS.showcase]) {
      const { page } = await open(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image).toMatch(new RegExp(`/og${path.replace(/\/$/, '')}\\.png$`));
      const res = await page.request.get(base + new URL(image!).pathname);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
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
  });
});

describe('how to reach the editors', () => {
  const PAGES = ['/about/', '/corrections/'];
  /** The contact paragraph as a reader sees it: visible, its text and its mail links. */
  const contact = (page: Page) =>
    page.$eval('[data-contact]', (p) => ({
      visible: (p as HTMLElement).checkVisibility(),
      text: (p as HTMLElement).innerText,
      mail: [...p.querySelectorAll('a[href^="mailto:"]')].map((a) => a.getAttribute('href')),
    }));

  it.each(PAGES)('%s in the built site: the address it was built with, or plainly none', async (path) => {
    const set = contactAddress(process.env.CONTACT_EMAIL, PREVIEW_URL);
    const { page } = await open(path);
    const got = await contact(page);
    expect(got.visible).toBe(true);
    if (set) expect(got.mail).toEqual([`mailto:${set}`]);
    else {
      expect(got.mail).toEqual([]);
      expect(got.text).toContain('没有公布');
      expect(got.text).toContain('无法通过本站来信');
    }
  });

  it('without CONTACT_EMAIL no page of the built site offers a mail address', () => {
    if (process.env.CONTACT_EMAIL) return;
    for (const f of files()) expect(readFileSync(f, 'utf8'), f).not.toMatch(/mailto:|[\w.-]+@[\w-]+\.[\w.]+/);
  });

  it.each([
    ['editors@example.org', 'editors@example.org'],
    [undefined, undefined],
  ])('rendered with CONTACT_EMAIL=%s, both pages show it, or the plain fallback', async (value, shown) => {
    env.CONTACT_EMAIL = value;
    const container = await AstroContainer.create({ astroConfig: { site: PREVIEW_URL } as never });
    for (const path of PAGES) {
      const module = await import(path === '/about/' ? '../../src/pages/about.astro' : '../../src/pages/corrections/index.astro');
      const html = await container.renderToString(module.default, { request: new Request(new URL(path, PREVIEW_URL)) });
      const page = await fresh({ javaScriptEnabled: false });
      await page.setContent(html);
      const got = await contact(page);
      expect(got.visible, path).toBe(true);
      if (shown) {
        expect(got.mail, path).toEqual([`mailto:${shown}`]);
        expect(got.text, path).toContain(shown);
      } else {
        expect(got.mail, path).toEqual([]);
        expect(got.text, path).toContain('没有公布');
      }
    }
  });
});

describe('where each report can be found', () => {
  const reports = JSON.parse(readFileSync('data/sources.json', 'utf8')) as {
    id: string;
    outlet?: string;
    url?: string;
    provenance: string;
  }[];
  // A term and its value, as shown: without the hidden ： and 。 that end them for excerpts and screen readers.
  const row = (page: Page, term: string) => {
    const dd = page.locator('dl.facts dt', { hasText: new RegExp(`^${term}：?$`) }).locator('xpath=following-sibling::dd[1]');
    return {
      innerText: () =>
        dd.evaluate((el) => {
          const shown = el.cloneNode(true) as HTMLElement;
          for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
          return (shown.textContent ?? '').trim();
        }),
    };
  };

  it.each(reports.map((r) => [r.id, r] as const))(
    '/sources/%s/ names its outlet and address, or says they are not given',
    async (id, r) => {
      const { page } = await open(`/sources/${id}/`);
      await expect(row(page, '媒体').innerText()).resolves.toBe(r.outlet ?? '报道文件未写明');
      await expect(row(page, '原文网址').innerText()).resolves.toBe(r.url ?? '报道文件未给出网址或存档链接');
      await expect(row(page, '出处线索').innerText()).resolves.toBe(r.provenance);
    },
  );

  it('/sources/ says the same for every report, and counts them from the data', async () => {
    const { page } = await open('/sources/');
    const lines = await page.locator('[data-where]').allInnerTexts();
    expect(lines.sort()).toEqual(
      reports.map((r) => `媒体：${r.outlet ?? '报道未写明'} · 原文网址：${r.url ? '见报道页' : '报道未给出'}`).sort(),
    );
    const lede = await page.locator('.lede').innerText();
    expect(lede).toContain(`写明媒体的 ${reports.filter((r) => r.outlet).length} 篇，给出网址的 ${reports.filter((r) => r.url).length} 篇`);
  });
});
