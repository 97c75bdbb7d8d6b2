import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Page } from 'playwright-core';
import { briefsPlan, CHROMIUM } from '../lib/briefs-plan.ts';
import { launch } from '../lib/chromium.ts';
import { cacheFile, copyOut, load, store } from '../lib/images/cache.ts';
import { FONT_FILES } from '../lib/images/png.ts';
import { pdfFill, pdfPageCount } from '../lib/pdf-text.ts';
import { serve } from '../lib/static-server.ts';
import { commitDate } from './site-version.ts';

/**
 * The meeting briefs: after the pages are written, every district showcase is printed by
 * Chromium with the site's own print stylesheet (src/styles/print.css) into
 * `briefs/<id>.pdf` (A4, for WeChat, where a page cannot be printed; the "一图读懂" long
 * image is drawn from the data instead, src/lib/images/poster.ts). The built site is served on a loopback port (src/lib/static-server.ts)
 * and read with JavaScript off: what prints is what the HTML says.
 *
 * A brief fills one or two pages, never a second page that is nearly empty. It is never
 * printed smaller than 100 %, the scale a reader's own print from the browser gets, at which
 * print.css keeps the reading text at 10 pt and the notes at 8 pt or more; when it needs two
 * pages, it is printed slightly larger (up to 112 %) so the emptier page is well used.
 *
 * Reproducible: Chromium stamps the PDF with the time it was made; those stamps are
 * replaced, byte for byte, by the date of the commit built (src/integrations/site-version.ts),
 * which is also the date the brief's header gives. Chromium (Debian's, see
 * scripts/ensure-system.sh) is needed: `npm start` and `npm test` install it; without it
 * the build leaves the briefs out unless BRIEFS=required (src/lib/briefs-plan.ts).
 */

/** The largest scale tried, to fill two pages well. */
const MAX_SCALE = 1.12;

/**
 * The briefs' type: Noto Sans SC from npm, the font the share images are drawn in, served
 * beside the site while it is printed (never copied into it). A brief then looks the same on
 * every machine, whatever CJK fonts the system has, and Chromium embeds its glyphs as a
 * subset TrueType font with real text: the system's CJK fonts (CFF outlines) went in as
 * Type 3 drawings, three times the bytes and a third slower to print.
 */
const FONT_URLS = ['/_brief-fonts/regular.ttf', '/_brief-fonts/bold.ttf'] as const;
const FONT_CSS = [
  ...FONT_URLS.map((url, i) => `@font-face { font-family: "Brief Sans"; font-weight: ${i ? 700 : 400}; src: url(${url}); }`),
  ':root { --font: "Brief Sans", sans-serif !important; }',
].join('\n');

/** Adds CSS to a page (also with scripts off, where Playwright's addStyleTag waits for a load event that never fires). */
async function addStyle(page: Page, css: string) {
  await page.evaluate(async (css) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    await document.fonts.ready;
  }, css);
}

