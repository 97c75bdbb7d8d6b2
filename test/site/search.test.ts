/**
 * Search as readers use it, in Debian's Chromium against the built site: Chinese names,
 * trades, organisations (full and short names), programmes, districts, two-character
 * words, four-character phrases and numbers, each with the page that must come back in
 * the first three results; the type filter; a shared /search/?q= link; and the
 * no-JavaScript form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { AnswerShard } from '../../src/client/answer.ts';
import { KIND_NAMES } from '../../src/schemas/figures.ts';
import { connect, pages } from '../support/browser.ts';

const base = inject('baseUrl');
const browser = await connect();
/** Pages for the tests that need one of their own, beside the shared search page. */
const fresh = pages(browser, base);
let page: Page;
beforeAll(async () => {
  page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/search/`);
});

/** [query, path expected among the first three results] */
const QUERIES: [string, string][] = [
  // people, by full name
  ['张建平', '/craftsmen/zhang-jianping/'],
  ['陆忠明', '/craftsmen/lu-zhongming/'],
  ['吴建鸿', '/craftsmen/wu-jianhong/'],
  ['刘锦久', '/craftsmen/liu-jinjiu/'],
  ['王露清', '/craftsmen/wang-luqing/'],
  ['陆立军', '/craftsmen/lu-lijun/'],
  ['戴华恺', '/craftsmen/dai-huakai/'],
  ['金素琴', '/craftsmen/jin-suqin/'],
  ['李庆恒', '/craftsmen/li-qingheng/'],
  ['王曙群', '/craftsmen/wang-shuqun/'],
  ['包起帆', '/craftsmen/bao-qifan/'],
  // trades, two-character words
  ['二胡', '/craftsmen/zhang-jianping/'],
  ['快递', '/craftsmen/li-qingheng/'],
  ['养老护理', '/organizations/shanghai-elderly-care-association/'],
  ['电力抢修', '/craftsmen/wang-luqing/'],
  // organisations, full and short names
  ['上汽', '/organizations/saic/'],
  ['上汽集团', '/organizations/saic/'],
  ['燃气行业协会', '/organizations/shanghai-gas-association/'],
  ['申通地铁', '/organizations/shentong-metro/'],
  ['波克科技', '/organizations/pook-tech/'],
  ['萧山技师学院', '/organizations/xiaoshan-technician-college/'],
  ['大零号湾', '/news/dalinghaowan-craftsman-academy/'],
  // programmes and phrases
  ['一十百千万', '/news/lingang-yishibaiqianwan-plan/'],
  ['临港工匠', '/news/lingang-yishibaiqianwan-plan/'],
  ['网约配送员', '/organizations/rajax/'],
  ['世界青年技能日', '/news/putuo-youth-skills-day/'],
  ['职业技能新势力', '/news/changning-new-occupations-handbook/'],
  // districts
  ['萧山', '/districts/xiaoshan/'],
  ['长宁区', '/districts/changning/'],
  ['闵行区', '/districts/minhang/'],
  ['莘庄工业区', '/organizations/xinzhuang-admin/'],
  // a long query with particles
  ['临港的工匠计划', '/news/lingang-yishibaiqianwan-plan/'],
  // numbers: a figure's value
  ['34840', '/figures/xiaoshan-training-achieved/'],
  ['96309', '/figures/changning-training-total/'],
];

async function search(q: string): Promise<string[]> {
  await page.fill('#search-input', q);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(
    (q) => new URL(location.href).searchParams.get('q') === q && !document.querySelector('#search-results')!.hasAttribute('aria-busy'),
    q,
  );
  // What the reader sees first: the direct answer's link, then the results.
  return page.$$eval('[data-answer-link], #search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('Chinese queries', () => {
  it.each(QUERIES)('“%s” finds %s in the first three results', async (q, path) => {
    const results = await search(q);
    expect(results.slice(0, 3)).toContain(path);
  });

  it('a query of junk particles finds nothing and says what to try', async () => {
    const results = await search('的的的');
    expect(results.length).toBe(0);
    await expect(page.locator('#search-status').textContent()).resolves.toContain('试试');
  });
});

describe('every craftsman, organisation and district is found by its name', () => {
  const names: [string, string][] = [
    ...(JSON.parse(readFileSync('data/organizations.json', 'utf8')) as { id: string; name: string }[]).map((o): [string, string] => [
      o.name,
      `/organizations/${o.id}/`,
    ]),
    ...readdirSync('src/content/craftsmen').map((f): [string, string] => [
      /^name: "?([^"\n]+)"?$/m.exec(readFileSync(`src/content/craftsmen/${f}`, 'utf8'))![1]!,
      `/craftsmen/${f.replace(/\.mdx$/, '')}/`,
    ]),
    ...readdirSync('src/content/districts').map((f): [string, string] => [
      /^name: "?([^"\n]+)"?$/m.exec(readFileSync(`src/content/districts/${f}`, 'utf8'))![1]!,
      `/districts/${f.replace(/\.mdx?$/, '')}/`,
    ]),
  ];
  it(`all ${names.length} names find their page on the first page of results`, async () => {
    const missing: string[] = [];
    for (const [name, path] of names) if (!(await search(name)).slice(0, 10).includes(path)) missing.push(`${name} → ${path}`);
    expect(missing).toEqual([]);
  });
});

describe('the index', () => {
  // Pagefind reads every HTML file but the craftsmen lists by filter (searchGlob): a page
  // marked for search that the glob missed would be absent from the index, unnoticed.
  it('holds every page marked for search, and only those', () => {
    const html = (readdirSync('dist', { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    const marked = html.filter((f) => readFileSync(`dist/${f}`, 'utf8').includes('data-pagefind-body'));
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(marked.length);
    // The pages the glob leaves out exist, and none of them is marked.
    const skipped = html.filter((f) => /^craftsmen\/(district|trade|level)\//.test(f));
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.filter((f) => marked.includes(f))).toEqual([]);
  });
});

/** The text Pagefind indexed for each page, from the fragment files it wrote. */
function indexedText(): Map<string, string> {
  const dir = 'dist/pagefind/fragment';
  const text = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    const json = gunzipSync(readFileSync(`${dir}/${f}`))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const { url, content } = JSON.parse(json) as { url?: string; content?: string };
    // One page per file below maxFragments; a change in Pagefind's format should say so here.
    if (typeof url !== 'string' || typeof content !== 'string') throw new Error(`${f}: not one page's fragment`);
    // Pagefind marks its word boundaries with zero-width spaces.
    text.set(url, content.replaceAll('\u200b', ''));
  }
  return text;
}

