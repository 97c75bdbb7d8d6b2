/**
 * Issue 27, item 1, in the built site: only a national figure is called 全国 on its page, in
 * its citations and downloads; an inferred date part is marked, or left out, in the news
 * pages' citations and JSON-LD, the events' JSON-LD and the feed, and never written as a
 * plain date (the generators themselves: test/unit/whose-and-when.test.ts).
 * Issue 28: every showcase, chart and dataset page shows, on screen under its title, when its
 * numbers stand (with each date's caveat, never an unknown part) and when the site last
 * updated them (from the repository's history, never the build's day), measured in Chromium;
 * no page says 生成日期, which a reader takes for the data's date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { readHistory } from '../../src/lib/content/history.ts';
import { formatDateFull } from '../../src/lib/present/format.ts';
import { DATE_PARTS, type DatePart, dateKey, type ReportDate, reportDate } from '../../src/schemas/shared.ts';
import { connect, pages as freshPages } from '../support/browser.ts';
import { DIST, doc, files, pathOf } from '../support/site.ts';

interface RawFigure {
  id: string;
  label: string;
  asOf?: unknown;
  period?: { from: unknown; to: unknown };
  national?: true;
  district?: string;
  source: string;
}
const figures = readdirSync('data/datasets').flatMap(
  (f) => (JSON.parse(readFileSync(join('data/datasets', f), 'utf8')) as { figures: RawFigure[] }).figures,
);
/** Report titles, which a download repeats and may say 全国 in ("“全国劳模”第一课"). */
const reportTitle = new Map(
  (JSON.parse(readFileSync('data/sources.json', 'utf8')) as { id: string; title: string }[]).map((s) => [s.id, s.title]),
);
const frontMatter = (file: string) => load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
const news = readdirSync('src/content/news').map((f) => ({
  id: f.replace(/\.mdx?$/, ''),
  date: reportDate.parse(frontMatter(join('src/content/news', f)).date),
}));
const events = (JSON.parse(readFileSync('data/events.json', 'utf8')) as { id: string; date: unknown }[]).map((e) => ({
  id: e.id,
  date: reportDate.parse(e.date),
}));

const status = (d: ReportDate, p: DatePart) => (d[p] === undefined ? 'unknown' : d.inferred.includes(p) ? 'inferred' : 'stated');
/** The stated leading parts of a date as ISO 8601, which is all a field that cannot mark inference may carry. */
const statedIso = (d: ReportDate) => {
  const parts: string[] = [];
  for (const p of DATE_PARTS) {
    if (status(d, p) !== 'stated') break;
    parts.push(p === 'year' ? String(d[p]) : String(d[p]).padStart(2, '0'));
  }
  return parts.join('-');
};
const jsonLd = (file: string) =>
  [...doc(file).querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>,
  );

describe('whose a figure is', () => {
  it('the content has figures without a district, national and not', () => {
    expect(figures.some((f) => !f.district && f.national)).toBe(true);
    expect(figures.some((f) => !f.district && !f.national)).toBe(true);
  });

  it.each(figures.map((f) => [f.id, f] as const))('%s: its page, citations and downloads say 全国 only if it is national', (id, f) => {
    const page = doc(join(DIST, 'figures', id, 'index.html'));
    // (each term and value ends with a hidden mark, ： and 。, for excerpts and screen readers)
    const region =
      [...page.querySelectorAll('dt')].find((dt) => dt.textContent === '地区：')?.nextElementSibling?.textContent?.replace(/。$/, '') ?? '';
    const said = [
      page.title,
      page.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
      page.querySelector('h1')?.textContent ?? '',
      page.querySelector('.page-header .eyebrow')?.textContent ?? '',
      region,
      ...[...page.querySelectorAll('#cite-gbt, #cite-apa')].map((p) => p.textContent ?? ''),
    ];
    expect(region).not.toBe('');
    if (f.national) {
      expect(region).toContain('全国');
      expect(page.querySelector('.page-header .eyebrow')?.textContent).toContain('全国');
    } else {
      expect(region).not.toContain('全国');
      expect(page.querySelector('.page-header .eyebrow')?.textContent).not.toContain('全国');
      // The label is the report's subject; only where it says 全国 may the title.
      if (!f.label.includes('全国')) {
        for (const text of said) expect(text, `${id}: “${text}”`).not.toContain('全国');
        // What the downloads say of this figure: the CSV's row, the JSON's figure record (its
        // column dictionary explains the 地区 column, national figures included, and is no claim).
        const csv = readFileSync(join(DIST, 'figures', `${id}.csv`), 'utf8');
        const json = JSON.stringify(JSON.parse(readFileSync(join(DIST, 'figures', `${id}.json`), 'utf8')).figure);
        for (const [ext, download] of [
          ['csv', csv],
          ['json', json],
        ] as const)
          expect(download.replaceAll(reportTitle.get(f.source)!, ''), `${id}.${ext}`).not.toContain('全国');
      }
    }
  });
});