/** Sets the brief's type on a page and waits until both weights are loaded. */
async function useBriefFonts(page: Page) {
  await addStyle(page, FONT_CSS);
  const loaded = await page.evaluate(() =>
    Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 1em "Brief Sans"`, '简报'))).then((faces) => faces.flat().length),
  );
  if (loaded !== 2) throw new Error(`简报字体未能载入 (the briefs' fonts did not load: ${loaded} of 2)`);
}

/**
 * Replaces the PDF's creation and modification stamps (D:YYYYMMDDHHmmSS…) with a fixed
 * date, keeping every byte offset, so the cross-reference table stays valid.
 */
export function normalisePdf(pdf: Uint8Array, date: string): Buffer {
  const stamp = `${date.replace(/-/g, '')}000000`;
  if (!/^\d{14}$/.test(stamp)) throw new Error(`bad date for the PDF stamp: ${date}`);
  const text = Buffer.from(pdf).toString('latin1');
  const out = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (_, key: string) => `/${key} (D:${stamp}`);
  return Buffer.from(out, 'latin1');
}

/** The district ids whose showcase asks for a brief (it has the brief's print header). */
function districtsIn(dist: string): string[] {
  const dir = join(dist, 'districts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .filter((id) => readFileSync(join(dir, id, 'index.html'), 'utf8').includes('brief-head'))
    .sort();
}

interface Printed {
  pdf: Buffer;
  pages: number;
  scale: number;
  fill: number[];
}

/**
 * Prints one page to an A4 PDF at the scale that fills one or two pages best: 100 % when
 * it fits one page; else, of 100 % and two larger scales, the one whose emptier page is fullest (a chart that no longer fits
 * the foot of page 1 moves whole to page 2, so a larger scale is not always better). The
 * PDF carries the given date as its stamps, and is confirmed by a second print (`steady`).
 * `page` is the worker's own, used for one brief after another.
 */
async function printBrief(page: Page, url: string, date: string): Promise<Printed & { reprints: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await useBriefFonts(page);
  // Links in the PDF lead to the site's public address (its canonical URL), not to the
  // loopback server the page was read from.
  await page.evaluate(() => {
    const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) a.href = new URL(a.getAttribute('href') ?? '', canonical).href;
  });
  const print = async (scale: number): Promise<Printed> => {
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, scale, tagged: true, outline: true });
    return { pdf: normalisePdf(pdf, date), pages: pdfPageCount(pdf), scale, fill: pdfFill(pdf) };
  };
  return await steady(await bestScale(page, url, print), print);
}

/** How many prints at the chosen scale may disagree before the brief is given up. */
const MAX_REPRINTS = 4;

/**
 * The chosen print, confirmed: printed once more at its scale and kept only when the two are
 * the same, byte for byte. A fresh-clone test run once printed one brief differently from the
 * same HTML (a cold build's PDF that matched no other build's; never reproduced in 12 cold
 * runs since, under load or not). A brief that is printed differently each time is a build
 * that cannot be reproduced: two agreeing prints in a row are required, else the build stops.
 */
async function steady(chosen: Printed, print: (scale: number) => Promise<Printed>): Promise<Printed & { reprints: number }> {
  let last = chosen;
  for (let reprints = 0; reprints <= MAX_REPRINTS; reprints++) {
    const again = await print(chosen.scale);
    if (again.pdf.equals(last.pdf)) return { ...again, reprints };
    last = again;
  }
  throw new Error(`Chromium printed the same brief differently ${MAX_REPRINTS + 1} times in a row at ${chosen.scale * 100} %`);
}

/**
 * Leaves the last card still printed of the showcase's lists of people and news off the
 * page (the last list first: news, then people), keeping one card in each, and says in the
 * list's note how many the brief lists. False when every list is down to one card.
 */
async function leaveOneOut(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    for (const list of [...document.querySelectorAll<HTMLElement>('[data-brief-list]')].reverse()) {
      const printed = [...list.querySelectorAll<HTMLElement>(':scope > ul > li')].filter((li) => li.style.display !== 'none');
      if (printed.length <= 1) continue;
      printed.at(-1)!.style.display = 'none';
      const note = list.querySelector<HTMLElement>('[data-brief-note]')!;
      note.hidden = false;
      note.querySelector('[data-brief-shown]')!.textContent = String(printed.length - 1);
      return true;
    }
    return false;
  });
}

/**
 * The print whose scale fills one or two pages best (see printBrief). A showcase that needs
 * more than two pages at 100 % lists fewer people and news on paper, one card at a time,
 * until it fits; its charts and key figures are never left out: a showcase that still needs
 * a third page stops the build.
 */
async function bestScale(page: Page, url: string, print: (scale: number) => Promise<Printed>): Promise<Printed> {
  let normal = await print(1);
  while (normal.pages > 2 && (await leaveOneOut(page))) normal = await print(1);
  if (normal.pages === 1) return normal;
  if (normal.pages > 2)
    throw new Error(
      `${url}: the brief needs ${normal.pages} pages at 100 % even with one person and one news item a list; shorten the showcase`,
    );
  let best = normal;
  for (const scale of [1.06, MAX_SCALE]) {
    const tried = await print(scale);
    if (tried.pages === 2 && Math.min(...tried.fill) > Math.min(...best.fill) + 0.02) best = tried;
  }
  return best;
}