describe('what a profile is indexed by', () => {
  const text = indexedText();
  const profiles = [...text].filter(([url]) => /^\/craftsmen\/[^/]+\/$/.test(url));

  it('its employer, studio and honours by their full names, which its story need not spell out', () => {
    // The story says “杭州大有供电服务有限公司的萧山欣美分公司” and “第十五届‘首席技师’”.
    const profile = text.get('/craftsmen/wang-luqing/')!;
    expect(profile).toContain('杭州大有供电服务有限公司萧山欣美分公司');
    expect(profile).toContain('第十五届杭州市萧山区首席技师');
    expect(profile).toContain('王露清的工作室');
    // …each ending where it ends, not run on into the next.
    expect(profile).not.toContain('分公司王露清');
  });

  it('its trade and district by its header line, which other pages do not give to search', () => {
    expect(text.get('/craftsmen/wang-luqing/')!.startsWith('电力抢修 · 萧山区')).toBe(true);
    // A figure's line (实绩 · 萧山区) repeats its type tag and title, and led its excerpts.
    const figure = text.get('/figures/xiaoshan-training-digital-skills/')!;
    expect(figure.startsWith('萧山：数字技能人才培训')).toBe(true);
  });

  it('not the fact labels and dates every profile repeats, which would only crowd its excerpts', () => {
    expect(profiles.length).toBeGreaterThan(10);
    for (const [url, content] of profiles)
      for (const label of ['基本信息', '所在区', '报道时间', '报道未载明']) expect(content, url).not.toContain(label);
  });
});

