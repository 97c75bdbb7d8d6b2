/**
 * axe (WCAG 2.2 A and AA rules) on every page in the sitemap at a phone and a desktop
 * width, and on one page of each kind in the dark theme, which has its own contrast to
 * get right (every kind shares its colours across its pages). Zero violations.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { sitemapPaths } from '../support/site.ts';

const base = inject('baseUrl');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = [...sitemapPaths(), '/embed/xiaoshan-targets/', '/404.html'];
/** One page of each kind: a page per section and depth (/craftsmen/, /craftsmen/x/, /craftsmen/district/x/ …). */
const kinds = [...new Map(paths.map((p) => [`${p.split('/')[1]}:${p.split('/').length}`, p])).values()];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe.concurrent('axe', () => {
  it.each([
    ['phone, light, every page', 390, 'light', paths],
    ['desktop, light, every page', 1280, 'light', paths],
    ['desktop, dark, one page of each kind', 1280, 'dark', kinds],
  ] as const)(
    'at %s: no violations',
    async (_, width, colorScheme, paths) => {
      // axe needs a page made from browser.newContext().
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(base + path);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations) {
          violations.push(
            `${path} ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
        }
      }
      await context.close();
      expect(violations).toEqual([]);
    },
    1_800_000,
  );
});