describe('inferred date parts', () => {
  it('the content has news dates with inferred parts (Lingang: year, month and day from a page timestamp)', () => {
    expect(news.find((n) => n.id === 'lingang-yishibaiqianwan-plan')?.date.inferred).toEqual(['year', 'month', 'day']);
    expect(news.filter((n) => n.date.inferred.length > 0).length).toBeGreaterThan(2);
  });

  it('the feed gives a pubDate only to an item whose date the report states in full', () => {
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.length).toBe(Math.min(news.length, 50));
    for (const item of items) {
      const id = /\/news\/([^/]+)\//.exec(item)![1]!;
      const d = news.find((n) => n.id === id)!.date;
      const full = DATE_PARTS.every((p) => status(d, p) === 'stated');
      expect(item.includes('<pubDate>'), `${id} pubDate`).toBe(full);
      if (d.inferred.length > 0) expect(item, id).toMatch(/为推断）/);
    }
  });

  it.each(news)('news page $id: JSON-LD and <time> carry stated parts only, the citation brackets inferred ones', ({ id, date: d }) => {
    const file = join(DIST, 'news', id, 'index.html');
    const [ld] = jsonLd(file);
    expect(ld?.temporalCoverage ?? '').toBe(statedIso(d));
    expect(ld).not.toHaveProperty('datePublished');
    const page = doc(file);
    expect(page.querySelector('.page-header time')?.getAttribute('datetime') ?? '').toBe(statedIso(d));
    const gbt = page.querySelector('#cite-gbt')?.textContent ?? '';
    const cited = /\[EB\/OL\]\. (?:\(([^)]*)\))?\[/.exec(gbt)?.[1] ?? '';
    if (d.year === undefined) expect(cited).toBe('');
    else {
      const parts = cited.split('-');
      DATE_PARTS.forEach((p, i) => {
        const s = status(d, p);
        const value = p === 'year' ? String(d[p]) : String(d[p]).padStart(2, '0');
        expect(parts[i], `${id} ${p} in “${cited}”`).toBe(s === 'unknown' ? undefined : s === 'inferred' ? `[${value}]` : value);
      });
    }
    const apa = page.querySelector('#cite-apa')?.textContent ?? '';
    expect(apa).toContain(d.year === undefined ? '(n.d.)' : d.inferred.includes('year') ? `([${d.year}])` : `(${d.year})`);
  });

  it.each(events)('event page $id: JSON-LD startDate carries stated parts only', ({ id, date: d }) => {
    const file = join(DIST, 'events', id, 'index.html');
    expect(existsSync(file)).toBe(true);
    const [ld] = jsonLd(file);
    expect(ld?.startDate ?? '').toBe(statedIso(d));
  });
});

