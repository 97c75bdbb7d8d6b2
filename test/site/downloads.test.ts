/**
 * What a journalist downloads is what the site shows and what the reports say: each chart's
 * CSV is the table it draws, its SVG and PNG carry title, date, notes, source and credit,
 * each dataset's CSV and Excel file hold exactly its figures with Chinese headers and the
 * report's wording, and each figure page links its own files, its charts and two citations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { csvParse, csvParseRows } from 'd3';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compute } from '../../src/lib/content/derive.ts';
import { svgToPng } from '../../src/lib/images/png.ts';
import { FIELDS } from '../../src/lib/present/export.ts';
import { doc } from '../support/site.ts';

interface ChartJson {
  id: string;
  title: string;
  subtitle: string;
  notes: string[];
  sources: string[];
  figures: string[];
  width: number;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number>[];
}
/** Each chart as its JSON download describes it. */
const charts: ChartJson[] = readdirSync('dist/charts')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`dist/charts/${f}`, 'utf8')));
/** The figures as written in the data files, the source of truth. */
const figures = readdirSync('data/datasets').flatMap((file) =>
  (JSON.parse(readFileSync(`data/datasets/${file}`, 'utf8')).figures as { id: string; value: number; wording: string }[]).map((f) => ({
    ...f,
    dataset: file.replace(/\.json$/, ''),
  })),
);
const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as { id: string; title: string; outlet?: string }[];

const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
/** A figures CSV as rows keyed by machine name, after checking its BOM and Chinese headers. */
const parseFigures = (csv: string) => {
  expect(csv.charCodeAt(0), 'CSV starts with a byte-order mark').toBe(0xfeff);
  const [header, ...rows] = csvParseRows(csv.slice(1));
  expect(header).toEqual(FIELDS.map((f) => f.header));
  return rows.map((r) => Object.fromEntries(FIELDS.map((f, i) => [f.key, r[i] ?? ''])));
};
/** The cells of a sheet of an .xlsx file, row by row, text and numbers apart. */
function sheet(file: string, n = 1) {
  const zip = unzipSync(readFileSync(file));
  const xml = strFromU8(zip[`xl/worksheets/sheet${n}.xml`]!);
  return [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c r="([A-Z]+)\d+"[^>]*?(?: t="inlineStr")?[^>]*>(?:<is><t[^>]*>(.*?)<\/t><\/is>|<v>(.*?)<\/v>)<\/c>/g)].map(
      (c) => ({
        col: c[1]!,
        text: c[2],
        number: c[3] === undefined ? undefined : Number(c[3]),
      }),
    ),
  );
}

