/**
 * The district brief, on paper and as files: each showcase's PDF (dist/briefs/<id>.pdf,
 * made by src/integrations/briefs.ts) is A4, one or two pages each at least half full, its
 * reading text at 10 pt or more and no text below 8 pt (measured from the PDF's own text
 * positions), named a profile sheet (概况) where the district has no figures, with the
 * header, the dates, every chart note, page numbers and the address once, and no screen
 * hint; printing the page in a dark-themed browser gives the light palette; the print
 * button, the PDF and the long image are on the page; chat apps find the share image. The
 * brief's QR code is read back from the printed page (test/support/qr.ts).
 * Reads the PDFs with poppler-utils (pdfinfo, pdftotext, pdffonts), which scripts/ensure-system.sh installs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pdfTextSizes } from '../../src/lib/pdf-text.ts';
import { connect, pages } from '../support/browser.ts';
import { decodePdfPage, decodePng } from '../support/qr.ts';

const base = inject('baseUrl');
const browser = await connect();
const fresh = pages(browser, base);

const DIST = 'dist';
const ids = readdirSync(join(DIST, 'districts'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(DIST, 'districts', e.name, 'index.html')))
  .map((e) => e.name)
  .sort();
const html = (id: string) => readFileSync(join(DIST, 'districts', id, 'index.html'), 'utf8');
const pdfPath = (id: string) => join(DIST, 'briefs', `${id}.pdf`);
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
/** Text without any whitespace: pdftotext breaks lines and spaces CJK where the layout does. */
const squash = (s: string) => s.replace(/\s+/g, '');
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const commitDate = run('git', ['log', '-1', '--format=%cs']).trim();

interface Brief {
  pages: number;
  size: string;
  text: string[];
  /** How far down the printable area each page's words reach (0–1), page numbers excluded. */
  fill: number[];
  /** The size, in points, of the words of the district's own text (its first paragraph). */
  reading: number[];
}
const briefs = new Map<string, Brief>();
function brief(id: string): Brief {
  const known = briefs.get(id);
  if (known) return known;
  const info = run('pdfinfo', [pdfPath(id)]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const size = /^Page size:\s+(.*)$/m.exec(info)![1]!;
  const text = Array.from({ length: pages }, (_, i) => run('pdftotext', ['-raw', '-f', `${i + 1}`, '-l', `${i + 1}`, pdfPath(id), '-']));
  // A4 is 841.92 pt high; print.css sets 14 mm top and 16 mm bottom margins.
  const [top, bottom] = [(14 / 25.4) * 72, 841.92 - (16 / 25.4) * 72];
  const bbox = run('pdftotext', ['-bbox', pdfPath(id), '-']);
  const fill = bbox
    .split('<page ')
    .slice(1)
    .map((p) => {
      const ys = [...p.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < bottom);
      return (Math.max(top, ...ys) - top) / (bottom - top);
    });
  // A word's box is its font's ascent plus descent high: the page numbers, set at 8 pt and
  // never scaled (print.css), give the points per unit of box height.
  const words = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
    top: Number(m[1]),
    height: Number(m[2]) - Number(m[1]),
    text: m[3]!,
  }));
  const pageNumber = words.find((w) => w.top > bottom && w.text === '第');
  if (!pageNumber) throw new Error(`${id}: no page number in the PDF`);
  // The paragraph's first words, as pdftotext gives them (it breaks a line before digits).
  const lead = squash(decode(/<div class="prose">\s*<p>([^<\d]{6})/.exec(html(id))?.[1] ?? ''));
  const reading = words.filter((w) => lead && w.text.startsWith(lead)).map((w) => (w.height / pageNumber.height) * 8);
  const b = { pages, size, text, fill, reading };
  briefs.set(id, b);
  return b;
}

