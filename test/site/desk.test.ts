/**
 * The editing desk end to end: the built /admin/ in Chromium, against the real local backend
 * (`npm run desk`'s server: the working copy's files behind the content check, scripts/lib/desk-server.ts)
 * saving into a copy of the content. An editor corrects a figure's wording and adds a news
 * item; the files written pass the content check and the formatter; a wrong value is refused
 * with the check's own file › field › problem line, and nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Desk, startDesk } from '../../scripts/lib/desk-server.ts';
import { DESK_CSP } from '../../src/consts.ts';
import { deskConfig } from '../../src/desk/config.ts';
import { formatJson } from '../../src/desk/formats.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { COLLECTION_NAMES, COLLECTIONS } from '../../src/schemas/shared.ts';
import { connect } from '../support/browser.ts';
import { DESK, DIST, doc, sitemapPaths } from '../support/site.ts';

const repo = mkdtempSync(join(tmpdir(), 'atlas-desk-'));
for (const dir of ['data', 'src/content']) cpSync(dir, join(repo, dir), { recursive: true });
const DATASET = join(repo, 'data/datasets/shanghai-certification.json');
const FIGURE = 'shanghai-certification-enterprises-served';
/** The mistake the editor comes to correct: the report's “逾” left out of the wording. */
const dataset = JSON.parse(readFileSync(DATASET, 'utf8')) as { figures: { id: string; wording: string; value: number }[] };
const figure = dataset.figures.find((f) => f.id === FIGURE)!;
const REPORTED = figure.wording;
figure.wording = REPORTED.replace(/^逾/, '');
writeFileSync(DATASET, formatJson(dataset));

let desk: Desk;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const elsewhere: string[] = [];
/** The desk's requests to write a file, as the local server received them. */
const persists: string[] = [];

beforeAll(async () => {
  desk = await startDesk({ dist: DIST, repo });
  browser = await connect();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  // Leaving an entry with unsaved changes asks first; an editor would say yes.
  page.on('dialog', (d) => d.accept());
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1') && r.postData()?.includes('"persistEntry"')) persists.push(r.postData()!);
    if (!r.url().startsWith(desk.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) elsewhere.push(r.url());
  });
});
afterAll(async () => {
  await browser?.close();
  await desk?.close();
  rmSync(repo, { recursive: true, force: true });
});

/** Opens a desk address afresh, as an editor arriving from a link would (the sign-in is kept). */
async function open(hash: string) {
  await page.goto('about:blank');
  await page.goto(`${desk.url}admin/#${hash}`);
}

/** Publishes the open entry (simple mode: 发布 › 立即发布) and waits for the desk's answer. */
async function publish() {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
}

/** Opens the figure of the open dataset whose summary shows `wording`, by its expand button. */
async function openFigure(wording: string) {
  const item = page.locator('[class*="listControlItem"]').filter({ has: page.getByText(`（${wording}）`, { exact: false }) });
  await item.first().locator('button').first().click();
}

/**
 * Waits until the one request to write that followed `saves` has reached the `persists` log.
 * The browser's report of a request comes through the shared browser's process, and can arrive
 * after the server here has written the file; counted late, it would be charged to the next test.
 */
async function sentOnce(saves: number) {
  await expect.poll(() => persists.length).toBe(saves + 1);
}

/** The shown input labelled `label` (an optional field's label ends “(可选)”). */
const visible = (label: string) => page.getByLabel(new RegExp(`^${label}( \\(可选\\))?$`)).filter({ visible: true });