describe('chart downloads', () => {
  it('every chart has its downloads', () => {
    expect(charts.length).toBeGreaterThanOrEqual(9);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s.csv is the table the chart draws, under its Chinese headers', (id, c) => {
    const csv = read(`/charts/${id}.csv`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(c.columns.map((col) => col.label));
    expect(rows.map((r) => ({ ...r }))).toEqual(
      c.rows.map((r) => Object.fromEntries(c.columns.map((col) => [col.label, String(r[col.key] ?? '')]))),
    );
    expect(doc(`dist/charts/${id}/index.html`).querySelectorAll(`figure#${id} table tbody tr`).length).toBe(c.rows.length);
  });

  it.each(charts.filter((c) => c.figures.length > 0).map((c) => [c.id, c] as const))(
    '%s: its figures file and workbook carry every column for each figure drawn',
    (id, c) => {
      expect(parseFigures(read(`/charts/${id}.figures.csv`)).map((r) => r.id)).toEqual(c.figures);
      const book = unzipSync(readFileSync(`dist/charts/${id}.xlsx`));
      expect(strFromU8(book['xl/workbook.xml']!)).toContain('name="图中数字"');
      const drawn = sheet(`dist/charts/${id}.xlsx`, 2);
      expect(drawn[0]!.map((cell) => cell.text)).toEqual(FIELDS.map((f) => f.header));
      expect(drawn.length - 1).toBe(c.figures.length);
    },
  );

  it.each(charts.map((c) => [c.id, c] as const))('%s.svg and .png carry title, date, notes, source, credit and address', async (id, c) => {
    const svg = read(`/charts/${id}.svg`);
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('var(--');
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    const plain = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
    const all = plain(text);
    for (const part of [c.title, c.subtitle, ...c.notes.map((n) => `注：${n}`)]) expect(all, part).toContain(part);
    for (const s of c.sources) {
      const src = sources.find((x) => x.id === s)!;
      expect(all).toContain(`《${src.title}》${src.outlet ? `（${src.outlet}）` : ''}`);
    }
    // The file's own lines (outside the drawing) never split a number: no "（100" above "%）".
    const lines = [...svg.replace(/<svg x=[\s\S]*?<\/svg>/, '').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => plain(m[1]!));
    for (const [a, b] of lines.slice(1).map((l, i) => [lines[i]!, l] as const)) expect(`${a}|${b}`).not.toMatch(/[\d.,]\|[\d%]/);
    expect(all).toContain('图表：匠心图谱');
    expect(all).toContain(`/charts/${id}/`);
    // The PNG is that very file drawn at twice its width.
    const png = readFileSync(`dist/charts/${id}.png`);
    const width = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    expect(Buffer.compare(png, await svgToPng(svg, width * 2))).toBe(0);
  });
});

describe('dataset downloads', () => {
  const all = parseFigures(read('/data/all-figures.csv'));
  const byId = new Map(figures.map((f) => [f.id, f]));

  it('the all-figures CSV holds every figure once, with the report’s wording, its source and passage', () => {
    expect(all.map((r) => r.id).sort()).toEqual(figures.map((f) => f.id).sort());
    for (const r of all) {
      expect(r.wording, r.id).toBe(byId.get(r.id!)!.wording);
      expect(Number(r.value), r.id).toBe(byId.get(r.id!)!.value);
      expect(r.source_title, r.id).toBe(sources.find((s) => s.id === r.source)!.title);
      expect(r.passage, r.id).toBeTruthy();
      expect(r.permalink, r.id).toMatch(new RegExp(`/figures/${r.id}/$`));
    }
  });

  it('an unknown part of a date is blank, never a value', () => {
    for (const r of all) {
      for (const prefix of ['as_of', 'period_from', 'period_to']) {
        for (const p of ['year', 'month', 'day']) {
          if (r[`${prefix}_${p}_status`] === 'unknown') expect(r[`${prefix}_${p}`], `${r.id} ${prefix}_${p}`).toBe('');
        }
      }
    }
    expect(all.some((r) => r.as_of_year_status === 'unknown' && r.as_of_month !== '')).toBe(true);
  });

  it('each dataset CSV and workbook holds exactly its figures; numbers stay numbers and no text can run as a formula', () => {
    for (const set of new Set(figures.map((f) => f.dataset))) {
      const mine = figures.filter((f) => f.dataset === set).map((f) => f.id);
      expect(
        parseFigures(read(`/data/${set}.csv`))
          .map((r) => r.id)
          .sort(),
      ).toEqual([...mine].sort());
      const [header, ...rows] = sheet(`dist/data/${set}.xlsx`);
      expect(header!.map((c) => c.text)).toEqual(FIELDS.map((f) => f.header));
      const valueCol = header!.find((c) => c.text === '数值')!.col;
      for (const row of rows) {
        expect(row.find((c) => c.col === valueCol)!.number, set).toBeTypeOf('number');
        for (const c of row) if (c.text) expect(c.text, set).not.toMatch(/^[=+\-@]/);
      }
      expect(rows.map((r) => r.find((c) => c.col === 'A')!.text).sort()).toEqual([...mine].sort());
    }
  });

  it('a figure page shows the wording its download gives, and links its files, charts and both citations', () => {
    for (const r of all) {
      const d = doc(`dist/figures/${r.id}/index.html`);
      expect(d.querySelector('.stat-solo .value')!.textContent, r.id).toBe(r.wording);
      expect(d.querySelector(`a[href="/figures/${r.id}.csv"]`), r.id).not.toBeNull();
      expect(d.querySelector(`a[href="/figures/${r.id}.json"]`), r.id).not.toBeNull();
      expect(d.querySelector(`a[href="/data/${r.dataset}/"]`), r.id).not.toBeNull();
      expect(d.querySelector('#cite-gbt')!.textContent, r.id).toContain(`/figures/${r.id}/`);
      expect(d.querySelector('#cite-report-gbt')!.textContent, r.id).toContain(sources.find((s) => s.id === r.source)!.title);
    }
    for (const c of charts) {
      for (const id of c.figures)
        expect(doc(`dist/figures/${id}/index.html`).querySelector(`a[href="/charts/${c.id}/"]`), `${id} → ${c.id}`).not.toBeNull();
    }
    const one = JSON.parse(read(`/figures/${all[0]!.id}.json`));
    expect(one.figure.id).toBe(all[0]!.id);
    expect(Object.keys(one.fields)).toEqual(FIELDS.map((f) => f.key));
  });
});

describe('derived figures shown on the site', () => {
  const byId = new Map(figures.map((f) => [f.id, f]));
  /** Stated derivations as the all-figures download writes them: "ratio(a,b)". */
  const derived = parseFigures(read('/data/all-figures.csv')).filter((r) => r.derivation);
  it('the reports state at least the five known derived values', () => {
    expect(derived.length).toBeGreaterThanOrEqual(5);
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
