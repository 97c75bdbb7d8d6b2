/**
 * The age-friendly mode (适老化), in Debian's Chromium against the built site: the 高对比
 * button gives body text and links at least 7:1 and a visible focus ring, and is remembered
 * across a reload and another page (hidden without JavaScript); at 200 % text, and in 特大,
 * every header link, button and the search box is on screen and clickable at 320, 390 and
 * 1280 px with nothing scrolling sideways, with JavaScript on and off; at 大 and 特大 on a phone
 * the header folds into one slim sticky row (well under a third of the first screen) whose 菜单
 * opens everything else, even without the site's script; the search box shows its whole
 * placeholder at every size; stories, showcases and figures get a 朗读全文 button only where
 * the browser can speak, and it reads the page in zh-CN; /about/ states what the site does
 * and does not do.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { connect, type InitScript, pages } from '../support/browser.ts';

const base = inject('baseUrl');
const PROFILE = '/craftsmen/zhang-jianping/';
const ARTICLE = '/news/lingang-yishibaiqianwan-plan/';
const SHOWCASE = '/districts/xiaoshan/';
const FIGURE = '/figures/xiaoshan-training-completion-rate/';
const browser = await connect();
const fresh = pages(browser, base);

async function open(path: string, options: BrowserContextOptions = {}, init?: InitScript): Promise<Page> {
  const page = await fresh(options, init);
  await page.goto(base + path, { waitUntil: 'load' });
  return page;
}

/**
 * The lowest WCAG contrast ratio among the elements a selector matches (visible ones, with
 * text), each against the first opaque background behind it; and how many were measured.
 */
const lowestContrast = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] === 1) return c;
      }
      return [255, 255, 255];
    };
    const ratios = els
      .filter((el) => (el as HTMLElement).checkVisibility() && el.textContent!.trim() !== '' && !el.closest('.visually-hidden'))
      .map((el) => {
        const [a, b] = [lum(rgba(getComputedStyle(el).color)), lum(background(el))];
        return { text: el.textContent!.trim().slice(0, 20), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    ratios.sort((x, y) => x.ratio - y.ratio);
    return { lowest: ratios[0], count: ratios.length };
  });

/** Body text and links of a story, in the header, the article, the aside and the footer. */
const TEXT = 'body, main p, main li, main dt, main dd, .lede, .eyebrow, .muted, .site-footer';
const LINKS = 'a:not(.skip-link)';

const contrastButton = (page: Page) => page.getByRole('button', { name: '高对比', exact: true });
const isContrast = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('contrast'));