describe('the editing desk as built', () => {
  const page = doc(join(DESK, 'index.html'));

  it('has its own policy, is not indexed, and is in no sitemap, search index or feed', () => {
    expect(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toBe(DESK_CSP);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(sitemapPaths().filter((p) => p.startsWith('/admin/'))).toEqual([]);
    // Pagefind reads only pages that mark their body; the feed lists news.
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readFileSync(join(DIST, 'rss.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('serves the configuration the schemas give now (if not, dist/ predates a change: rebuild)', () => {
    const yaml = readFileSync(join(DESK, 'config.yml'), 'utf8');
    expect(yaml.slice(yaml.indexOf('\n') + 1)).toBe(dump(deskConfig(), { lineWidth: -1, noRefs: true }));
  });

  it('serves Decap CMS from the site itself', () => {
    expect(readdirSync(DESK)).toEqual(expect.arrayContaining(['decap-cms.js', 'decap-cms.js.LICENSE.txt']));
    expect([...page.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!).filter((src) => !src.startsWith('/'))).toEqual([]);
  });
});

describe('the editing desk', () => {
  it('loads in Chinese with every collection, no console error and no request to another origin', async () => {
    await page.goto(`${desk.url}admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    for (const c of COLLECTION_NAMES.filter((name) => name !== 'figures')) {
      const label = (COLLECTIONS[c] as { label: string }).label;
      await expect(page.getByRole('link', { name: label, exact: true }).count(), label).resolves.toBeGreaterThan(0);
    }
    await expect(page.getByText('集合', { exact: true }).count()).resolves.toBe(1);
    expect(consoleErrors).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('opened straight at an entry, as a bookmark or a reload does, reads its file whole', async () => {
    const sources = JSON.parse(readFileSync(join(repo, 'data/sources.json'), 'utf8')) as unknown[];
    await open('/collections/sources/entries/sources');
    // Read without its format, the file shows as an empty list (“0 报道来源”), and saving it would empty it.
    await page.getByText(`${sources.length} 报道来源`, { exact: true }).waitFor({ timeout: 15_000 });
    expect(consoleErrors).toEqual([]);
  });

  it('corrects a figure’s wording: one line of the file changes, which passes the content check and the formatter', async () => {
    const before = readFileSync(DATASET, 'utf8').split('\n');
    const saves = persists.length;
    await open('/collections/datasets/entries/shanghai-certification');
    await openFigure(figure.wording);
    await visible('原文写法').fill(REPORTED);
    await publish();
    await expect
      .poll(() => JSON.parse(readFileSync(DATASET, 'utf8')).figures.find((f: { id: string }) => f.id === FIGURE).wording)
      .toBe(REPORTED);
    const text = readFileSync(DATASET, 'utf8');
    const changed = text.split('\n').filter((line, i) => line !== before[i]);
    expect(changed).toEqual([`      "wording": "${REPORTED}",`]);
    expect(
      execFileSync('node_modules/.bin/biome', ['format', '--stdin-file-path=data/datasets/shanghai-certification.json'], {
        input: text,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'ignore'],
      }),
    ).toBe(text);
    expect(checkContent(repo)).toEqual([]);
    await sentOnce(saves);
  });

  it('adds a news item whose file passes the content check', async () => {
    const before = new Set(readdirSync(join(repo, 'src/content/news')));
    const saves = persists.length;
    await open('/collections/news/new');
    await visible('标题').fill('编辑台测试：闵行两个中心同日启用');
    await visible('摘要').fill('闵行区和莘庄工业区的高技能人才服务中心在同一天启用。');
    await visible('年份').first().fill('2020');
    await visible('月份').first().fill('9');
    await pick('新闻类型', '活动');
    await pick('所属地区', '闵行区');
    await pick('来源报道', '本市首家区级高技能人才服务中心');
    await visible('正文').fill('两家中心当天同时启用，面向区内的技能人才。\n');
    await publish();
    await expect.poll(() => readdirSync(join(repo, 'src/content/news')).filter((f) => !before.has(f)).length).toBe(1);
    const added = readdirSync(join(repo, 'src/content/news')).find((f) => !before.has(f))!;
    expect(added).toMatch(/^news-\d{8}-\d{6}\.mdx$/);
    const text = readFileSync(join(repo, 'src/content/news', added), 'utf8');
    expect(text).toContain('title: 编辑台测试：闵行两个中心同日启用');
    expect(checkContent(repo)).toEqual([]);
    await sentOnce(saves);
  });

  it('refuses a value that the wording does not give before it saves, naming the file, the figure and the field', async () => {
    const before = readFileSync(DATASET, 'utf8');
    const saves = persists.length;
    await open('/collections/datasets/entries/shanghai-certification');
    await openFigure(REPORTED);
    await visible('数值').fill(String(figure.value + 1));
    await publish();
    const refusal = page.getByText(`data/datasets/shanghai-certification.json › figures › ${FIGURE} › value`, { exact: false });
    await expect(refusal.first().textContent()).resolves.toContain(`数值 ${figure.value + 1} 与原文措辞“${REPORTED}”`);
    // The field also as the form titles it.
    await expect(refusal.first().textContent()).resolves.toContain('value（数字 › 数值）');
    // Refused in the browser, as it would be through GitHub: nothing was sent to be written.
    expect(persists.length).toBe(saves);
    expect(readFileSync(DATASET, 'utf8')).toBe(before);
  });

  it('has the server answer only its own desk page: another site’s form is refused', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${desk.url}api/v1`, { method: 'POST', headers, body: JSON.stringify({ action: 'info', params: { branch: 'main' } }) });
    expect((await post({ 'content-type': 'application/json', origin: desk.url.slice(0, -1) })).status).toBe(200);
    expect((await post({ 'content-type': 'text/plain', origin: desk.url.slice(0, -1) })).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', origin: 'http://elsewhere.example' })).status).toBe(403);
  });

  it('has the server refuse what only the whole content shows (an id used twice), and writes nothing', async () => {
    const before = readFileSync(DATASET, 'utf8');
    const saves = persists.length;
    const taken = dataset.figures.find((f) => f.id !== FIGURE)!.id;
    await open('/collections/datasets/entries/shanghai-certification');
    await openFigure(REPORTED);
    await visible('编号').fill(taken);
    await publish();
    const refusal = page.getByText(`id “${taken}” 重复`, { exact: false });
    await expect(refusal.first().textContent()).resolves.toContain('data/datasets/shanghai-certification.json');
    await sentOnce(saves);
    expect(readFileSync(DATASET, 'utf8')).toBe(before);
  });
});

/** Chooses `option` in the pick-list labelled `label`, by typing its start as an editor would. */
async function pick(label: string, option: string) {
  const field = page.locator('[class*="ControlContainer"]').filter({ has: page.getByText(label, { exact: true }) });
  await field.first().locator('input').first().fill(option.slice(0, 4));
  await page.getByRole('option', { name: option }).first().click();
}
