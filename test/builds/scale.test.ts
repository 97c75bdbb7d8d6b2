/**
 * Lists that scale: the site built with 240 generated profiles, 50 more news items and a
 * dataset of 70 figures (the benchmark's generator, scripts/bench/generate.ts). That is
 * enough for every listing to run over several pages, and for the craftsmen listing to run
 * over 11 (more than the nine page links a later page may carry, so a pager that listed
 * every page on every page would fail here). No page lists more than a few dozen craftsmen,
 * news items or figures, nor the feed more than 50 items; every page of every listing, and
 * every profile, news item and figure, is within three clicks of the home page; and a
 * reader with JavaScript off pages through a listing and jumps to any page in Chromium. The
 * search page's answer data holds every figure but none of the generated profiles: it grows
 * with the figures, not with the people.
 *
 * The same build is the one made for a deployment address (SITE_URL): every link, citation
 * and feed entry names that address, and no file names the local preview or a placeholder.
 * And it holds a chart added as an editor adds one, by a declaration in data/charts.json over
 * the generated figures, with no code change: it must reach every place a chart goes.
 *
 * And it is built as on a machine with only Node and npm (issue 29): no Chromium and no system
 * font can be seen, and BRIEFS is left to its default. The site is complete and link-clean
 * without the briefs, and the build says so once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ours } from '../../scripts/bench/generate.ts';
import type { AnswerIndex, AnswerShard } from '../../src/client/answer.ts';
import type { NamesFile } from '../../src/client/names.ts';
import { CHROMIUM } from '../../src/lib/briefs-plan.ts';
import { CARDS_PER_PAGE } from '../../src/lib/present/pages.ts';
import { serve } from '../../src/lib/static-server.ts';
import { connect } from '../support/browser.ts';
import { decodePageQr } from '../support/qr.ts';
import { buildEnv, PLACEHOLDER, STORE, texts } from '../support/site.ts';

const PROFILES = 240;
const DEPLOYED = 'https://jiangxin.gov.cn/';
const work = mkdtempSync(join(tmpdir(), 'atlas-scale-'));
const dist = join(work, 'dist');
/** What stands in for the hidden browser and font folders. */
const empty = join(work, 'hidden');
/** Where Debian and most Linux systems keep fonts, and fontconfig its cache of them. */
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', '/var/cache/fontconfig'];
/** What the build printed. */
let log = '';
/** Path → the internal addresses its links go to (fragments dropped). */
const links = new Map<string, Set<string>>();
const browser = await connect();
let stop: () => void;
let base: string;

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name === 'index.html' ? [join(dir, e.name)] : [],
  );
}

/**
 * A chart declared over three generated figures of one district (the generator gives figure
 * i to the i % 7th district), as data alone. Its note must reach the district's showcase,
 * from which the brief is printed (test/site/print.test.ts holds every showcase's chart notes
 * to its PDF).
 */
const ADDED = {
  id: 'added-by-data',
  kind: 'counts',
  title: '按数据添加的图表：三个测试数字',
  subtitle: '测试数字；{standsAt:bench-figure-0}',
  axis: '人次',
  series: [{ bars: [0, 7, 14].map((i) => ({ figure: `bench-figure-${i}`, label: `测试数字${i}` })) }],
  notes: ['这是测试用的图表注释，最大的一项是{top}。'],
};