describe('the direct answer', () => {
  it('answers a place and an indicator with the figure: wording, what it counts, date and status, source, permalink, siblings', async () => {
    await search('萧山 技能人才总量');
    const card = page.locator('[data-search-answer] section');
    await expect(card.locator('[data-answer-link]').getAttribute('href')).resolves.toBe('/figures/xiaoshan-skilled-talent-total/');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('超31万人'); // as the report words it
    expect(text).toContain('现有总数'); // its kind, as the site labels it
    expect(text).toContain('年份为推断'); // the inferred year, as standsAt writes it
    expect(text).toContain('/figures/xiaoshan-skilled-talent-total/');
    await expect(card.locator('a[href^="/sources/"]').count()).resolves.toBe(1);
    // more like this: its part, 高技能人才总量
    await expect(card.locator('ul a[href="/figures/xiaoshan-high-skilled-talent-total/"]').count()).resolves.toBe(1);
    // The answered figure is not listed again below, and the count of results says it stands apart
    // (the type counts, which include it, are one more).
    const listed = await page.$$eval('#search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed).not.toContain('/figures/xiaoshan-skilled-talent-total/');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    expect(status).toMatch(/^除上面的数字外，还找到 (\d+) 个结果/);
    const all = Number(/全部（(\d+)）/.exec((await page.locator('[data-search-filters]').textContent()) ?? '')?.[1]);
    expect(all).toBe(Number(/还找到 (\d+) 个/.exec(status)![1]) + 1);
  });

  it('appears as the reader types, without pressing Enter', async () => {
    const p = await fresh();
    await p.goto(`${base}/search/`);
    await p.locator('#search-input').pressSequentially('长宁 培训人次', { delay: 30 });
    // (on the way, 长宁 alone is answered with its page)
    await p.waitForSelector('[data-answer-link][href="/figures/changning-training-total/"]');
    await expect(p.locator('[data-answer-link]').first().getAttribute('href')).resolves.toBe('/figures/changning-training-total/');
  });

  it('loads the figures its query may mean, not every figure of the site', async () => {
    const files = readdirSync(new URL('../../dist/search/answers/', import.meta.url)).filter((f) => /^\d+\.json$/.test(f));
    for (const [q, answer] of [
      ['长宁 培训人次', '/figures/changning-training-total/'],
      // no place named: the pieces of its words first, then the figures that have them
      ['世赛 集训基地 数量', '/figures/worldskills-46-china-bases/'],
    ]) {
      const p = await fresh();
      const loaded: string[] = [];
      const note = (r: Request) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/search/answers')) loaded.push(path);
      };
      p.on('requestfinished', note);
      await p.goto(`${base}/search/?q=${encodeURIComponent(q!)}`);
      await p.waitForSelector('[data-answer-link]');
      await expect(p.locator('[data-answer-link]').getAttribute('href')).resolves.toBe(answer);
      expect(loaded[0], q).toBe('/search/answers.json');
      const figureFiles = loaded.filter((l) => /\/\d+\.json$/.test(l));
      expect(figureFiles.length, q).toBeGreaterThan(0);
      expect(figureFiles.length, q).toBeLessThan(files.length / 4);
      p.off('requestfinished', note);
    }
  });

  it('when its figures fail to load, shows the results and no note that the site has no such figure; the next query tries again', async () => {
    const p = await fresh();
    await p.route('**/search/answers/*.json', (route) => route.fulfill({ status: 503, body: '' }));
    try {
      await p.goto(`${base}/search/?q=${encodeURIComponent('长宁 培训人次')}`);
      await p.waitForFunction(
        () => !document.querySelector('#search-results')!.hasAttribute('aria-busy') && document.querySelector('#search-results li'),
      );
      await expect(p.locator('[data-answer-link]').count()).resolves.toBe(0);
      expect((await p.locator('[data-search-miss]').textContent()) ?? '').toBe('');
    } finally {
      await p.unroute('**/search/answers/*.json');
    }
    await p.locator('#search-input').fill('长宁 培训人次 ');
    await p.waitForSelector('[data-answer-link]');
    await expect(p.locator('[data-answer-link]').getAttribute('href')).resolves.toBe('/figures/changning-training-total/');
  });

  it('says so when search cannot load, instead of searching forever', async () => {
    const p = await fresh();
    await p.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 503, body: '' }));
    try {
      await p.goto(`${base}/search/?q=${encodeURIComponent('二胡')}`);
      await p.waitForFunction(() => document.querySelector('#search-status')!.textContent!.includes('搜索暂时无法完成'));
      await expect(p.locator('#search-results').getAttribute('aria-busy')).resolves.toBeNull();
    } finally {
      await p.unroute('**/pagefind/pagefind.js');
    }
  });

  it('waits for the characters an input method composes, and searches them when it commits', async () => {
    const p = await fresh();
    await p.goto(`${base}/search/`);
    await p.locator('#search-input').focus();
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Input.imeSetComposition', { text: 'changning', selectionStart: 9, selectionEnd: 9 });
    // Longer than the pause after which a change is searched.
    await p.waitForTimeout(400);
    expect(new URL(p.url()).searchParams.get('q'), 'no search for the pinyin being composed').toBeNull();
    await expect(p.locator('#search-results li').count()).resolves.toBe(0);
    await cdp.send('Input.insertText', { text: '长宁 培训人次' });
    await p.waitForSelector('[data-answer-link]');
    await expect(p.locator('[data-answer-link]').getAttribute('href')).resolves.toBe('/figures/changning-training-total/');
    expect(new URL(p.url()).searchParams.get('q')).toBe('长宁 培训人次');
    await cdp.detach();
  });

  it('is not given when nothing matches: the page says so, offers the nearest figures and the district', async () => {
    for (const q of ['萧山 集装箱 吞吐量', '北京 技能人才 总量']) {
      await search(q);
      await expect(page.locator('[data-answer-link]').count()).resolves.toBe(0);
      const miss = (await page.locator('[data-search-miss]').textContent()) ?? '';
      expect(miss, q).toContain('本站没有');
      await expect(page.locator('[data-search-miss] a[href^="/figures/"]').count()).resolves.toBeGreaterThan(0);
    }
    await search('萧山 集装箱 吞吐量');
    await expect(page.locator('[data-search-miss] a[href="/districts/xiaoshan/"]').count()).resolves.toBe(1);
  });

  it('says which word of a query no page holds, so results for the others are not taken for an answer', async () => {
    await search('北京 工匠');
    const status = (await page.locator('#search-status').textContent()) ?? '';
    expect(status).toMatch(/^没有找到含“北京”的内容；下面的结果只含其余的词。找到 \d+ 个结果/);
    await expect(page.locator('#search-results li').count()).resolves.toBeGreaterThan(0);
    await search('普陀 工匠');
    expect(await page.locator('#search-status').textContent()).toMatch(/^找到 \d+ 个结果/);
  });
});

