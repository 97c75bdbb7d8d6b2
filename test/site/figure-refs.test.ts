/**
 * Numbers in stories are the figures (issue 27, item 4): where a profile gives a number the
 * site holds as a figure about that person, the reader sees it as the report words it and
 * reaches the figure's page from it, without JavaScript; the bare number is gone from the
 * story (a summary, in front matter, is plain text and keeps its words).
 */
import { describe, expect, inject, it } from 'vitest';
import { connect, pages } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = await connect();
const fresh = pages(browser, base);

describe('a number in a story', () => {
  it('shows the report’s wording and leads to the figure’s page', async () => {
    const page = await fresh({ javaScriptEnabled: false });
    await page.goto(`${base}/craftsmen/lu-zhongming/`);
    // The story's paragraphs (the summary above them is front matter, plain text).
    const story = page.locator('article.prose > p');
    const text = (await story.allTextContents()).join('');
    expect(text).toContain('在设备维修岗位上踏踏实实干了30多年。');
    expect(text).not.toContain('三十多年');
    const link = story.getByRole('link', { name: '30多年', exact: true });
    await expect(link.getAttribute('href')).resolves.toBe('/figures/lu-zhongming-years-equipment-maintenance/');
    await expect(link.getAttribute('title')).resolves.toContain('截至2020年9月11日');
    await link.click();
    await page.waitForURL('**/figures/lu-zhongming-years-equipment-maintenance/');
    await expect(page.locator('h1').textContent()).resolves.toContain('30多年');
  });

  it('keeps both of a report’s disagreeing numbers, each linked', async () => {
    const page = await fresh({ javaScriptEnabled: false });
    await page.goto(`${base}/craftsmen/wu-jianhong/`);
    const links = page.locator('article.prose > p a[href^="/figures/wu-jianhong-teaching-years-"]');
    await expect(links.allTextContents()).resolves.toEqual(['五年', '15年']);
  });
});