beforeAll(async () => {
  ours(process.cwd(), work, PROFILES, { news: 50, figures: 70 });
  // From a copy of this project's content store: the real entries load as in a second build.
  if (existsSync(STORE)) cpSync(STORE, join(work, STORE), { recursive: true });
  const declarations = JSON.parse(readFileSync(join(work, 'data/charts.json'), 'utf8')) as unknown[];
  writeFileSync(join(work, 'data/charts.json'), JSON.stringify([...declarations, ADDED], null, 2));
  // Built as on a machine with only Node and npm: in a mount namespace of its own, where the
  // browser this machine has and every system font folder are hidden (empty in their place),
  // with the briefs left to the default (BRIEFS=auto). The share images draw with the font
  // npm installs; the briefs are left out, once, with a note.
  const hide = [
    ...[CHROMIUM].filter(existsSync).map((f) => `mount --bind ${empty}/file ${f}`),
    ...FONT_DIRS.filter(existsSync).map((d) => `mount --bind ${empty}/dir ${d}`),
  ];
  mkdirSync(join(empty, 'dir'), { recursive: true });
  writeFileSync(join(empty, 'file'), '');
  const built = spawnSync(
    'unshare',
    ['--mount', 'sh', '-ec', `${hide.join('\n')}\nexec "$0" build`, join(process.cwd(), 'node_modules/.bin/astro')],
    {
      cwd: work,
      // An image cache of its own, empty: every share image is drawn here, without system fonts.
      env: buildEnv({ SITE_URL: DEPLOYED, BRIEFS: 'auto', OG_CACHE_DIR: join(work, 'image-cache') }),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  log = built.stdout + built.stderr;
  if (built.status !== 0) throw new Error(`the generated site did not build:\n${built.stdout.slice(-3000)}\n${built.stderr.slice(-3000)}`);
  // What the build's own hooks reported (images drawn, briefs, search), for the run's log.
  console.log(
    built.stdout
      .split('\n')
      .filter((l) => /skills-atlas:|built in/.test(l))
      .join('\n'),
  );
  for (const file of pages(dist)) {
    const path = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    const html = readFileSync(file, 'utf8');
    links.set(path, new Set([...html.matchAll(/href="(\/[^"#]*)/g)].map((m) => m[1]!)));
  }
  const served = await serve(dist);
  base = served.url;
  stop = () => served.server.close();
}, 600_000);

afterAll(() => {
  stop?.();
  rmSync(work, { recursive: true, force: true });
});

/** Distinct entries of one kind a page links to: /craftsmen/<id>/, not a listing's page /craftsmen/2/. */
const entries = (path: string, kind: string) =>
  [...links.get(path)!].filter((h) => new RegExp(`^/${kind}/[a-z0-9-]*[a-z][a-z0-9-]*/$`).test(h));

describe(`the site at ${PROFILES} generated profiles`, () => {
  it('built every profile', () => {
    expect([...links.keys()].filter((p) => /^\/craftsmen\/bench-\d+\/$/.test(p))).toHaveLength(PROFILES);
  });

  it('no page lists more than a few dozen craftsmen, news items or figures', () => {
    const long = [...links.keys()].flatMap((path) =>
      ['craftsmen', 'news', 'figures'].flatMap((kind) => {
        const n = entries(path, kind).length;
        return n > 64 ? [`${path}: ${n} ${kind}`] : [];
      }),
    );
    expect(long).toEqual([]);
  });

  it("a listing's later pages link to a few of its pages, not all of them (only the first page holds the full list)", () => {
    // More pages than a later page may link to, or this check could not fail.
    expect([...links.keys()].filter((p) => /^\/craftsmen\/\d+\/$/.test(p)).length + 1).toBeGreaterThan(9);
    // Every page number on every page made each page grow with the listing: O(pages²) in all.
    const later = [...links.keys()].filter((p) => /\/\d+\/$/.test(p));
    expect(later.length).toBeGreaterThan(20);
    const crowded = later.flatMap((path) => {
      const first = path.replace(/\d+\/$/, '');
      const own = [...links.get(path)!].filter((h) => h === first || (h.startsWith(first) && /^\d+\/$/.test(h.slice(first.length))));
      return own.length > 9 ? [`${path}: ${own.length}`] : [];
    });
    expect(crowded).toEqual([]);
  });

  it('the news feed carries the newest 50 items, not the whole archive', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed.match(/<item>/g)).toHaveLength(50);
  });

  it('the craftsmen listing, its filters, news, figures and datasets run over numbered pages', () => {
    const paged = [...links.keys()].filter((p) => /\/\d+\/$/.test(p));
    for (const listing of [
      '/craftsmen/',
      '/craftsmen/district/minhang/',
      '/craftsmen/trade/manufacturing/',
      '/news/',
      '/figures/',
      '/data/bench/',
    ])
      expect(paged.filter((p) => p.startsWith(listing) && /^\d+\/$/.test(p.slice(listing.length))).length, listing).toBeGreaterThan(0);
    // Each profile is on exactly one page of the unfiltered listing.
    const listed = [...links.keys()].filter((p) => /^\/craftsmen\/(\d+\/)?$/.test(p)).flatMap((p) => entries(p, 'craftsmen'));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe([...links.keys()].filter((p) => /^\/craftsmen\/[a-z][a-z0-9-]*\/$/.test(p)).length);
  });

  it('every page of every listing, and every profile, news item and figure, is within three clicks of home', () => {
    const depth = new Map<string, number>([['/', 0]]);
    let frontier = ['/'];
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const p of frontier)
        for (const h of links.get(p) ?? [])
          if (links.has(h) && !depth.has(h)) {
            depth.set(h, d);
            next.push(h);
          }
      frontier = next;
    }
    const wanted = [...links.keys()].filter((p) => /^\/(craftsmen|news|figures|data)\/(.+\/)?[^/]+\/$/.test(p));
    expect(wanted.length).toBeGreaterThan(PROFILES + 100);
    expect(wanted.filter((p) => !depth.has(p))).toEqual([]);
  });

  it("with JavaScript off, a reader pages on, and jumps to any page through the first page's closed list of every page", async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } })).newPage();
    await page.goto(`${base}/craftsmen/`);
    const nav = page.getByRole('navigation', { name: '工匠列表分页' });
    await nav.getByRole('link', { name: '下一页' }).click();
    await page.waitForURL(`${base}/craftsmen/2/`);
    expect(await page.locator('main ul.grid > li').count()).toBe(CARDS_PER_PAGE);
    await expect(page.locator('main h2').first().textContent()).resolves.toContain(`本页第 ${CARDS_PER_PAGE + 1}–${2 * CARDS_PER_PAGE} 位`);
    await expect(nav.getByRole('link', { name: '第 2 页' }).getAttribute('aria-current')).resolves.toBe('page');
    // Only the first page holds every page number; a later page links to that list.
    const last = [...links.keys()].filter((p) => /^\/craftsmen\/\d+\/$/.test(p)).length + 1;
    expect(await nav.locator('details').count()).toBe(0);
    const toAll = nav.getByRole('link', { name: `所有页码（共 ${last} 页）` });
    expect((await toAll.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await toAll.click();
    await page.waitForURL(`${base}/craftsmen/#all-pages`);
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('DETAILS');
    // The full list is closed at first; opening it needs no script.
    const jump = page.getByRole('navigation', { name: '工匠列表分页' }).locator('details');
    expect(await jump.getByRole('link', { name: `第 ${last - 5} 页` }).isVisible()).toBe(false);
    await jump.locator('summary').click();
    await jump.getByRole('link', { name: `第 ${last - 5} 页` }).click();
    await page.waitForURL(`${base}/craftsmen/${last - 5}/`);
    expect(await page.locator('main ul.grid > li').count()).toBe(CARDS_PER_PAGE);
    await page.context().close();
  });
});

