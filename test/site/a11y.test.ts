/**
 * axe (WCAG 2.2 A and AA rules) on every page in the sitemap at a desktop and a phone width,
 * and on one page of each kind in the dark theme, which has its own contrast to get right
 * (every kind shares its colours across its pages). Zero violations.
 *
 * axe is loaded once per browser context (an init script, so every page opened in it has
 * axe before its own scripts run), and each page is opened once: checked at the width the
 * last page ended at, then resized to the other and checked again. Pages are checked section by section (/craftsmen/…,
 * /figures/…), several sections at a time; a violation names its page and width.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { connect } from '../support/browser.ts';
import { sitemapPaths } from '../support/site.ts';

const base = inject('baseUrl');
const browser = await connect();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = [...sitemapPaths(), '/embed/xiaoshan-targets/', '/404.html'];
/** One page of each kind: a page per section and depth (/craftsmen/, /craftsmen/x/, /craftsmen/district/x/ …). */
const kinds = [...new Map(paths.map((p) => [`${p.split('/')[1]}:${p.split('/').length}`, p])).values()];
/**
 * The pages in groups that take about as long as each other: each section's (by the first
 * part of the path; '' is the home page), a long section cut into runs of at most 40 (each
 * run opens one browser context, which costs about a CPU second here).
 */
const RUN = 40;
const sections = [...Map.groupBy(paths, (p) => p.split('/')[1] ?? '')].flatMap(([section, pages]) =>
  Array.from({ length: Math.ceil(pages.length / RUN) }, (_, i) => {
    const part = pages.slice(i * RUN, (i + 1) * RUN);
    return [pages.length > RUN ? `${section} ${i + 1}` : section, part] as const;
  }),
);

/** Runs axe on the open page; one line per violation, naming the page, the width and up to three elements. */
async function axe(page: import('playwright-core').Page, where: string): Promise<string[]> {
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      // Details of what passed are not needed: a third less work per page.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, TAGS);
  return violations.map((v) => `${where} ${v.id}: ${v.nodes.join(' | ')}`);
}

/** Opens each page once in a context with axe loaded, and checks it at each width in turn. */
async function check(pages: string[], widths: number[], options: BrowserContextOptions = {}): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: widths[0]!, height: 900 }, ...options });
  await context.addInitScript(AXE);
  const page = await context.newPage();
  const found: string[] = [];
  try {
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: 'load' });
      // Each page starts at the width the last one ended at: one resize a page, not two.
      const order = page.viewportSize()?.width === widths[0] ? widths : [...widths].reverse();
      for (const width of order) {
        if (page.viewportSize()?.width !== width) await page.setViewportSize({ width, height: 900 });
        found.push(...(await axe(page, `${path} @${width}px`)));
      }
    }
  } finally {
    await context.close();
  }
  return found;
}

describe.concurrent('axe, light theme, every page at 1280 px and 390 px', () => {
  it.each(sections)(
    '/%s/…: no violations',
    async (_, pages) => {
      expect(await check(pages, [1280, 390])).toEqual([]);
    },
    300_000,
  );
});

describe('axe, dark theme', () => {
  it('one page of each kind at 1280 px: no violations', async () => {
    expect(await check(kinds, [1280], { colorScheme: 'dark' })).toEqual([]);
  });
});

describe('the sweep itself', () => {
  it('checks every sitemap page, the embed and the 404 page', () => {
    expect(sections.flatMap(([, pages]) => pages).sort()).toEqual([...paths].sort());
    expect(paths.length).toBeGreaterThan(250);
  });

  it('finds what is wrong on a broken page, at the width where it is wrong', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(AXE);
    const page = await context.newPage();
    await page.goto(`${base}/craftsmen/`, { waitUntil: 'load' });
    // A nameless button, and pale text that only phones show.
    await page.evaluate(() => {
      document
        .querySelector('main')!
        .insertAdjacentHTML(
          'afterbegin',
          '<button type="button"></button><style>@media (max-width: 600px) { main p { color: #ddd !important; } }</style>',
        );
    });
    const desktop = await axe(page, 'desktop');
    await page.setViewportSize({ width: 390, height: 900 });
    const phone = await axe(page, 'phone');
    await context.close();
    expect(desktop.map((v) => v.split(':')[0])).toEqual(['desktop button-name']);
    expect(phone.map((v) => v.split(':')[0]).sort()).toEqual(['phone button-name', 'phone color-contrast']);
  });
});
