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
import { LICENCE_LINE, SITE_TITLE } from '../../src/consts.ts';
import { compute } from '../../src/lib/content/derive.ts';
import { svgToPng } from '../../src/lib/images/png.ts';
import { FIELDS } from '../../src/lib/present/export.ts';
import { DATE_STATUS_LABEL, KIND_LABEL, QUALIFIER_LABEL } from '../../src/lib/present/labels.ts';
import { column, textWidth } from '../../src/lib/present/xlsx.ts';
import { doc } from '../support/site.ts';
import { readXlsx } from '../support/xlsx.ts';

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
const titles = Object.fromEntries(
  readdirSync('data/datasets').map((file) => [
    file.replace(/\.json$/, ''),
    JSON.parse(readFileSync(`data/datasets/${file}`, 'utf8')).title as string,
  ]),
);

const read = (path: string) => readFileSync(`dist${path}`, 'utf8');
/** A figures CSV as rows keyed by machine name, after checking its BOM and Chinese headers. */
const parseFigures = (csv: string) => {
  expect(csv.charCodeAt(0), 'CSV starts with a byte-order mark').toBe(0xfeff);
  const [header, ...rows] = csvParseRows(csv.slice(1));
  expect(header).toEqual(FIELDS.map((f) => f.header));
  return rows.map((r) => Object.fromEntries(FIELDS.map((f, i) => [f.key, r[i] ?? ''])));
};
/** The cells of a sheet of an .xlsx file, row by row, text and numbers apart (every part checked well-formed). */
const sheet = (file: string, n = 1) => readXlsx(readFileSync(file)).sheets[n - 1]!.rows;