describe('the PDF brief of each district', () => {
  it('there is one for every district showcase', () => {
    expect(ids.length).toBeGreaterThanOrEqual(7);
    for (const id of ids) expect(existsSync(pdfPath(id)), id).toBe(true);
  });

  it.each(ids)('%s: A4, one or two pages, each with text and none mostly empty', (id) => {
    const b = brief(id);
    expect(b.size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(b.pages).toBeGreaterThanOrEqual(1);
    expect(b.pages).toBeLessThanOrEqual(2);
    for (const [i, t] of b.text.entries()) expect(squash(t).length, `${id} page ${i + 1} text`).toBeGreaterThan(150);
    for (const [i, f] of b.fill.entries()) expect(f, `${id} page ${i + 1} filled to`).toBeGreaterThanOrEqual(0.5);
  });

  it.each(ids)('%s: reading text at 10 pt or more, and nothing smaller than 8 pt', (id) => {
    const b = brief(id);
    expect(b.reading.length, `${id}: the first paragraph is found in the PDF`).toBeGreaterThan(0);
    for (const size of b.reading) expect(size, `${id}: the district's text`).toBeGreaterThanOrEqual(9.95);
    expect(pdfTextSizes(readFileSync(pdfPath(id))).smallest, `${id}: the smallest text`).toBeGreaterThanOrEqual(7.95);
  });

  it.each(ids)('%s: header with title, the dates the figures stand at and the date printed; page numbers', (id) => {
    const b = brief(id);
    const all = squash(b.text.join(''));
    const page = html(id);
    const name = decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(page)![1]!);
    const dates = decode(/(数据时点：[^<]+)<\/span>/.exec(page)![1]!);
    // A showcase with figures prints a brief; one without, a profile sheet.
    const sheet = /class="stats"|class="showcase-charts"/.test(page) ? '简报' : '概况';
    expect(squash(b.text[0]!)).toContain(`匠心图谱·各区技能工作${sheet}`);
    expect(squash(b.text[0]!)).toContain(name);
    expect(all).toContain(squash(dates));
    // The date printed, in a file made at build time, is the date of the commit built.
    expect(all).toContain(`网站版本：${commitDate}`);
    for (let p = 1; p <= b.pages; p++) expect(squash(b.text[p - 1]!), `page ${p}`).toContain(`第${p}页，共${b.pages}页`);
  });

  it.each(ids)('%s: every chart note, and the address once, with no screen-only hint', (id) => {
    const all = squash(brief(id).text.join(''));
    const notes = [...html(id).matchAll(/class="source-line chart-note">([^<]+)</g)].map((m) => decode(m[1]!));
    for (const note of notes) expect(all, note).toContain(squash(note));
    const url = decode(/<link rel="canonical" href="([^"]+)"/.exec(html(id))![1]!);
    expect(all.split(url).length - 1, 'the address appears once').toBe(1);
    expect(all).toContain('手机扫码打开本页');
    expect(all).toContain(`本页网址：${url}`);
    for (const hint of [
      '出处与引用',
      '复制链接',
      '查看数据表',
      '打印简报',
      '打印概况',
      '下载A4简报',
      '下载A4概况',
      '一图读懂',
      '跳到正文',
    ]) {
      expect(all, hint).not.toContain(hint);
    }
  });

  it.each(ids)('%s: its QR code, read from the printed page as a phone reads it, leads to the showcase', (id) => {
    const url = decode(/<link rel="canonical" href="([^"]+)"/.exec(html(id))![1]!);
    const read = Array.from({ length: brief(id).pages }, (_, i) => decodePdfPage(pdfPath(id), i + 1)).filter(Boolean);
    expect(read).toEqual([url]);
  });

  it('Lingang keeps its caveat that the numbers are targets, not results', () => {
    expect(squash(brief('lingang').text.join(''))).toContain('不是完成数');
  });

  it.each(ids)('%s: set only in the type the project brings from npm, whatever fonts the system has', (id) => {
    // pdffonts: name, type, encoding, emb, sub, uni, object id. A system font (the page
    // numbers once came from the system's Noto Sans CJK) shows as another name or as Type 3.
    const fonts = run('pdffonts', [pdfPath(id)])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) =>
        line
          .split(/\s{2,}/)
          .slice(0, 2)
          .join(' '),
      );
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !/^[A-Z]{6}\+NotoSansSC-(Regular|Bold) CID TrueType$/.test(f))).toEqual([]);
  });

  it('is stamped with the commit date, not the clock, so two builds are byte-identical', () => {
    for (const id of ids) {
      const raw = readFileSync(pdfPath(id), 'latin1');
      const stamp = `D:${commitDate.replace(/-/g, '')}000000`;
      expect(raw, id).toContain(`/CreationDate (${stamp}`);
      expect(raw, id).toContain(`/ModDate (${stamp}`);
      // Links lead to the site's own address, not the loopback server the build printed from.
      expect(raw, id).not.toMatch(/\/URI \(http:\/\/127\.0\.0\.1:(?!4321\/)\d+/);
    }
  });

  it.each(ids)(
    '%s: the 一图读懂 long image is about three phone screens, its QR code leads to the showcase, and the page shows it',
    (id) => {
      const poster = join(DIST, 'og/posters', `${id}.png`);
      const page = html(id);
      // A showcase with key figures has one; one without (a profile sheet) does not.
      if (!page.includes('class="stats"')) {
        expect(existsSync(poster), `${id} has no key figures`).toBe(false);
        expect(page).not.toContain('/og/posters/');
        return;
      }
      const png = readFileSync(poster);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1080);
      // At most about three screens of a phone held upright (1080 × 1,400 or so each, below
      // the browser's bars); shorter where a district has fewer numbers or no chart.
      expect(png.readUInt32BE(20)).toBeGreaterThan(1500);
      expect(png.readUInt32BE(20)).toBeLessThanOrEqual(4200);
      const url = decode(/<link rel="canonical" href="([^"]+)"/.exec(page)![1]!);
      expect(decodePng(png)).toBe(url);
      // The link to it shows the poster itself, not the share card.
      expect(page).toMatch(
        new RegExp(`<a class="brief-poster" href="/og/posters/${id}\\.png"[^>]*>\\s*<img src="/og/posters/${id}\\.png"`),
      );
    },
  );
});

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const page = await fresh(options);
  const res = await page.goto(base + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('printing a showcase from the browser', () => {
  it('uses the light palette when the system theme is dark', async () => {
    const page = await open('/districts/xiaoshan/', { colorScheme: 'dark' });
    const onScreen = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--chart-on-1').trim());
    expect(onScreen, 'the dark theme is in force on screen').toBe('#0d1317');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const style = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const label = document.querySelector('figure.chart svg text[fill*="chart-on-1"]');
      return {
        onBar: root.getPropertyValue('--chart-on-1').trim(),
        bar: root.getPropertyValue('--chart-1').trim(),
        body: getComputedStyle(document.body).backgroundColor,
        ink: getComputedStyle(document.body).color,
        label: label ? getComputedStyle(label).fill : 'rgb(255, 255, 255)',
      };
    });
    expect(style).toEqual({ onBar: '#fff', bar: '#1f6fa8', body: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)', label: 'rgb(255, 255, 255)' });
  });

  it.each(ids)('%s: a chart alone in its row spans it, and a name is set no smaller than its description', async (id) => {
    const page = await open(`/districts/${id}/`, { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const box = (el: Element) => el.getBoundingClientRect();
      const row = document.querySelector('.showcase-charts');
      const charts = [...document.querySelectorAll('.showcase-charts > .chart')];
      // Alone in its row: no other chart beside it (on paper charts run in two columns).
      const beside = (a: Element, b: Element) => box(a).top < box(b).bottom - 1 && box(b).top < box(a).bottom - 1;
      const lone = charts.filter((c) => !charts.some((o) => o !== c && beside(o, c)));
      const size = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0);
      return {
        lone: lone.map((c) => Math.round((box(c).width / box(row!).width) * 100)),
        names: [...document.querySelectorAll('.showcase-people .card, .showcase-news .card')].map((card) => ({
          name: size(card.querySelector('h3')),
          description: Math.max(...[...card.querySelectorAll('p')].filter((p) => p.offsetParent).map(size), 0),
        })),
      };
    });
    for (const width of layout.lone) expect(width, `${id}: a lone chart's share of the row (%)`).toBeGreaterThanOrEqual(99);
    for (const { name, description } of layout.names)
      expect(name, `${id}: a name against its description`).toBeGreaterThanOrEqual(description);
  });

  it('shows the header, the notes and the address once, and hides screen-only hints', async () => {
    const page = await open('/districts/lingang/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.brief-head').isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.chart-note').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.brief-tools').isVisible()).resolves.toBe(false);
    await expect(page.getByText('点击“出处与引用”').isVisible()).resolves.toBe(false);
    await expect(page.locator('.stat .meta a').first().isVisible()).resolves.toBe(false);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const visible = await page.evaluate(
      (url) =>
        [...document.querySelectorAll('main *')].filter(
          (el) => el.childElementCount === 0 && el.textContent?.includes(url) && (el as HTMLElement).offsetParent !== null,
        ).length,
      canonical,
    );
    expect(visible, 'the address is printed once').toBe(1);
  });

  it('has a print button that prints and stamps today’s date, a PDF link and the long image', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    const page = await context.newPage();
    await page.goto(`${base}/districts/lingang/`, { waitUntil: 'load' });
    const button = page.getByRole('button', { name: '打印简报' });
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect(page.locator('[data-print-date]').textContent()).resolves.toBe(`打印日期：${today}`);
    // The WeChat hint is for WeChat only: a browser that can print does not see it.
    await expect(page.locator('[data-wechat-hint]').isVisible()).resolves.toBe(false);
    for (const href of ['/briefs/lingang.pdf', '/og/posters/lingang.png']) {
      const link = page.locator(`a[href="${href}"]`);
      await expect(link.isVisible(), href).resolves.toBe(true);
      expect((await page.request.get(base + href)).status(), href).toBe(200);
    }
    await context.close();
  });

  it('in WeChat, which cannot print, points to the PDF instead of offering a print button', async () => {
    const page = await open('/districts/lingang/', {
      userAgent: 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 MicroMessenger/8.0.50',
    });
    await page.waitForLoadState('load');
    await expect(page.locator('button[data-print]').count()).resolves.toBe(0);
    await expect(page.locator('[data-wechat-hint]').isVisible()).resolves.toBe(true);
    await expect(page.locator('a[href="/briefs/lingang.pdf"]').isVisible()).resolves.toBe(true);
  });

  it('without JavaScript, shows no print button but the PDF link', async () => {
    const page = await open('/districts/lingang/', { javaScriptEnabled: false });
    await expect(page.locator('button[data-print]').isVisible()).resolves.toBe(false);
    await expect(page.locator('a[href="/briefs/lingang.pdf"]').isVisible()).resolves.toBe(true);
  });
});

describe('a showcase in a chat app', () => {
  it.each(ids)('%s: og:image is its own 1200×630 card; the first image in the page is its long image, or the card', (id) => {
    const page = html(id);
    const og = decode(/<meta property="og:image" content="([^"]+)"/.exec(page)![1]!);
    expect(new URL(og).pathname).toBe(`/og/districts/${id}.png`);
    const png = readFileSync(join(DIST, 'og', 'districts', `${id}.png`));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // A chat app that takes the first large <img> of the body (≥ 300 px) finds the district's
    // long image, which opens with its name and key numbers, or, without one, its card.
    const body = page.slice(page.indexOf('<body'));
    const first = /<img [^>]*src="([^"]+)"[^>]*width="(\d+)" height="(\d+)"/.exec(body);
    const poster = `/og/posters/${id}.png`;
    expect(first?.[1]).toBe(existsSync(join(DIST, poster)) ? poster : `/og/districts/${id}.png`);
    expect(Math.min(Number(first![2]), Number(first![3]))).toBeGreaterThanOrEqual(300);
  });
});
