/**
 * The suite's one Chromium (started by test/support/global-setup.ts), connected to once per
 * test file; the file's connection closes (with every context it opened) after its last test.
 *
 * Tests take their pages from `pages()`: one page per set of context options, kept open
 * from test to test. Opening a page costs this machine about 0.8 CPU s (Chromium starts a
 * renderer process for it, and a spare), a navigation about 0.3 (measured with every
 * Chromium process's CPU time), so reusing them is most of what the site group's files
 * spend on the browser. Each test still starts as a first visit (`reset`).
 */
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export async function connect(): Promise<Browser> {
  const browser = await chromium.connect(inject('browserEndpoint'));
  afterAll(() => browser.close());
  return browser;
}

/**
 * A script every page of a context runs before its own (Playwright's addInitScript). Pages are
 * kept by its source: a function must not read variables from around it (use `{ content }`).
 */
export type InitScript = (() => void) | { content: string };

/** What a kept page can be given again for each test, without a context of its own. */
const PER_TEST = ['viewport', 'colorScheme', 'reducedMotion', 'forcedColors'] as const;

/**
 * Before a page serves a test: no listeners, routes, cookies or stored preferences of the
 * last test (every kind of storage of the site's origin is cleared), this test's viewport and
 * media, and the mouse in the corner.
 */
async function reset(page: Page, options: BrowserContextOptions, origin: string) {
  await page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.context().clearCookies();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.detach();
  if (options.viewport !== null) await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
  await page.emulateMedia({
    media: null,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    forcedColors: options.forcedColors ?? 'none',
  });
  await page.mouse.move(0, 0);
}

/**
 * Pages for a file's tests: `page(options, init)` gives a page with those context options
 * (and init script), fresh for this test; the test navigates it. Pages are kept by what only
 * a context can set (scripts on or off, permissions, the init script …); the viewport and
 * media are set on the page for each test. A test that closes its page or context only
 * costs the next one a new page.
 */
export function pages(browser: Browser, base: string) {
  const kept = new Map<string, Page>();
  const origin = new URL(base).origin;
  return async function page(options: BrowserContextOptions = {}, init?: InitScript): Promise<Page> {
    const contextOnly = Object.fromEntries(Object.entries(options).filter(([k]) => !(PER_TEST as readonly string[]).includes(k)));
    const key = JSON.stringify([contextOnly, typeof init === 'function' ? init.toString() : init]);
    let page = kept.get(key);
    if (!page || page.isClosed()) {
      const context = await browser.newContext(contextOnly);
      if (init) await context.addInitScript(init);
      page = await context.newPage();
      kept.set(key, page);
    }
    await reset(page, options, origin);
    return page;
  };
}