describe('chart downloads', () => {
  it('every chart has its downloads', () => {
    expect(charts.length).toBeGreaterThanOrEqual(9);
  });

  it.each(charts.map((c) => [c.id, c] as const))(
    '%s.csv is the table the chart draws, under its Chinese headers, saying on every row when and from where',
    (id, c) => {
      const csv = read(`/charts/${id}.csv`);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = csvParse(csv.slice(1));
      const about = [...(c.figures.length > 0 ? ['数据时间'] : []), '来源报道', '本图网址'];
      expect(rows.columns).toEqual([...c.columns.map((col) => col.label), ...about]);
      expect(rows.map((r) => Object.fromEntries(c.columns.map((col) => [col.label, r[col.label]])))).toEqual(
        c.rows.map((r) => Object.fromEntries(c.columns.map((col) => [col.label, String(r[col.key] ?? '')]))),
      );
      const when = [...new Set(c.figures.length > 0 ? parseFigures(read(`/charts/${id}.figures.csv`)).map((f) => f.when) : [])];
      for (const r of rows) {
        if (c.figures.length > 0) expect(r['数据时间']!.split('；')).toEqual(when);
        expect(r['来源报道']).toMatch(/^《.+》/);
        expect(r['来源报道']!.match(/《/g)).toHaveLength(c.sources.length);
        expect(r['本图网址']).toMatch(new RegExp(`^https?://[^/]+/charts/${id}/$`));
      }
      expect(doc(`dist/charts/${id}/index.html`).querySelectorAll(`figure#${id} table tbody tr`).length).toBe(c.rows.length);
    },
  );

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

  it('each date is written as the pages write it and as ISO with its known parts only, before its parts', () => {
    const keys = FIELDS.map((f) => f.key);
    let inferred = 0;
    let unknownYear = 0;
    for (const r of all) {
      for (const prefix of ['as_of', 'period_from', 'period_to']) {
        expect(keys.indexOf(`${prefix}_iso`), prefix).toBe(keys.indexOf(`${prefix}_year`) - 1);
        expect(keys.indexOf(`${prefix}_text`), prefix).toBe(keys.indexOf(`${prefix}_year`) - 2);
        const at = `${r.id} ${prefix}`;
        const status = ['year', 'month', 'day'].map((p) => r[`${prefix}_${p}_status`]);
        if (status[0] === '') {
          expect(`${r[`${prefix}_text`]}${r[`${prefix}_iso`]}`, at).toBe('');
          continue;
        }
        const known = ['year', 'month', 'day'].filter((p) => r[`${prefix}_${p}_status`] !== 'unknown').map((p) => r[`${prefix}_${p}`]!);
        const text = r[`${prefix}_text`]!;
        expect(text, at).toContain(`${known.map((v, i) => `${v}${'年月日'[i + (status[0] === 'unknown' ? 1 : 0)]}`).join('')}`);
        if (status[0] === 'unknown') {
          unknownYear++;
          expect(r[`${prefix}_iso`], at).toBe('');
          expect(text, at).toContain('年份未载');
        } else {
          const iso = [r[`${prefix}_year`], r[`${prefix}_month`], r[`${prefix}_day`]]
            .filter((v, i) => v !== '' && status[i] !== 'unknown')
            .map((v, i) => (i === 0 ? v : v!.padStart(2, '0')))
            .join('-');
          expect(r[`${prefix}_iso`], at).toBe(iso);
          expect(r[`${prefix}_iso`], at).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
        if (status.includes('inferred')) inferred++;
        expect(text.includes('推断'), at).toBe(status.includes('inferred'));
      }
      // The column a reader reads first is the line the figure's page shows.
      const page = doc(`dist/figures/${r.id}/index.html`).body.textContent!.replace(/\s+/g, ' ');
      expect(page, r.id).toContain(r.when);
    }
    expect(inferred).toBeGreaterThan(0);
    expect(unknownYear).toBeGreaterThan(0);
  });

  it('every coded value has its Chinese label from the site’s tables, and no labelled column holds a code', () => {
    const tables = { kind: KIND_LABEL, qualifier: QUALIFIER_LABEL } as Record<string, Record<string, string>>;
    const labelled = FIELDS.filter((f) => f.key.endsWith('_label'));
    expect(labelled.length).toBe(11);
    for (const r of all) {
      for (const f of labelled) {
        const code = f.key.replace(/_label$/, '');
        const table = tables[code] ?? DATE_STATUS_LABEL;
        expect(r[f.key], `${r.id} ${f.header}`).not.toMatch(/^[a-z][a-z-]*$/);
        expect(r[f.key], `${r.id} ${f.header}`).toBe(r[code] === '' ? '' : (table as Record<string, string>)[r[code]!]);
      }
      expect(r.source_outlet, r.id).not.toBe('');
      expect(r.source_outlet, r.id).toBe(sources.find((s) => s.id === r.source)!.outlet ?? '报道未写明');
      expect(r.dataset_title, r.id).toBe(titles[r.dataset!]);
    }
  });

  it('each workbook fits its columns, filters and freezes its header, names itself and says where its figures come from', () => {
    for (const set of [...new Set(figures.map((f) => f.dataset)), 'all-figures']) {
      const book = readXlsx(readFileSync(`dist/data/${set}.xlsx`));
      const title = set === 'all-figures' ? '全部数字' : titles[set]!;
      expect(book.sheets.map((s) => s.name)).toEqual([title, '来源与引用', '字段说明']);
      const [data, cite] = book.sheets as [(typeof book.sheets)[0], (typeof book.sheets)[0]];
      const count = set === 'all-figures' ? figures.length : figures.filter((f) => f.dataset === set).length;
      expect(data.widths, set).toHaveLength(FIELDS.length);
      // Every cell fits its column (up to the widest a column grows, past which text wraps), a Chinese character counting double.
      for (const row of data.rows) {
        for (const c of row) {
          const w = data.widths[FIELDS.findIndex((_, i) => column(i) === c.col)]!;
          expect(w, `${set} ${c.col} ${c.text ?? c.number}`).toBeGreaterThanOrEqual(Math.min(60, textWidth(c.text ?? c.number ?? '')));
        }
      }
      expect(data.autoFilter, set).toBe(`A1:${column(FIELDS.length - 1)}${count + 1}`);
      expect(data.frozen, set).toBe(true);
      expect(book.properties, set).toMatchObject({ title, creator: SITE_TITLE, language: 'zh-CN' });
      expect(book.properties.created, set).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      const text = cite.rows.map((r) => r.map((c) => c.text).join('｜')).join('\n');
      expect(text, set).toContain(LICENCE_LINE);
      expect(text, set).toContain(set === 'all-figures' ? '/data/' : `/data/${set}/`);
      expect(text, set).toContain('[EB/OL]');
      for (const id of new Set(
        figures.filter((f) => set === 'all-figures' || f.dataset === set).map((f) => (f as unknown as { source: string }).source),
      )) {
        const s = sources.find((x) => x.id === id)!;
        expect(text, `${set} ${id}`).toContain(s.title);
        if (s.outlet) expect(text, `${set} ${id}`).toContain(`媒体｜${s.outlet}`);
      }
    }
  });

  it('JSON gives null for an empty number, never ""', () => {
    const numeric = FIELDS.filter((f) => f.type !== 'string').map((f) => f.key);
    const rows = [
      ...JSON.parse(read('/data/all.json')).figures,
      ...[...new Set(figures.map((f) => f.dataset))].flatMap((set) => JSON.parse(read(`/data/${set}.json`)).figures),
      ...figures.map((f) => JSON.parse(read(`/figures/${f.id}.json`)).figure),
    ] as Record<string, unknown>[];
    let nulls = 0;
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(FIELDS.map((f) => f.key));
      for (const k of numeric) {
        expect(r[k] === null || typeof r[k] === 'number', `${r.id} ${k}: ${JSON.stringify(r[k])}`).toBe(true);
        if (r[k] === null) nulls++;
      }
    }
    expect(nulls).toBeGreaterThan(0);
    const one = JSON.parse(read(`/data/${figures[0]!.dataset}.json`));
    expect(one.fields.value_to).toMatchObject({ header: '数值上限', type: 'number' });
  });

  it('datapackage.json describes every dataset CSV: its path, licence, sources and a schema matching the header row', () => {
    const pkg = JSON.parse(read('/data/datapackage.json'));
    expect(pkg.profile).toBe('tabular-data-package');
    const sets = [...new Set(figures.map((f) => f.dataset))];
    expect(pkg.resources.map((r: { name: string }) => r.name).sort()).toEqual([...sets, 'all-figures'].sort());
    for (const res of pkg.resources) {
      const [header] = csvParseRows(read(`/data/${res.path}`).slice(1));
      expect(res.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      expect(res.schema.fields.map((f: { type: string }) => f.type)).toEqual(FIELDS.map((f) => f.type));
      expect(res.licenses[0].path).toContain('creativecommons.org/licenses/by/4.0');
      expect(res.sources.length, res.name).toBeGreaterThan(0);
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