describe('high contrast (高对比)', () => {
  it('is off at first, and the page does not already meet 7:1 everywhere (so the mode is what makes it pass)', async () => {
    const page = await open(PROFILE);
    expect(await isContrast(page)).toBe(false);
    await expect(contrastButton(page).getAttribute('aria-pressed')).resolves.toBe('false');
    expect((await lowestContrast(page, `${TEXT}, ${LINKS}`)).lowest!.ratio).toBeLessThan(7);
  });

  it.each(['light', 'dark'] as const)(
    'in the %s theme, toggles a class, gives text and links at least 7:1, and is remembered across a reload and another page',
    async (colorScheme) => {
      const page = await open(PROFILE, { colorScheme });
      await contrastButton(page).click();
      expect(await isContrast(page)).toBe(true);
      await expect(contrastButton(page).getAttribute('aria-pressed')).resolves.toBe('true');
      for (const selector of [TEXT, LINKS]) {
        const { lowest, count } = await lowestContrast(page, selector);
        expect(count, selector).toBeGreaterThan(5);
        expect(lowest!.ratio, `${selector}: ${lowest!.text}`).toBeGreaterThanOrEqual(7);
      }
      // black on white, or white on black
      const paper = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(paper).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');

      await page.reload({ waitUntil: 'load' });
      expect(await isContrast(page)).toBe(true);
      await page.goto(`${base}${ARTICLE}`, { waitUntil: 'load' });
      expect(await isContrast(page)).toBe(true);
      await expect(contrastButton(page).getAttribute('aria-pressed')).resolves.toBe('true');
      const { lowest } = await lowestContrast(page, `${TEXT}, ${LINKS}`);
      expect(lowest!.ratio, lowest!.text).toBeGreaterThanOrEqual(7);

      // and off again, remembered too
      await contrastButton(page).click();
      expect(await isContrast(page)).toBe(false);
      await page.reload({ waitUntil: 'load' });
      expect(await isContrast(page)).toBe(false);
    },
  );

  it('shows a thick focus outline, at least 7:1 against the page, on links reached by keyboard', async () => {
    const page = await open(PROFILE);
    await contrastButton(page).click();
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab'); // the brand link
    const ring = await page.evaluate(() => {
      const el = document.activeElement!;
      const s = getComputedStyle(el);
      return { tag: el.tagName, style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    expect(ring).toMatchObject({ tag: 'A', style: 'solid', color: 'rgb(0, 0, 0)' });
    expect(ring.width).toBeGreaterThanOrEqual(3);
  });

  it('without JavaScript, the button is hidden and the page is in its ordinary, readable colours', async () => {
    const page = await open(PROFILE, { javaScriptEnabled: false });
    expect(await contrastButton(page).isVisible()).toBe(false);
    expect(await isContrast(page)).toBe(false);
    const { lowest } = await lowestContrast(page, `${TEXT}, ${LINKS}`);
    expect(lowest!.ratio, lowest!.text).toBeGreaterThanOrEqual(4.5);
  });
});

/**
 * Header links, buttons and the search box that are visible but not wholly on screen or
 * not clickable where they are drawn (scrolled into view first), and how far the page
 * scrolls sideways.
 */
const unreachable = (page: Page, within = '.site-header') =>
  page.evaluate((within) => {
    const bad: string[] = [];
    const all = [...document.querySelectorAll<HTMLElement>(`${within} :is(a, button, input)`)].filter((el) =>
      el.checkVisibility({ visibilityProperty: true }),
    );
    for (const el of all) {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (r.left < 0 || r.right > innerWidth || !hit || !el.contains(hit)) bad.push(el.textContent!.trim() || el.id);
    }
    scrollTo(0, 0);
    return { count: all.length, bad, overflow: document.scrollingElement!.scrollWidth - innerWidth };
  }, within);

describe('at 200 % text the header stays usable', () => {
  const cases = [320, 390, 1280].flatMap((width) => [
    { width, js: true },
    { width, js: false },
  ]);
  it.each(cases)(
    'root font size 200 % at $width px, JavaScript $js: every header link and the search box is on screen',
    async ({ width, js }) => {
      for (const path of ['/', PROFILE]) {
        const page = await open(path, { viewport: { width, height: 800 }, javaScriptEnabled: js });
        // an inline style on <html> (what a reader's zoom setting amounts to); evaluate runs even with the page's JavaScript off
        await page.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        const root = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
        expect(root).toBe(32);
        const { count, bad, overflow } = await unreachable(page);
        // seven section links, the brand, the search box and its button; with JS the text size and contrast buttons too
        expect(count, `${path} at ${width}px`).toBe(js ? 14 : 10);
        expect({ bad, overflow }, `${path} at ${width}px`).toEqual({ bad: [], overflow: 0 });
      }
    },
  );

  it.each([320, 390, 1280])(
    '特大 with high contrast at %i px: every header link, button and the search box is on screen (in 菜单 on a phone)',
    async (width) => {
      const page = await open(ARTICLE, { viewport: { width, height: 800 } });
      await page.getByRole('button', { name: '特大', exact: true }).click();
      await contrastButton(page).click();
      expect(await page.evaluate(() => document.documentElement.className)).toMatch(/text-xlarge.*contrast|contrast.*text-xlarge/);
      if (width > 640) {
        const { count, bad, overflow } = await unreachable(page);
        expect(count).toBe(14);
        expect({ bad, overflow }).toEqual({ bad: [], overflow: 0 });
      } else {
        // Choosing 特大 folded the header and left its menu open, with the choice in sight.
        const open = await unreachable(page, '#site-menu');
        // seven section links, the search box and its button, three sizes, contrast, and 关闭菜单
        expect(open.count).toBe(14);
        expect({ bad: open.bad, overflow: open.overflow }).toEqual({ bad: [], overflow: 0 });
        await page.getByRole('button', { name: '关闭菜单' }).click();
        const bar = await unreachable(page);
        expect(bar.count).toBe(2); // the brand and 菜单
        expect({ bad: bar.bad, overflow: bar.overflow }).toEqual({ bad: [], overflow: 0 });
      }
    },
  );
});

/** The reader's remembered text size, set before the page loads ('' for 标准). */
const sized = (size: string) => ({ content: `localStorage.setItem('text-size', ${JSON.stringify(size)})` });
const SIZES = [
  ['标准', ''],
  ['大', 'text-large'],
  ['特大', 'text-xlarge'],
] as const;

describe('the compact header at 大 and 特大 on a phone', () => {
  it.each(SIZES)('at %s (%s) on a 390 × 844 phone: the header’s share of the first screen, sticky, its menu', async (name, size) => {
    const page = await open(SHOWCASE, { viewport: { width: 390, height: 844 } }, sized(size));
    const share = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height / innerHeight);
    const menu = page.getByRole('button', { name: '菜单', exact: true });
    if (size === '') {
      // 标准 keeps the full header, its links in sight.
      expect(await menu.isVisible()).toBe(false);
      expect(await page.getByRole('link', { name: '各区', exact: true }).first().isVisible()).toBe(true);
    } else {
      expect(await menu.isVisible()).toBe(true);
      expect(share, `${name}: ${Math.round(share * 100)} %`).toBeLessThan(0.15);
      // It stays at the top as the page scrolls, with 菜单 in reach.
      await page.mouse.wheel(0, 3000);
      await page.waitForFunction(() => scrollY > 1000);
      expect(await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().top)).toBe(0);
      await menu.click();
      await expect(page.getByRole('link', { name: '各区', exact: true }).first().isVisible()).resolves.toBe(true);
    }
  });

  it('菜单 opens without the site’s script (a popover), and Escape closes it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(sized('text-xlarge'));
    await context.route('**/_astro/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(base + SHOWCASE, { waitUntil: 'load' });
    const nav = page.getByRole('navigation', { name: '主导航' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: '菜单', exact: true }).click();
    expect(await nav.isVisible()).toBe(true);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    await context.close();
  });

  it('“/” opens the menu and puts the cursor in the search box', async () => {
    const page = await open(SHOWCASE, { viewport: { width: 390, height: 844 } }, sized('text-xlarge'));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await page.locator('#site-search').isVisible()).toBe(true);
  });
});

