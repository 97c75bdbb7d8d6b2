/**
 * Issue 27, item 1, at its two causes, over the project's own content:
 * - a figure says whose it is, and only one marked `national` is called 全国 (not every
 *   figure without a district);
 * - a date's inferred part is marked, or left out, in every citation, feed item and JSON-LD
 *   field, and an unknown part is written nowhere.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ContentProblem, readAll } from '../../src/lib/content/files.ts';
import { citation } from '../../src/lib/present/cite.ts';
import { formatDateFull, statedIsoDate } from '../../src/lib/present/format.ts';
import { figureTitle, figureWhose, type OwnerNames } from '../../src/lib/present/labels.ts';
import { eventDateFields, feedItem, newsDateFields } from '../../src/lib/present/structured.ts';
import { DATE_PARTS, type DatePart, type ReportDate, reportDate } from '../../src/schemas/shared.ts';

const problems: ContentProblem[] = [];
const entries = readAll(join(import.meta.dirname, '../..'), problems);
const of = (collection: string) => entries.filter((e) => e.collection === collection);
const byId = (collection: string) => new Map(of(collection).map((e) => [e.id, e.data as Record<string, unknown>]));
const [districts, organizations, craftsmen] = [byId('districts'), byId('organizations'), byId('craftsmen')];

interface RawFigure {
  id: string;
  label: string;
  wording: string;
  national?: true;
  district?: string;
  organization?: string;
  craftsman?: string;
  asOf?: unknown;
  period?: { from: unknown; to: unknown };
}
const figures = of('figures').map((e) => e.data as unknown as RawFigure);

/** The names a figure's page gives its owners, as FigurePage.astro looks them up. */
const ownersOf = (f: RawFigure): OwnerNames => ({
  district: f.district ? (districts.get(f.district) as { name: string; shortName: string }) : undefined,
  organization: f.organization ? String(organizations.get(f.organization)!.name) : undefined,
  craftsman: f.craftsman ? String(craftsmen.get(f.craftsman)!.name) : undefined,
});

describe('whose a figure is', () => {
  it('the content reads cleanly, and has figures without a district of both sorts', () => {
    expect(problems).toEqual([]);
    expect(figures.filter((f) => !f.district && f.national).length).toBeGreaterThan(0);
    expect(figures.filter((f) => !f.district && !f.national).length).toBeGreaterThan(0);
  });

  it.each(figures.map((f) => [f.id, f] as const))('%s is called 全国 only if it is national', (_, f) => {
    const owners = ownersOf(f);
    const whose = figureWhose(f, owners);
    const title = figureTitle(f, owners);
    const cited = citation({ title, url: `https://example.cn/figures/${f.id}/` });
    const said = [whose.short, whose.full, whose.place, title, cited.gbt, cited.apa];
    if (f.national) {
      expect(f.district).toBeUndefined();
      for (const text of said) expect(text).toContain('全国');
    } else {
      // The label is the report's subject; the owner, place and title prefix are ours.
      for (const text of [whose.short, whose.full, whose.place]) expect(text).not.toContain('全国');
      if (!f.label.includes('全国')) for (const text of said) expect(text).not.toContain('全国');
    }
  });

  it('names the person or organisation of a figure the report ties to no district', () => {
    const lu = figures.find((f) => f.id === 'lu-zhongming-years-equipment-maintenance')!;
    expect(figureTitle(lu, ownersOf(lu))).toBe('陆忠明在设备维修岗位的年限 30多年');
    expect(figureWhose(lu, ownersOf(lu)).place).toBe('报道未写明所在的区（这个数字属于陆忠明）');
    const bases = figures.find((f) => f.id === 'worldskills-46-china-bases')!;
    expect(figureWhose(bases, ownersOf(bases)).place).toBe('全国（不属于某一个区）');
    const putuo = figures.find((f) => f.id === 'worldskills-46-bases-in-putuo')!;
    expect(figureTitle(putuo, ownersOf(putuo))).toBe('普陀：集训基地设在普陀的项目 两个');
  });
});

