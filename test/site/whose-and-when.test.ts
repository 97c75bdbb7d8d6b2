/**
 * Issue 27, item 1, in the built site: only a national figure is called 全国 on its page, in
 * its citations and downloads; an inferred date part is marked, or left out, in the news
 * pages' citations and JSON-LD, the events' JSON-LD and the feed, and never written as a
 * plain date (the generators themselves: test/unit/whose-and-when.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DATE_PARTS, type DatePart, type ReportDate, reportDate } from '../../src/schemas/shared.ts';
import { DIST, doc } from '../support/site.ts';

interface RawFigure {
  id: string;
  label: string;
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
    const region = [...page.querySelectorAll('dt')].find((dt) => dt.textContent === '地区')?.nextElementSibling?.textContent ?? '';
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