describe('the search box', () => {
  const cases = [320, 390, 1280].flatMap((width) => SIZES.map(([name, size]) => ({ width, name, size })));
  it.each(cases)('shows its whole placeholder at $width px, $name', async ({ width, size }) => {
    const page = await open('/', { viewport: { width, height: 800 } }, sized(size));
    const menu = page.getByRole('button', { name: '菜单', exact: true });
    if (await menu.isVisible()) await menu.click();
    const box = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#site-search')!;
      // The placeholder's own width: the same text as a value, which scrolls when it does not fit.
      input.value = input.placeholder;
      return { visible: input.checkVisibility(), placeholder: input.placeholder, inner: input.clientWidth, text: input.scrollWidth };
    });
    expect(box.visible).toBe(true);
    expect(box.placeholder.length).toBeGreaterThan(3);
    expect(box.text, `${box.placeholder}: ${box.text} px in ${box.inner} px`).toBeLessThanOrEqual(box.inner);
  });
});

/** A speechSynthesis that records what it is asked to say, for a browser without voices. */
function stubSpeech() {
  const w = window as unknown as Record<string, unknown> & { spoken: { text: string; lang: string }[]; cancelled: number };
  w.spoken = [];
  w.cancelled = 0;
  w.SpeechSynthesisUtterance = class {
    lang = '';
    onend = null;
    onerror = null;
    constructor(public text: string) {}
  };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      speak: (u: { text: string; lang: string }) => w.spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {
        w.cancelled++;
      },
    },
  });
}
function noSpeech() {
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
}

