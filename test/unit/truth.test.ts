/**
 * What keeps the site true to its reports, checked against the reports themselves
 * (../shared/seeds/): every figure's wording stands in its passage and the passage in its
 * report; every date part marked as stated is in the report; no prose repeats a report.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const seeds = join(root, '../shared/seeds');
const sources = JSON.parse(readFileSync(join(root, 'data/sources.json'), 'utf8')) as { id: string; file: string; date: DateParts }[];
/** A report's text, with the line breaks of the scrape removed. */
const report = new Map(sources.map((s) => [s.id, readFileSync(join(seeds, s.file), 'utf8').replace(/\s+/g, '')]));

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  inferred?: string[];
}
interface Figure {
  id: string;
  wording: string;
  passage: string;
  source: string;
  asOf?: DateParts;
  period?: { from: DateParts; to: DateParts };
}
const figures = readdirSync(join(root, 'data/datasets')).flatMap(
  (f) => (JSON.parse(readFileSync(join(root, 'data/datasets', f), 'utf8')) as { figures: Figure[] }).figures,
);

/** Every date in the content with the report it comes from. */
function dates(): [string, DateParts, string][] {
  const out: [string, DateParts, string][] = [];
  for (const f of figures) {
    if (f.asOf) out.push([f.id, f.asOf, f.source]);
    if (f.period) out.push([`${f.id} from`, f.period.from, f.source], [`${f.id} to`, f.period.to, f.source]);
  }
  for (const s of sources) out.push([s.id, s.date, s.id]);
  const events = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as { id: string; date: DateParts; source: string }[];
  for (const e of events) out.push([e.id, e.date, e.source]);
  for (const dir of ['news', 'craftsmen']) {
    for (const file of readdirSync(join(root, 'src/content', dir))) {
      const fm = load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'src/content', dir, file), 'utf8'))![1]!) as {
        date: DateParts;
        sources: string[];
      };
      out.push([`${dir}/${file}`, fm.date, fm.sources[0]!]);
    }
  }
  return out;
}

describe('figures against their reports', () => {
  it.each(figures.map((f) => [f.id, f] as const))('%s: the wording is in the passage, the passage in the report', (_, f) => {
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(f.passage)).toContain(squeeze(f.wording));
    expect(report.get(f.source), `report ${f.source}`).toContain(squeeze(f.passage));
  });
});

describe('dates against their reports', () => {
  it.each(dates().map(([what, d, source]) => [what, d, source] as const))(
    '%s: every part marked stated is in the report',
    (_, d, source) => {
      const text = report.get(source)!;
      const stated = (part: 'year' | 'month' | 'day') => d[part] !== undefined && !(d.inferred ?? []).includes(part);
      if (stated('year')) expect(text).toContain(String(d.year));
      if (stated('month')) expect(text).toMatch(new RegExp(`(^|[^0-9])0?${d.month}(月|[·\\-.])`));
      if (stated('day')) expect(text).toMatch(new RegExp(`(^|[^0-9])0?${d.month}(月|[·\\-.])0?${d.day}(日|[^0-9]|$)`));
    },
  );
});

/** Every honour of every profile, with the reports the profile names. */
const honours = readdirSync(join(root, 'src/content/craftsmen')).flatMap((file) => {
  const fm = load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'src/content/craftsmen', file), 'utf8'))![1]!) as {
    honours?: { title: string; level?: string }[];
    sources: string[];
  };
  return (fm.honours ?? []).map((h) => [`${file}: ${h.title}`, h, fm.sources] as const);
});
/** How a title names the level of the body that grants it. */
const NAMES_LEVEL: Record<string, RegExp> = {
  national: /^(全国|国家级)/,
  provincial: /^[\u4e00-\u9fff]{2,3}省|^浙江/,
  municipal: /^[\u4e00-\u9fff]{2,3}市/,
  district: /区|^萧山/,
};

describe('honours against their reports', () => {
  it.each(honours)('%s: the title is in a report, and a level only where the title names it', (_, h, sources) => {
    // The report may quote part of a title (第十五届杭州市萧山区“首席技师”).
    const bare = (t: string) => t.replace(/[\s“”"「」]/g, '');
    expect(sources.some((s) => bare(report.get(s)!).includes(bare(h.title)))).toBe(true);
    if (h.level) expect(h.title).toMatch(NAMES_LEVEL[h.level] ?? /$^/);
  });
});

describe('our own words', () => {
  it('no prose repeats the reports word for word (seed-overlap.py)', () => {
    const out = execFileSync('python3', [join(root, '../shared/tools/seed-overlap.py'), root], { encoding: 'utf8' });
    expect(out.trim()).toBe('no prose repeats the reports');
  });
});