describe('the search page’s answer data', () => {
  const json = <T>(path: string) => JSON.parse(readFileSync(join(dist, 'search', path), 'utf8')) as T;
  const index = () => json<AnswerIndex>('answers.json');

  it('grows with the figures, not with the profiles', () => {
    const figures = new Set<string>();
    for (const file of readdirSync(join(dist, 'search/answers')))
      if (/^\d+\.json$/.test(file)) for (const f of json<AnswerShard>(`answers/${file}`).figures) figures.add(f.id);
    // Every figure is there, the 70 generated ones with ours …
    expect([...figures].filter((id) => id.startsWith('bench-figure-')).length).toBe(70);
    // … but no one of the 240 generated profiles, none of whom a figure belongs to.
    expect(index().owners.filter((o) => o.href.startsWith('/craftsmen/bench-'))).toEqual([]);
    expect(links.has('/craftsmen/bench-0/')).toBe(true);
  });

  it('the names a query is put right by hold every profile’s name once, in a few bytes each', () => {
    const names = json<NamesFile>('names.json').names;
    const profiles = readdirSync(join(dist, 'craftsmen')).filter((d) => d.startsWith('bench-'));
    expect(profiles.length).toBe(PROFILES);
    const generated = new Set(
      profiles.map((d) => /^name: (.+)$/m.exec(readFileSync(join(work, 'src/content/craftsmen', `${d}.mdx`), 'utf8'))![1]!),
    );
    expect(names.filter(([n, pinyin]) => generated.has(n) && !pinyin).length).toBe(generated.size);
    expect(readFileSync(join(dist, 'search/names.json')).length / names.length).toBeLessThan(24);
  });

  it('a place’s query loads its own generated figures, none of another place’s', () => {
    const bench = (
      JSON.parse(readFileSync(join(dist, '../data/datasets/bench.json'), 'utf8')) as { figures: { id: string; district: string }[] }
    ).figures;
    const places = index().owners.flatMap((o, i) => (o.href.startsWith('/districts/') ? [{ i, id: o.href.split('/')[2]! }] : []));
    expect(places.length).toBe(7);
    for (const { i, id } of places) {
      const loaded = json<AnswerShard>(`answers/${i}.json`).figures.filter((f) => f.id.startsWith('bench-figure-'));
      expect(loaded.map((f) => f.id).sort(), id).toEqual(
        bench
          .filter((f) => f.district === id)
          .map((f) => f.id)
          .sort(),
      );
    }
  });
});