const base = inject('baseUrl');
const browser = await connect();
const fresh = freshPages(browser, base);
describe('the dates under a showcase’s, chart’s or dataset’s title (issue 28)', () => {
  const pages = files()
    .map(pathOf)
    .filter((p) => /^\/(districts|charts)\/[a-z0-9-]+\/$/.test(p) || /^\/data\/[a-z0-9-]+\/(\d+\/)?$/.test(p));
  const history = readHistory(process.cwd());
  const sets = readdirSync('data/datasets').map((f) => ({
    id: f.replace(/\.json$/, ''),
    figures: (JSON.parse(readFileSync(join('data/datasets', f), 'utf8')) as { figures: RawFigure[] }).figures,
  }));
  const datesOf = (f: RawFigure) => (f.asOf ? [f.asOf] : f.period ? [f.period.from, f.period.to] : []).map((d) => reportDate.parse(d));
  const dayText = (iso: string) => iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

  it('there is a page of each kind, and the history they are dated from', () => {
    for (const kind of ['districts', 'charts', 'data'])
      expect(pages.filter((p) => p.startsWith(`/${kind}/`)).length, kind).toBeGreaterThan(1);
    expect(history.available).toBe(true);
  });

  it.each(pages)('%s: both dates are on screen, right under the title, at 390 px', async (path) => {
    const page = await fresh({ viewport: { width: 390, height: 844 } });
    await page.goto(base + path, { waitUntil: 'load' });
    const got = await page.evaluate(() => {
      const h1 = document.querySelector('main h1')!;
      const dates = h1.closest('.page-header')?.querySelector('.page-dates');
      const part = (sel: string) => {
        const el = dates?.querySelector<HTMLElement>(sel);
        return el && el.checkVisibility() ? { text: el.innerText.trim(), top: el.getBoundingClientRect().top } : null;
      };
      return { titleBottom: h1.getBoundingClientRect().bottom, asOf: part('[data-as-of]'), updated: part('[data-updated]') };
    });
    expect(got.asOf, 'as-of date').not.toBeNull();
    expect(got.updated, 'update date').not.toBeNull();
    // Under the title (after the lede at most), on the first screens of a phone.
    for (const d of [got.asOf!, got.updated!]) {
      expect(d.top).toBeGreaterThan(got.titleBottom);
      expect(d.top - got.titleBottom).toBeLessThan(600);
    }
    expect(got.asOf!.text).toMatch(/^数据时点：\S/);
    expect(got.asOf!.text).not.toMatch(/undefined|NaN|null/);
    expect(got.updated!.text).toMatch(/^本站最近更新(这些数字|本页内容)：\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it.each(sets.map((s) => [s.id, s] as const))(
    '/data/%s/: the dates are its figures’: their span with caveats, and their last change',
    (id, set) => {
      const page = doc(join(DIST, 'data', id, 'index.html'));
      const asOf = page.querySelector('.page-header [data-as-of]')!.textContent!;
      const updated = page.querySelector('.page-header [data-updated]')!.textContent!;
      const dates = set.figures.flatMap(datesOf);
      const dated = dates.filter((d) => d.year !== undefined).sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : 1));
      // The latest dated figure's date, with its caveat, and every date without a year as it is ("年份未载").
      if (dated.length > 0) expect(asOf).toContain(formatDateFull(dated.at(-1)!));
      for (const d of dates.filter((x) => x.year === undefined)) expect(asOf).toContain(formatDateFull(d));
      const changed = set.figures
        .map((f) => history.figures.get(f.id)!.changed)
        .sort()
        .at(-1)!;
      expect(updated).toContain(dayText(changed));
    },
  );

  it('the showcases’ spans name a year the report leaves out as 年份未载, and an inferred part as 推断', () => {
    const said = files()
      .filter((f) => /districts\/[a-z0-9-]+\/index\.html$/.test(f))
      .map((f) => doc(f).querySelector('.page-header [data-as-of]')!.textContent!);
    expect(said.some((t) => t.includes('年份未载'))).toBe(true);
    expect(said.some((t) => t.includes('推断'))).toBe(true);
  });

  it('no page says 生成日期; the brief’s version date says it is not the data’s', () => {
    for (const f of files()) expect(readFileSync(f, 'utf8'), f).not.toContain('生成日期');
    const showcase = files().find((f) => /districts\/[a-z0-9-]+\/index\.html$/.test(f))!;
    expect(doc(showcase).querySelector('[data-print-date]')!.textContent).toMatch(/^网站版本：\d{4}-\d{2}-\d{2}（.*不是数据日期）$/);
  });
});