describe('read aloud (朗读全文)', () => {
  const readButton = (page: Page) => page.getByRole('button', { name: /^(朗读全文|停止)$/ });

  it.each([PROFILE, ARTICLE])('%s: where the browser can speak, reads the title and story in zh-CN, and stops', async (path) => {
    const page = await open(path, {}, stubSpeech);
    await expect(readButton(page).textContent()).resolves.toBe('朗读全文');
    await readButton(page).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    const [title, story] = await page.evaluate(() => [
      document.querySelector('main h1')!.textContent!.trim(),
      document.querySelector('article.prose > p')!.textContent!.trim(),
    ]);
    expect(spoken.length).toBeGreaterThan(2);
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['zh-CN']));
    expect(spoken[0]!.text).toBe(title);
    expect(spoken.map((s) => s.text)).toContain(story);
    // nothing from the header, footer or hidden keyword lists
    const all = spoken.map((s) => s.text).join('\n');
    expect(all).not.toMatch(/搜索全站|相关词|关键词：/);
    await expect(readButton(page).textContent()).resolves.toBe('停止');
    await readButton(page).click();
    expect(await page.evaluate(() => (window as unknown as { cancelled: number }).cancelled)).toBeGreaterThan(0);
    await expect(readButton(page).textContent()).resolves.toBe('朗读全文');
  });

  it.each([
    [SHOWCASE, 'main .stats > .stat .value'],
    [FIGURE, 'main blockquote > p'],
  ])('%s: reads the title, its dates or number and the rest in zh-CN, without the links to sources', async (path, part) => {
    const page = await open(path, {}, stubSpeech);
    await expect(readButton(page).isVisible()).resolves.toBe(true);
    await readButton(page).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    const [title, inside] = await page.evaluate(
      (part) => [document.querySelector('main h1')!.textContent!.trim(), document.querySelector(part)!.textContent!.trim()],
      part,
    );
    expect(spoken.length).toBeGreaterThan(2);
    expect(new Set(spoken.map((s) => s.lang))).toEqual(new Set(['zh-CN']));
    expect(spoken[0]!.text).toBe(title);
    const all = spoken.map((s) => s.text).join('\n');
    expect(all).toContain(inside);
    if (path === SHOWCASE) expect(all).toContain('数据时点');
    expect(all).not.toMatch(/出处与引用|搜索全站|跳到正文/);
    await expect(readButton(page).textContent()).resolves.toBe('停止');
    await readButton(page).click();
    await expect(readButton(page).textContent()).resolves.toBe('朗读全文');
  });

  it('Chromium itself (no stub) gets the button on a profile when it has speechSynthesis', async () => {
    const page = await open(PROFILE);
    const has = await page.evaluate(() => Boolean(window.speechSynthesis));
    expect(await readButton(page).count()).toBe(has ? 1 : 0);
  });

  it('is absent where the browser has no speechSynthesis', async () => {
    const page = await open(PROFILE, {}, noSpeech);
    expect(await readButton(page).count()).toBe(0);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
  });

  it.each([PROFILE, ARTICLE, SHOWCASE, FIGURE])('%s: is absent without JavaScript', async (path) => {
    const page = await open(path, { javaScriptEnabled: false });
    expect(await readButton(page).count()).toBe(0);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
  });

  it('is not on pages that are not stories', async () => {
    const page = await open('/data/', {}, stubSpeech);
    expect(await readButton(page).count()).toBe(0);
  });
});

describe('/about/', () => {
  it('has the accessibility and age-friendly statement, saying what is done and what is not', async () => {
    const page = await open('/about/');
    const heading = page.getByRole('heading', { level: 2, name: '无障碍与适老化说明' });
    expect(await heading.count()).toBe(1);
    const text = await page.locator('main').innerText();
    for (const item of ['字号', '高对比', '200%', '弹窗', '广告', '朗读', '键盘', '替代文本', '链接', '时间限制', '没有'])
      expect(text, item).toContain(item);
    expect(text).toContain('《互联网网站适老化通用设计规范》');
  });
});

describe('remembered choices, before the first paint', () => {
  const chosen = () => {
    localStorage.setItem('text-size', 'text-xlarge');
    localStorage.setItem('contrast', '1');
  };

  it('the inline script in <head> applies 特大 and 高对比 even when the site’s own script never arrives, and the CSP allows it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await context.addInitScript(chosen);
    // Every script file refused: only the inline pre-paint script can act.
    await context.route('**/_astro/*.js', (route) => route.abort());
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to execute/.test(m.text())) refused.push(m.text());
    });
    await page.goto(base + PROFILE, { waitUntil: 'load' });
    const state = await page.evaluate(() => ({
      classes: document.documentElement.className,
      rootPx: getComputedStyle(document.documentElement).fontSize,
    }));
    expect(state.classes).toContain('text-xlarge');
    expect(state.classes).toContain('contrast');
    expect(state.rootPx).toBe('24px');
    expect(refused).toEqual([]);
    await context.close();
  });

  it.each([
    [PROFILE, '标准', 390],
    [PROFILE, '标准', 1280],
    [PROFILE, '特大', 390],
    ['/districts/xiaoshan/', '标准', 390],
  ] as const)('%s opens without shifting at %s size, %i px, even when the site’s script arrives late', async (path, size, width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    if (size === '特大') await context.addInitScript(chosen);
    // The page is drawn before the deferred script runs (as on a slow phone): what the script
    // adds (the read-aloud button, the header's tools) must already have its room.
    await context.route('**/_astro/*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await context.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { shifts: number }).shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    // What script brings did arrive: the story's read-aloud button, the showcase's print button.
    const brought = path === PROFILE ? '朗读全文' : '打印简报';
    await expect(page.getByRole('button', { name: brought }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.001);
    await context.close();
  });
});