describe('a chart added by data alone', () => {
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const district = () => JSON.parse(read('../data/datasets/bench.json')).figures[0].district as string;

  it('is drawn at every width on /charts/, on its own page and on its district’s showcase, with its note', () => {
    for (const path of ['charts/index.html', `charts/${ADDED.id}/index.html`, `districts/${district()}/index.html`]) {
      const html = read(path);
      const figure = html.slice(html.indexOf(`<figure class="chart" id="${ADDED.id}"`));
      expect(figure.length, path).toBeLessThan(html.length);
      expect(figure, path).toContain(ADDED.title);
      expect(figure.slice(0, figure.indexOf('</figure>')).match(/<svg data-w=/g)?.length, path).toBe(6);
      expect(figure, path).toContain('这是测试用的图表注释，最大的一项是测试数字14。');
    }
    for (const other of ['xiaoshan', 'lingang'].filter((d) => d !== district()))
      expect(read(`districts/${other}/index.html`)).not.toContain(`id="${ADDED.id}"`);
  });

  it('has an embed and every download, saying what, when and from where', () => {
    expect(read(`embed/${ADDED.id}/index.html`)).toContain(ADDED.title);
    const csv = read(`charts/${ADDED.id}.csv`);
    for (const i of [0, 7, 14]) expect(csv).toContain(`测试数字${i}`);
    expect(csv).toContain(String(1014));
    expect(read(`charts/${ADDED.id}.svg`)).toContain(ADDED.title);
    expect(JSON.parse(read(`charts/${ADDED.id}.json`)).figures).toEqual(['bench-figure-0', 'bench-figure-7', 'bench-figure-14']);
    for (const ext of ['xlsx', 'png']) expect(readFileSync(join(dist, `charts/${ADDED.id}.${ext}`)).length).toBeGreaterThan(1000);
  });
});

describe('a build for a deployment address', () => {
  it('names only that address: no placeholder, no local preview address in any file', () => {
    const files = texts(dist);
    expect(files.length).toBeGreaterThan(PROFILES);
    for (const [file, text] of files) {
      expect(text, file).not.toMatch(PLACEHOLDER);
      expect(text, file).not.toContain('127.0.0.1');
    }
    expect(files.find(([f]) => f === 'index.html')![1]).toContain(`<link rel="canonical" href="${DEPLOYED}"`);
    expect(files.find(([f]) => f === 'rss.xml')![1]).toContain(`<link>${DEPLOYED}news/`);
  });

  it('every QR code, read as a phone reads it, leads to its page at that address', () => {
    const codes = pages(dist).flatMap((file) => {
      const read = decodePageQr(readFileSync(file, 'utf8'));
      return read ? [[`/${relative(dist, file).replace(/index\.html$/, '')}`, read] as const] : [];
    });
    expect(codes.length).toBeGreaterThan(PROFILES);
    for (const [path, read] of codes) expect(read, path).toBe(new URL(path, DEPLOYED).href);
  });
});

