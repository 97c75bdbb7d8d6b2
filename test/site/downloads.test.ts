/**
 * What a journalist downloads is what the charts drew and what the reports say: each
 * chart's CSV parses back to the rows the chart was drawn from, each dataset's CSV holds
 * exactly its figures, and each stated rate's page shows the recomputed value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/content/derive.ts';
import { doc } from '../support/site.ts';

interface ChartJson {
  id: string;
  sources: string[];
  columns: { key: string }[];
  rows: Record<string, string | number>[];
}
/** Each chart as its JSON download describes it. */
const charts: ChartJson[] = readdirSync('dist/charts')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`dist/charts/${f}`, 'utf8')));
/** The figures as written in the data files, the source of truth: id, dataset (file name) and value. */
const figures = readdirSync('data/datasets').flatMap((file) =>
  (JSON.parse(readFileSync(`data/datasets/${file}`, 'utf8')).figures as { id: string; value: number }[]).map((f) => ({
    id: f.id,
    value: f.value,
    dataset: file.replace(/\.json$/, ''),
  })),
);

const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
const parse = (csv: string) => {
  expect(csv.charCodeAt(0), 'CSV starts with a byte-order mark').toBe(0xfeff);
  return csvParse(csv.slice(1));
};

describe('chart downloads', () => {
  it('every chart has its downloads', () => {
    expect(charts.length).toBeGreaterThanOrEqual(9);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s.csv equals the data the chart drew', (id, c) => {
    const rows = parse(read(`/charts/${id}.csv`));
    expect(rows.columns).toEqual(c.columns.map((col) => col.key));
    expect(rows.map((r) => ({ ...r }))).toEqual(
      c.rows.map((r) => Object.fromEntries(c.columns.map((col) => [col.key, String(r[col.key] ?? '')]))),
    );
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s: JSON, SVG and PNG downloads are complete', (id, c) => {
    expect(c.sources.length).toBeGreaterThan(0);
    const svg = read(`/charts/${id}.svg`);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/xmlns=/g)).toHaveLength(1);
    expect(svg).not.toContain('var(--');
    expect(readFileSync(`dist/charts/${id}.png`).subarray(1, 4).toString()).toBe('PNG');
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s is in the page HTML as delivered, with its table', (id, c) => {
    const d = doc(`dist/charts/${id}/index.html`);
    expect(d.querySelector(`figure#${id} svg[role="img"]`)).not.toBeNull();
    expect(d.querySelectorAll(`figure#${id} table tbody tr`).length).toBe(c.rows.length);
  });
});

describe('dataset downloads', () => {
  const all = parse(read('/data/all-figures.csv'));
  it('the all-figures CSV holds every figure once, with its source and passage', () => {
    expect(all.map((r) => r.id).sort()).toEqual(figures.map((f) => f.id).sort());
    for (const r of all) {
      expect(r.source, r.id).toBeTruthy();
      expect(r.passage, r.id).toBeTruthy();
    }
  });
  it('each value in the CSV is the value in the data', () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const r of all) expect(Number(r.value), r.id).toBe(byId.get(r.id!)!.value);
  });
  it('each dataset CSV holds exactly its figures', () => {
    for (const set of new Set(figures.map((f) => f.dataset))) {
      const rows = parse(read(`/data/${set}.csv`));
      expect(rows.map((r) => r.id).sort()).toEqual(
        figures
          .filter((f) => f.dataset === set)
          .map((f) => f.id)
          .sort(),
      );
    }
  });
});

describe('derived figures shown on the site', () => {
  const byId = new Map(figures.map((f) => [f.id, f]));
  /** Stated derivations as the all-figures download writes them: "ratio(a,b)". */
  const derived = parse(read('/data/all-figures.csv')).filter((r) => r.derivation);
  it('the reports state at least the six known derived values', () => {
    expect(derived.length).toBeGreaterThanOrEqual(6);
  });
  it.each(derived.map((r) => [r.id!, r.derivation!] as const))(
    '%s shows the recomputed value and agrees with the report',
    (id, derivation) => {
      const [, op, of] = /^(ratio|sum|difference)\((.+)\)$/.exec(derivation)!;
      const text = doc(`dist/figures/${id}/index.html`).querySelector('#check-h')!.parentElement!.textContent!;
      const computed = compute(
        op as 'ratio' | 'sum' | 'difference',
        of!.split(',').map((part) => byId.get(part)!.value),
      );
      expect(text).toContain(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(Math.round(computed * 100) / 100));
      expect(text).toContain('与报道一致');
    },
  );
});