describe('names and places typed not quite as the site writes them', () => {
  it('a name one character off is searched as the name, saying so, with the words as typed a click away', async () => {
    const paths = await search('王路清 保电');
    expect(paths[0]).toBe('/craftsmen/wang-luqing/');
    const fix = page.locator('[data-search-fix]');
    await expect(fix.textContent()).resolves.toBe('没有找到“王路清”，下面按“王露清”搜索。仍按“王路清 保电”搜索');
    expect(new URL(page.url()).searchParams.get('q')).toBe('王路清 保电');
    await fix.locator('button').click();
    await page.waitForFunction(() => !document.querySelector('#search-results')!.hasAttribute('aria-busy'));
    await expect(fix.isHidden()).resolves.toBe(true);
    const asTyped = await page.$$eval('#search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(asTyped).not.toContain('/craftsmen/wang-luqing/');
    // a name the site has, typed right, is left alone
    await search('王露清 保电');
    await expect(fix.isHidden()).resolves.toBe(true);
  });

  it('keeps the words as typed when a filter is chosen after a name was put right', async () => {
    await search('王路清 保电');
    await page.click('[data-search-filters] button:has-text("工匠")');
    await page.waitForFunction(
      () =>
        new URL(location.href).searchParams.get('type') === '工匠' && !document.querySelector('#search-results')!.hasAttribute('aria-busy'),
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('王路清 保电');
    await expect(page.locator('[data-search-fix]').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-results li > a').first().getAttribute('href')).resolves.toBe('/craftsmen/wang-luqing/');
    await page.goto(`${base}/search/`);
  });

  it('leaves alone words that are no name the site has: another surname, another place, a common word', async () => {
    for (const q of ['李建平', '金山区 培训', '上海人', '区总工会', '宝钢集团', '北京朝阳']) {
      await search(q);
      await expect(page.locator('[data-search-fix]').isHidden(), q).resolves.toBe(true);
    }
  });

  it('a name in pinyin, in syllables or surname last, finds the person', async () => {
    for (const q of ['wang shuqun', 'Shuqun Wang']) expect((await search(q))[0], q).toBe('/craftsmen/wang-shuqun/');
  });

  it('a district with its city before it, and a number in characters where the figure has digits', async () => {
    expect((await search('杭州市萧山区技能人才一共有多少人'))[0]).toBe('/figures/xiaoshan-skilled-talent-total/');
    expect((await search('上海市长宁区近三年培训总人次'))[0]).toBe('/figures/changning-training-total/');
  });

  it('questions as people ask them keep their answer: 多少 with a measure word, a year alone, 共, 全区, 完成了多少', async () => {
    for (const [q, path] of [
      ['萧山有多少家技能大师工作室', '/figures/xiaoshan-master-studios-total/'],
      ['长宁区共培训多少人次', '/figures/changning-training-total/'],
      ['萧山全区技能人才总量', '/figures/xiaoshan-skilled-talent-total/'],
      ['萧山 2023 技能人才总量', '/figures/xiaoshan-skilled-talent-total/'],
      ['萧山 培训 完成了多少', '/figures/xiaoshan-training-achieved/'],
    ] as const)
      expect((await search(q))[0], q).toBe(path);
    // a year or a number no figure has is not answered by another's
    // (2023 人次 is a count, not the year 2023: a unit follows it)
    for (const q of ['萧山 1990年 技能人才总量', '萧山 培训 2020人次', '萧山 培训 2023 人次']) {
      await search(q);
      await expect(page.locator('[data-answer-link]').count(), q).resolves.toBe(0);
    }
  });

  it('a name with a title typed onto it, or a question about who, finds the person', async () => {
    expect((await search('李庆恒师傅'))[0]).toBe('/craftsmen/li-qingheng/');
    expect((await search('王路清是谁'))[0]).toBe('/craftsmen/wang-luqing/');
    expect((await search('张建平是谁'))[0]).toBe('/craftsmen/zhang-jianping/');
    // and a question word after a figure's words does not cost the answer
    expect((await search('萧山 培训人次 如何'))[0]).toBe('/figures/xiaoshan-training-achieved/');
  });

  it('a question about a place as a whole is answered with its page, not a note that no figure answers', async () => {
    for (const q of ['萧山 工作概况', '长宁区 技能工作 概况']) expect((await search(q))[0], q).toMatch(/^\/districts\//);
    const paths = await search('闵行区技能人才工作概况');
    expect(paths[0]).toBe('/districts/minhang/');
    expect(paths.indexOf('/districts/minhang/', 1), 'the page is not listed again').toBe(-1);
    await expect(page.locator('[data-search-answer] .eyebrow').textContent()).resolves.toBe('直接回答 · 专页');
    await expect(page.locator('[data-search-miss]').textContent()).resolves.toBe('');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^除上面的专页外，还找到 \d+ 个结果/);
  });

  it('a place’s name and nothing else is answered with its page and its key figures', async () => {
    for (const q of ['浙江省杭州市萧山区', 'minhang']) {
      const paths = await search(q);
      expect(paths[0], q).toMatch(/^\/districts\/(xiaoshan|minhang)\/$/);
      await expect(page.locator('[data-search-answer] .eyebrow').textContent()).resolves.toBe('直接回答 · 专页');
      await expect(page.locator('[data-search-answer] p.small').first().textContent(), q).resolves.toMatch(/^\S+的主要数字：$/);
    }
    // a body's figures are listed as its figures: only a showcase's key figures are its “主要数字”
    expect((await search('萧山技师学院'))[0]).toBe('/organizations/xiaoshan-technician-college/');
    await expect(page.locator('[data-search-answer] p.small').first().textContent()).resolves.toBe('萧山技师学院的数字：');
    // a place with no figure of its own: the card says so rather than promise figures
    expect((await search('上海市浦东新区'))[0]).toBe('/districts/pudong/');
    await expect(page.locator('[data-search-answer]').textContent()).resolves.toContain('本站没有记在它名下的数字');
  });

  it('a kind of page asked of a place is answered with its list of them, and no note that no figure answers', async () => {
    // 能工巧匠 asks for craftsmen as 工匠 does, typed onto the place's name with a question word
    for (const q of ['萧山有哪些能工巧匠', '闵行 师傅']) {
      const paths = await search(q);
      expect(paths[0], q).toMatch(/^\/craftsmen\/district\/(xiaoshan|minhang)\/$/);
      await expect(page.locator('[data-search-answer] .eyebrow').textContent()).resolves.toBe('直接回答 · 列表');
      await expect(page.locator('[data-search-miss]').textContent()).resolves.toBe('');
      expect(
        paths.slice(1, 4).every((p) => p.startsWith('/craftsmen/')),
        q,
      ).toBe(true);
    }
    // a place without such a list: its results, with no note either
    await search('普陀 工匠');
    await expect(page.locator('[data-search-answer]').textContent()).resolves.toBe('');
    await expect(page.locator('[data-search-miss]').textContent()).resolves.toBe('');
  });

  it('a share no report gives is answered by the chart that computes it, said to be the site’s own number', async () => {
    const paths = await search('长宁 线上培训 占比');
    expect(paths[0]).toBe('/charts/changning-training/');
    await expect(page.locator('[data-search-answer] .eyebrow').textContent()).resolves.toBe('直接回答 · 本站计算');
    await expect(page.locator('[data-search-answer] h2').textContent()).resolves.toContain('本站算得');
    await expect(page.locator('[data-search-answer]').textContent()).resolves.toContain('报道没有给出这个占比');
    // the figure it is computed from is a click away
    await expect(page.locator('[data-search-answer] a[href="/figures/changning-training-online/"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-search-miss]').textContent()).resolves.toBe('');
    // a share the report gives is its figure
    expect((await search('萧山 等级认定 企业自己培养的比例'))[0]).toBe('/figures/xiaoshan-certification-self-trained-share/');
    // and a figure whose share a report gives (企业自主培育 3066人, 51.74%) is never said to have none
    const dir = new URL('../../dist/search/answers/', import.meta.url);
    const figures = readdirSync(dir)
      .filter((f) => /^\d+\.json$/.test(f))
      .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as AnswerShard).figures);
    const computed = figures.filter((f) => f.sharedIn);
    expect(computed.map((f) => f.id)).toContain('changning-training-online');
    for (const f of computed)
      expect(
        f.related.map((r) => r.kindLabel),
        f.id,
      ).not.toContain(KIND_NAMES.share);
  });

  it('the counts above the results count what is shown: pages put first, and pages holding most of the words', async () => {
    for (const q of ['萧山有哪些能工巧匠', '教直播带货的那个校长是哪位']) {
      await search(q);
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const all = (await page.locator('[data-search-filters] button').first().textContent()) ?? '';
      expect(all, q).toBe(`全部（${/找到 (\d+) 个结果/.exec(status)?.[1]}）`);
    }
  });

  it('a body named with words no figure answers is answered with its page', async () => {
    const paths = await search('萧山技师学院 合作企业 产教融合');
    expect(paths[0]).toBe('/organizations/xiaoshan-technician-college/');
    await expect(page.locator('[data-search-answer] .eyebrow').textContent()).resolves.toBe('直接回答 · 专页');
  });

  it('and where a figure answers the rest of its words, with the figure, the page beside it', async () => {
    await search('上海市 企业技能评价 工作成效');
    const links = await page.$$eval('[data-answer-link]', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links[0]).toMatch(/^\/figures\//);
    expect(links).toContain('/districts/shanghai/');
    // a number asked about is answered by the figure alone
    await search('萧山 技能人才总量');
    await expect(page.locator('[data-answer-link][href^="/districts/"]').count()).resolves.toBe(0);
  });
});

describe('the results', () => {
  it('a question typed as one run with a word no page has still finds what its other words name', async () => {
    // 哪年 and 开始办 are on no page: the words are left out one at a time from the end
    expect((await search('行行出状元擂台赛从哪年开始办')).slice(0, 3)).toContain('/figures/xiaoshan-tv-skills-contest-years/');
    expect((await search('陆立军哪年获评浙江省技术能手')).slice(0, 3)).toContain('/craftsmen/lu-lijun/');
  });

  it('a question few pages hold every word of still finds the pages holding most of them, a name the segmenter splits kept whole', async () => {
    // 拿到 and 第一个 are on the news item only; 何梁何利奖 is a name read as five characters
    expect((await search('第一个拿到何梁何利奖的技能人才')).slice(0, 3)).toContain('/craftsmen/wang-shuqun/');
    // 教 and 那个 are no page's words for the person
    expect((await search('教直播带货的那个校长是哪位')).slice(0, 3)).toContain('/craftsmen/ren-yujie/');
    // a page the query names by its title comes first among the results
    expect((await search('就业促进中心周国良讲话说了啥')).slice(0, 3)).toContain('/people/zhou-guoliang/');
  });

  it('a kind of page asked for that none of the kind holds every word of: those holding most, at least half', async () => {
    // no chart says 按类型分布; the chart of certifying bodies by type holds the rest
    expect((await search('上海认定机构 按类型分布 图表'))[0]).toBe('/charts/shanghai-certifiers-by-type/');
    // no event is 普陀's: no event that holds only 技能 comes before the news item that holds them all
    expect((await search('普陀 世界青年技能日 活动'))[0]).toBe('/news/putuo-youth-skills-day/');
  });

  it('a title that holds the words typed comes first, its quotation marks aside', async () => {
    // the news item’s title is 临港新片区推出“一十百千万”职工技能登高计划
    expect((await search('一十百千万职工技能登高计划'))[0]).toBe('/news/lingang-yishibaiqianwan-plan/');
  });

  it('finds no page by its share image: a file type, a folder or a slug is no word of the page', async () => {
    // Every page carries a share image (/og/craftsmen/zhang-jianping.png); once its path was
    // indexed, “png” and “og” found 263 and 254 pages. Only pages whose text says PNG may come.
    await search('og');
    await expect(page.locator('#search-results li').count()).resolves.toBe(0);
    // A slug is read as the pinyin of a name (names.ts), and searched as that name; as typed, it finds nothing.
    await search('zhang-jianping');
    await expect(page.locator('[data-search-fix]').textContent()).resolves.toContain('下面按“张建平”搜索');
    await page.click('[data-search-fix] button');
    await page.waitForFunction(() => !document.querySelector('#search-results')!.hasAttribute('aria-busy'));
    await expect(page.locator('[data-search-fix]').isHidden()).resolves.toBe(true);
    await expect(page.locator('#search-results li').count()).resolves.toBe(0);
    const png = await search('png');
    expect(png.length).toBeLessThan(5);
  });

  it('a broad query shows past its first twenty, from the keyboard', async () => {
    await search('技能');
    await expect(page.locator('#search-results > li').count()).resolves.toBe(20);
    const more = page.locator('[data-search-more] button');
    await expect(more.textContent()).resolves.toMatch(/更多结果（还有 \d+ 个）/);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 20);
    // focus goes to the first new result, so the reader reads on from there
    expect(await page.evaluate(() => [...document.querySelectorAll('#search-results > li > a')].indexOf(document.activeElement!))).toBe(20);
  });

  it('excerpts start where a sentence does, or say with “…” that they do not', async () => {
    const text = indexedText();
    const norm = (s: string) => s.replace(/\.\s+/g, '。').replace(/\s+/g, '');
    const pages = new Map([...text].map(([url, t]) => [url, norm(t)]));
    let starts = 0;
    for (const q of ['李庆恒 快递', '张建平 获奖', '萧山 工匠', '临港 培训', '大师工作室', '二胡']) {
      await search(q);
      const shown = await page.$$eval('#search-results li', (lis) =>
        lis.map((li) => ({ url: new URL(li.querySelector('a')!.href).pathname, excerpt: li.querySelector('p')!.textContent ?? '' })),
      );
      for (const { url, excerpt } of shown) {
        const t = pages.get(url);
        const head = norm(excerpt).slice(0, 8);
        const at = t?.indexOf(head) ?? -1;
        if (excerpt.startsWith('…') || at < 0) continue;
        starts++;
        expect(at === 0 || /[。！？；!?;·]/.test(t![at - 1]!), `${q} → ${url}: ${excerpt}`).toBe(true);
      }
    }
    expect(starts, 'excerpts found in their pages').toBeGreaterThan(20);
  });

  it('excerpts read as sentences: no ids, alias lists or hidden keyword lists', async () => {
    for (const q of ['萧山', '上汽', '临港工匠', '认定机构', '培训', '工匠', '王露清 保电']) {
      await search(q);
      const excerpts = await page.$$eval('#search-results li p', (ps) => ps.map((p) => p.textContent ?? ''));
      for (const e of excerpts) {
        expect(e, q).not.toMatch(/^[.。]/); // no full stop left behind by what was cut
        expect(e, q).not.toMatch(/又称|也称|关键词：|相关词：|固定编号|[a-z0-9]+-[a-z0-9]+-[a-z0-9]+/);
        // no excerpt that is a list of keywords or names, or of names or links, where a
        // sentence should be (a sentence may still list: 如西点、插花、…)
        expect(e, q).not.toMatch(/^…?(?:[^。，；、\s]{1,14}、){4,}/);
        expect(e, q).not.toMatch(/^…?(?:[^。，；、：\s]{1,8}。){4,}/);
      }
    }
  });

  it('an excerpt from a page’s list of facts reads each as a sentence, not labels and values run together', async () => {
    for (const q of ['上海市浦东新区', '上海 燃气行业协会']) {
      await search(q);
      const excerpts = (await page.$$eval('#search-results li p', (ps) => ps.map((p) => p.textContent ?? ''))).join('\n');
      // “地区上海市机构上海市燃气行业协会数据集…” was how they read
      expect(excerpts, q).not.toMatch(/(?:地区|机构|数据集|来源报道|全称|所在|认定机构类型)\s?上海/);
      expect(excerpts, q).toMatch(/(?:地区|全称)：\s?上海/);
    }
  });

  it('listing pages come after the items they list, and figures first when a number is asked', async () => {
    for (const q of ['萧山 培训目标', '萧山 新增技能人才 完成情况', '萧山 高技能人才']) {
      const paths = await search(q);
      const firstListing = paths.findIndex((u) => /^\/[^/]+\/(\d+\/)?$/.test(u));
      const lastItem = paths.findLastIndex((u) => !/^\/[^/]+\/(\d+\/)?$/.test(u));
      if (firstListing >= 0) expect(firstListing, `${q}: ${paths.join(' ')}`).toBeGreaterThan(lastItem);
    }
    const paths = await search('萧山 培训 完成率');
    expect(paths.slice(0, 3).every((u) => u.startsWith('/figures/'))).toBe(true);
  });
});

describe('the search page', () => {
  it('loads results from a shared /search/?q= link without typing', async () => {
    const p = await fresh();
    await p.goto(`${base}/search/?q=${encodeURIComponent('二胡')}`);
    await p.waitForSelector('#search-results li a');
    expect(await p.inputValue('#search-input')).toBe('二胡');
  });

  it('filters results by type with counts, and keeps the filter in the URL', async () => {
    await search('萧山');
    const button = page.locator('[data-search-filters] button', { hasText: '工匠' });
    await expect(button.textContent()).resolves.toMatch(/工匠（\d+）/);
    await button.click();
    await page.waitForURL(/type=/);
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results li .tag')].every((t) => t.textContent === '工匠'));
    const types = await page.$$eval('#search-results li .tag', (t) => t.map((x) => x.textContent));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['工匠']));
    await page.locator('[data-search-filters] button', { hasText: '全部' }).click();
  });

  it('sorts by date, newest first, on request', async () => {
    const p = await fresh();
    await p.goto(`${base}/search/?q=${encodeURIComponent('技能')}&type=${encodeURIComponent('新闻')}`);
    await p.waitForSelector('#search-results li a');
    await p.locator('[data-search-filters] button', { hasText: '按时间排序' }).click();
    await p.waitForURL(/sort=date/);
    // The list says when it has settled: the button's new label comes before the re-sorted list.
    await p.waitForSelector('#search-results:not([aria-busy])');
    expect(await p.textContent('[data-search-filters] button:last-child')).toBe('按相关度排序');
    const paths = await p.$$eval('#search-results li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(3);
    // the newest reported news item with a known year comes first
    expect(paths[0]).toBe('/news/xiaoshan-training-drive/');
    // pages with no date are not listed, and the page says so beside counts that hold them
    await p.goto(`${base}/search/?q=${encodeURIComponent('王露清')}&sort=date`);
    await p.waitForSelector('#search-results:not([aria-busy]) li a');
    const all = Number(/全部（(\d+)）/.exec((await p.textContent('[data-search-filters]')) ?? '')?.[1]);
    // a name alone is answered with the person's page, which the list then leaves out
    const listed = (await p.locator('#search-results > li').count()) + (await p.locator('[data-answer-link]').count());
    expect(listed).toBeLessThan(all);
    expect(await p.textContent('#search-status')).toContain(`另有 ${all - listed} 个页面没有日期，按时间排序时不列出。`);
  });

  it('"/" focuses the search box and arrow keys move through the results', async () => {
    const p = await fresh();
    await p.goto(`${base}/search/?q=${encodeURIComponent('萧山')}`);
    await p.waitForSelector('#search-results li a');
    await p.locator('h1').click();
    await p.keyboard.press('/');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await p.keyboard.press('ArrowDown');
    const first = await p.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    // the direct answer's link first (a place alone is answered with its page), then the results
    expect(first).toBe(await p.$eval('[data-answer-link], #search-results li a', (a) => (a as HTMLAnchorElement).href));
    await p.keyboard.press('Enter');
    await p.waitForURL(first);
  });

  it('without JavaScript the header box still submits to /search/ and says how else to find things', async () => {
    const p = await fresh({ javaScriptEnabled: false });
    await p.goto(`${base}/news/`);
    await p.fill('#site-search', '上汽');
    await p.press('#site-search', 'Enter');
    await p.waitForURL(/\/search\/\?q=/);
    // What a reader sees: the <noscript> hint is rendered only when scripts are off.
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the rendered text, which is the point here.
    await expect(p.locator('main').innerText()).resolves.toContain('搜索需要启用 JavaScript');
  });
});