describe('a build on a machine without Chromium or system fonts (BRIEFS=auto)', () => {
  it('says once that it left the briefs out, and how to get them', () => {
    expect(log.match(/no Chromium found at/g)?.length, log.slice(-3000)).toBe(1);
    expect(log).toContain('ensure-system.sh build');
  });

  it('still draws the share images, with the font npm installs', () => {
    expect(log).toMatch(/share images: [1-9]\d* drawn, 0 from cache/);
    expect(readFileSync(join(dist, 'og/districts/xiaoshan.png')).length).toBeGreaterThan(10_000);
  });

  it('makes no brief, and no showcase, header rule or sitemap entry names one', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).not.toContain('/briefs/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/briefs/');
    expect(existsSync(join(dist, 'briefs'))).toBe(false);
    const showcases = [...links.keys()].filter((p) => /^\/districts\/[a-z-]+\/$/.test(p));
    expect(showcases.length).toBeGreaterThanOrEqual(7);
    for (const p of showcases)
      expect(
        [...links.get(p)!].filter((h) => h.startsWith('/briefs/')),
        p,
      ).toEqual([]);
  });

  it('every internal link of every page still leads to a file', () => {
    const broken = [...links].flatMap(([from, hrefs]) =>
      [...hrefs]
        .filter((h) => !existsSync(join(dist, decodeURIComponent(h), h.endsWith('/') ? 'index.html' : '')))
        .map((h) => `${from} → ${h}`),
    );
    expect(broken).toEqual([]);
  });
});

/**
 * The briefs at this size, printed by the build's own code (src/integrations/briefs.ts) with
 * the Chromium this machine has, in a process of its own with an image cache of its own: the
 * build above could not, having no Chromium. Here the districts have more people and news
 * than two pages hold beside their charts; a brief that needed a third page would stop the
 * build, naming it.
 */
describe('the briefs of districts with more people and news than two pages hold', () => {
  let made: { id: string; pages: number }[] = [];
  beforeAll(() => {
    const printed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { writeBriefs } = await import('./src/integrations/briefs.ts');
         console.log(JSON.stringify(await writeBriefs(${JSON.stringify(dist)}, '2026-01-01')));`,
      ],
      { encoding: 'utf8', env: { ...process.env, OG_CACHE_DIR: join(work, 'brief-cache') } },
    );
    if (printed.status !== 0) throw new Error(`the briefs were not printed:\n${printed.stderr.slice(-3000)}`);
    made = JSON.parse(printed.stdout.trim().split('\n').at(-1)!).made;
  }, 300_000);

  it('are printed for every showcase, each on at most two A4 pages', () => {
    const showcases = [...links.keys()].filter((p) => /^\/districts\/[a-z-]+\/$/.test(p));
    expect(made.map((m) => `/districts/${m.id}/`).sort()).toEqual(showcases.sort());
    for (const m of made) expect(m.pages, m.id).toBeLessThanOrEqual(2);
  });

  it('list fewer where they must, and say how many of how many', () => {
    const notes = made.flatMap(({ id }) => {
      const text = spawnSync('pdftotext', [join(dist, 'briefs', `${id}.pdf`), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      return [...text.matchAll(/简报列出(?:其中|最近的)(\d+)[位篇]；(?:本区)?(?:全部|共)(\d+)[位篇]/g)].map(
        (m) => [id, Number(m[1]), Number(m[2])] as const,
      );
    });
    expect(notes.length, 'some brief lists fewer than its page').toBeGreaterThan(0);
    for (const [id, listed, all] of notes) expect(listed, id).toBeLessThan(all);
  });
});
