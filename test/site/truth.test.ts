/**
 * The built site says no more than its reports: a date part the reports do not give is
 * written nowhere in dist/, and every percentage a chart computes is labelled as the site's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { files, thirdParty } from '../support/site.ts';

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}
/** Every date in the content whose year the reports do not give, but whose month and day they do. */
function yearless(): DateParts[] {
  const found: DateParts[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.month === 'number' && typeof o.day === 'number' && o.year === undefined) found.push(o as DateParts);
      Object.values(o).forEach(visit);
    }
  };
  for (const f of ['data/sources.json', 'data/events.json', ...readdirSync('data/datasets').map((d) => `data/datasets/${d}`)])
    visit(JSON.parse(readFileSync(f, 'utf8')));
  for (const dir of ['news', 'craftsmen'])
    for (const f of readdirSync(`src/content/${dir}`))
      visit(load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`src/content/${dir}/${f}`, 'utf8'))![1]!));
  return found;
}

describe('unknown date parts', () => {
  const dates = yearless();
  it('the content has dates whose year is unknown (the academy opening)', () => {
    expect(dates.length).toBeGreaterThan(0);
  });

  it('no file of the built site gives them a year', () => {
    const texts = files('dist', '').filter((f) => /\.(html|xml|json|csv|svg|txt)$/.test(f) && !thirdParty(relative('dist', f)));
    for (const d of dates) {
      const written = new RegExp(`\\d{4}(-0?${d.month}-0?${d.day}(?!\\d)|年${d.month}月${d.day}日)`);
      for (const f of texts) expect(readFileSync(f, 'utf8'), `${f} gives ${d.month}月${d.day}日 a year`).not.toMatch(written);
    }
  });
});

describe('derived numbers', () => {
  const charts = readdirSync('dist/charts')
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`dist/charts/${f}`, 'utf8')) as { id: string; columns: { label: string }[] });
  it.each(charts.map((c) => [c.id, c] as const))('%s labels each percentage column as the site’s calculation or the report’s', (_, c) => {
    for (const col of c.columns.filter((x) => /占比|完成率|%/.test(x.label))) expect(col.label).toMatch(/本站|报道/);
  });
});