/** Bump when the way briefs are made changes, so cached ones are made again. */
const VERSION = 'briefs-11';

/**
 * What a brief is made from: the showcase's HTML, the stylesheets it links, the Chromium
 * binary (by size and date), the fonts and the stamp date. Unchanged inputs give the cached files.
 */
function inputsOf(dist: string, id: string, date: string): string[] {
  const html = readFileSync(join(dist, 'districts', id, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => readFileSync(join(dist, href!), 'utf8'));
  const binary = statSync(realpathSync(CHROMIUM));
  const chromium = `${binary.size}-${binary.mtimeMs}`;
  const fonts = FONT_FILES.map((f) => String(statSync(f).size));
  return [VERSION, chromium, date, html, ...css, FONT_CSS, ...fonts];
}

/**
 * Writes briefs/<id>.pdf for every district showcase in `dist`, two at a
 * time. The caller has asked briefsPlan() first, so Chromium is there.
 */
export async function writeBriefs(dist: string, date: string) {
  const ids = districtsIn(dist);
  if (ids.length === 0) return { made: [], reused: 0 };
  const out = join(dist, 'briefs');
  const todo: { id: string; pdfFile: string }[] = [];
  let reused = 0;
  for (const id of ids) {
    const pdfFile = cacheFile(inputsOf(dist, id, date), 'pdf');
    const pdf = load(pdfFile);
    if (pdf) {
      copyOut(pdf, join(out, `${id}.pdf`));
      reused++;
    } else todo.push({ id, pdfFile });
  }
  const made: { id: string; pages: number; scale: number; fill: number[]; reprints: number }[] = [];
  if (todo.length === 0) return { made, reused };
  const { server, url } = await serve(dist, Object.fromEntries(FONT_URLS.map((url, i) => [url, FONT_FILES[i]!])));
  const browser = await launch();
  try {
    // Each worker keeps one page and takes it from brief to brief: a new page costs Chromium a process.
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
    const queue = [...todo];
    const worker = async () => {
      const page = await context.newPage();
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { pdf, pages, scale, fill, reprints } = await printBrief(page, `${url}/districts/${job.id}/`, date);
        store(job.pdfFile, pdf);
        copyOut(pdf, join(out, `${job.id}.pdf`));
        made.push({ id: job.id, pages, scale, fill, reprints });
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  }
  return { made: made.sort((a, b) => a.id.localeCompare(b.id)), reused };
}

export function briefs(): AstroIntegration {
  return {
    name: 'skills-atlas:briefs',
    hooks: {
      // BRIEFS=required without Chromium stops the build here, before any page is made.
      'astro:config:setup': ({ command }) => {
        if (command === 'build') briefsPlan();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const plan = briefsPlan();
        if (!plan.make) {
          logger.warn(plan.note ?? 'briefs left out');
          return;
        }
        const start = performance.now();
        // The commit's date; outside git, a fixed date (the PDF stamp only, never shown).
        const { made, reused } = await writeBriefs(fileURLToPath(dir), commitDate() ?? '2000-01-01');
        const list = made.map(
          (m) =>
            `${m.id} ${m.pages}p@${Math.round(m.scale * 100)}% (${m.fill.map((f) => `${Math.round(f * 100)}%`).join('/')})` +
            (m.reprints ? ` [printed differently ${m.reprints}× before two prints agreed]` : ''),
        );
        logger.info(
          `简报：生成 ${made.length} 份，缓存复用 ${reused} 份 (briefs: ${made.length} made${list.length ? `: ${list.join(', ')}` : ''}; ${reused} from cache) in ${Math.round(performance.now() - start)} ms`,
        );
      },
    },
  };
}