/** Every date in the content, parsed as the build parses it, with where it is. */
function allDates(): [string, ReportDate][] {
  const out: [string, ReportDate][] = [];
  const add = (where: string, d: unknown) => d && out.push([where, reportDate.parse(d)]);
  for (const e of entries) {
    const d = e.data as Record<string, unknown> & { period?: { from: unknown; to: unknown } };
    add(`${e.collection}/${e.id}`, d.date);
    add(`${e.collection}/${e.id} asOf`, d.asOf);
    add(`${e.collection}/${e.id} from`, d.period?.from);
    add(`${e.collection}/${e.id} to`, d.period?.to);
  }
  return out;
}
const dates = allDates();
const news = of('news').map((e) => ({
  id: e.id,
  data: { ...(e.data as { title: string; summary: string }), date: reportDate.parse(e.data.date) },
}));
const status = (d: ReportDate, p: DatePart) => (d[p] === undefined ? 'unknown' : d.inferred.includes(p) ? 'inferred' : 'stated');
const pad = (n: number) => String(n).padStart(2, '0');

describe('inferred date parts', () => {
  it('the content has dates with inferred and with unknown parts (Lingang, Xiaoshan, the academy)', () => {
    expect(dates.some(([, d]) => d.inferred.includes('day'))).toBe(true);
    expect(dates.some(([, d]) => d.inferred.includes('year'))).toBe(true);
    expect(dates.some(([, d]) => d.year === undefined)).toBe(true);
    const lingang = news.find((n) => n.id === 'lingang-yishibaiqianwan-plan')!.data.date;
    expect(lingang.inferred).toEqual(['year', 'month', 'day']);
    expect(lingang.note).toContain('时间戳');
  });

  it.each(dates)('%s: the ISO form of structured data holds its stated parts only', (_, d) => {
    const iso = statedIsoDate(d);
    const parts = iso === '' ? [] : iso.split('-').map(Number);
    parts.forEach((n, i) => {
      const p = DATE_PARTS[i]!;
      expect(status(d, p), `${iso} writes the ${p}`).toBe('stated');
      expect(n).toBe(d[p]);
    });
    // Nothing stated is dropped but what follows an unstated part.
    const leading = DATE_PARTS.findIndex((p) => status(d, p) !== 'stated');
    expect(parts.length).toBe(leading === -1 ? 3 : leading);
    expect(newsDateFields(d).temporalCoverage).toBe(iso || undefined);
    expect(eventDateFields(d).startDate).toBe(iso || undefined);
  });

  it.each(news)('feed item $id: a pubDate only for a fully stated date, the date with its caveats in the text', (n) => {
    const item = feedItem(n);
    const d = n.data.date;
    const full = DATE_PARTS.every((p) => status(d, p) === 'stated');
    expect('pubDate' in item).toBe(full);
    if (full) expect(item.pubDate!.toISOString()).toBe(new Date(`${d.year}-${pad(d.month!)}-${pad(d.day!)}T00:00:00+08:00`).toISOString());
    expect(item.description).toContain(formatDateFull(d));
    if (d.inferred.length > 0) expect(item.description).toMatch(/为推断）/);
  });

  it.each(news)('citation of news page $id: inferred parts [bracketed], unknown parts left out', (n) => {
    const d = n.data.date;
    const { gbt, apa, inferred } = citation({ title: n.data.title, url: `https://example.cn/news/${n.id}/`, published: d });
    const dateText = /\[EB\/OL\]\. (\(([^)]*)\))?\[/.exec(gbt)?.[2] ?? '';
    expect(inferred).toBe(d.year !== undefined && d.inferred.length > 0);
    if (d.year === undefined) {
      expect(dateText).toBe('');
      expect(apa).toContain('(n.d.)');
      return;
    }
    const cited = dateText.split('-');
    DATE_PARTS.forEach((p, i) => {
      const s = status(d, p);
      const value = s === 'unknown' ? undefined : p === 'year' ? String(d[p]) : pad(d[p]!);
      expect(cited[i], `${p} of ${dateText}`).toBe(s === 'inferred' ? `[${value}]` : value);
    });
    expect(apa).toContain(d.inferred.includes('year') ? `([${d.year}])` : `(${d.year})`);
  });

  it('an ISO date of the site’s own is cited as it is', () => {
    const { gbt, apa, inferred } = citation({ title: 't', url: 'https://example.cn/', published: '2025-01-02' });
    expect(gbt).toContain('(2025-01-02)');
    expect(apa).toContain('(2025)');
    expect(inferred).toBe(false);
  });
});
