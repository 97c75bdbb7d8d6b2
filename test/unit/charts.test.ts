/**
 * Charts drawn from frozen figures (test/data/), as Plot tests its marks: one snapshot per
 * chart in test/output/<chart>.svg (its downloads' drawing) and <chart>.narrowest.svg,
 * after normalising numbers (rounded to one decimal) so that floating-point noise does not
 * churn them, and each chart's rows checked on the same data. In CI a missing snapshot fails instead of being written. To accept a deliberate
 * change: `npx vitest run test/unit/charts.test.ts --update`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartArt, RENDER_WIDTHS } from '../../src/charts/artboards.ts';
import * as counts from '../../src/charts/counts.ts';
import { buildCharts, buildTimelines } from '../../src/charts/index.ts';
import * as partsOfWhole from '../../src/charts/parts-of-whole.ts';
import * as planTargets from '../../src/charts/plan-targets.ts';
import { lookup } from '../../src/charts/spec.ts';
import * as targetVsResult from '../../src/charts/target-vs-result.ts';
import { wrap } from '../../src/charts/text-layout.ts';
import { FILE_WIDTH } from '../../src/charts/theme.ts';
import { build as buildTimeline, MAX_MILESTONES, rows as timelineRows } from '../../src/charts/timeline.ts';
import type { ChartDeclaration, DeclarationOf } from '../../src/schemas/charts.ts';
import type { FigureRecord } from '../../src/schemas/figures.ts';
import { figures } from '../data/figures.ts';
import { milestones } from '../data/milestones.ts';

const root = join(import.meta.dirname, '../..');
/** Frozen declarations (a copy of data/charts.json), so editing a live title moves no snapshot. */
const declarations = JSON.parse(readFileSync(join(import.meta.dirname, '../data/charts.json'), 'utf8')) as ChartDeclaration[];
const declared = <K extends ChartDeclaration['kind']>(id: string) => declarations.find((d) => d.id === id) as DeclarationOf<K>;
const timelineDeclaration = declared<'timeline'>('timeline');
const byId = new Map(figures.map((f) => [f.id, f]));
const charts = [...buildCharts(declarations, byId), ...buildTimelines(declarations, milestones)];
const { get } = lookup(byId);
/** The frozen figures with some values changed, for rows that must follow the data. */
const changed = (values: Record<string, number>) =>
  lookup(new Map(figures.map((f): [string, FigureRecord] => [f.id, { ...f, value: values[f.id] ?? f.value }]))).get;

const normalise = (svg: string) => svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');

describe('every chart', () => {
  it('has a unique id, and one chart is drawn per declaration', () => {
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    expect(charts.map((c) => c.id)).toEqual(declarations.map((d) => d.id));
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s matches its snapshot', async (id, c) => {
    await expect(normalise(c.file.svg)).toMatchFileSnapshot(`../output/${id}.svg`);
    await expect(normalise(c.renderings[0]!.svg)).toMatchFileSnapshot(`../output/${id}.narrowest.svg`);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s is one accessible image, whatever its renderings, with a table', (_, c) => {
    const art = chartArt(c);
    expect(art.match(/role="img"/g)).toHaveLength(1);
    expect(art).toMatch(/^<div class="chart-art" role="img" aria-label="[^"]+" aria-describedby="([^"]+)"><span id="\1"/);
    // Each rendering is hidden from assistive technology and carries no id or style of its own.
    expect(art.match(/<svg /g)).toHaveLength(RENDER_WIDTHS.length);
    expect(art.match(/<svg [^>]*aria-hidden="true"/g)).toHaveLength(RENDER_WIDTHS.length);
    expect(art.match(/ id="/g)).toHaveLength(1);
    expect(art.match(/aria-label=/g)).toHaveLength(1);
    expect(art).not.toMatch(/<style|style="|class="plot/);
    for (const row of c.rows) for (const col of c.columns) expect(row).toHaveProperty(col.key);
  });

  it.each(charts.filter((c) => c.id !== 'timeline').map((c) => [c.id, c] as const))(
    '%s names the sources, districts and figures of what it looked up',
    (_, c) => {
      const used = c.figures.map((id) => byId.get(id)!);
      expect(used.length).toBeGreaterThan(0);
      expect(c.sources).toEqual([...new Set(used.map((f) => f.source))].sort());
      expect(c.districts).toEqual([...new Set(used.flatMap((f) => (f.district ? [f.district] : [])))].sort());
    },
  );
});

describe('chart text is set in the page’s type scale', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s is drawn at every width, its text at 12–13 px of that width', (_, c) => {
    expect(c.renderings.map((r) => r.width)).toEqual([...RENDER_WIDTHS]);
    expect(c.file.width).toBe(FILE_WIDTH);
    for (const r of [...c.renderings, c.file]) {
      const root = r.svg.match(/^<svg[^>]*>/)![0];
      expect(root).toContain(`viewBox="0 0 ${r.width} ${r.height}"`);
      expect(root).toContain(`width="${r.width}"`);
      const sizes = [...r.svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
      for (const size of sizes) expect(size).toBeLessThanOrEqual(13);
    }
  });

  it('wraps text to a width, without a line starting with closing punctuation or a lone last character', () => {
    const lines = wrap('2020年5月26日 · 临港（年份、月份、日期为推断）', 256, 14, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、：；！？）》”·]/);
    expect([...wrap('长宁推进会发布《长宁职业技能新势力》手册', 256, 13).at(-1)!].length).toBeGreaterThan(2);
    expect(wrap('短', 256)).toEqual(['短']);
  });

  it('never breaks inside a number or a Latin word, and loses no character', () => {
    const text =
      '已完成数与年度目标之比，截至2023年11月20日（年份为推断）；虚线为目标（100%），约34,840人次 · http://example.org/charts/a/';
    for (const width of [120, 160, 200, 256, 320, 400]) {
      const lines = wrap(text, width, 14);
      expect(lines.join(''), String(width)).toBe(text);
      for (const [a, b] of lines.slice(1).map((l, i) => [lines[i]!, l] as const)) {
        expect(`${a}|${b}`, String(width)).not.toMatch(/[\d.,]\|[\d%]/);
        expect(b).not.toMatch(/^[，。、：；！？）》”·%]/);
        expect(a).not.toMatch(/[（《“]$/);
      }
    }
    // Balancing the last line narrows the width: never below a number that fits a line.
    expect(wrap('截至2023年共12345678人次', 68, 14)).toContain('12345678');
  });
});

describe('chart rows follow the data', () => {
  const targets = declared<'target-vs-result'>('xiaoshan-targets');
  const studios = declared<'counts'>('xiaoshan-studios-by-level');
  const certifiers = declared<'counts'>('shanghai-certifiers-by-type');
  const training = declared<'counts'>('changning-training');
  const shares = declared<'parts-of-whole'>('xiaoshan-high-skill-share');

  it('target-vs-result: completion is achieved ÷ target, to one decimal, beside the stated rate', () => {
    const [first] = targetVsResult.rows(targets, get);
    expect(first).toMatchObject({ achieved: 34840, target: 26000, completion: 134, stated_completion: 134 });
    expect(targetVsResult.rows(targets, changed({ 'xiaoshan-training-achieved': 13000 }))[0]!.completion).toBe(50);
  });

  it('counts: a remainder is the whole minus the other bars, marked derived, and never negative', () => {
    const rows = counts.rows(studios, get);
    expect(rows.at(-1)).toMatchObject({ value: 76 - 1 - 10 - 19, derived: '是' });
    expect(rows.slice(0, -1).every((r) => r.derived === '')).toBe(true);
    expect(() => counts.rows(studios, changed({ 'xiaoshan-master-studios-total': 20 }))).toThrow(/exceed/);
    const [, online, rest] = counts.rows(training, get);
    expect(rest!.value).toBe(get('changning-training-total').value - Number(online!.value));
    expect(rest!.derived).toBe('是');
  });

  it('counts: shares of the stated whole, largest first', () => {
    const rows = counts.rows(certifiers, get);
    expect(rows.map((r) => r.value)).toEqual([...rows.map((r) => Number(r.value))].sort((a, b) => b - a));
    expect(rows.reduce((s, r) => s + Number(r.value), 0)).toBe(get('shanghai-certifiers-total').value);
    expect(rows[0]!.share).toBe(Math.round((Number(rows[0]!.value) / get('shanghai-certifiers-total').value) * 1000) / 10);
  });

  it('parts-of-whole: each whole’s parts add up to 100 %', () => {
    for (const id of ['xiaoshan-certification', 'xiaoshan-high-skill-share']) {
      const parts = partsOfWhole.rows(declared<'parts-of-whole'>(id), get);
      for (const whole of new Set(parts.map((p) => p.whole))) {
        const total = parts.filter((p) => p.whole === whole).reduce((s, p) => s + p.share, 0);
        expect(total, whole).toBeCloseTo(100, 0);
      }
    }
  });

  it('a computed share is rounded once: the title says what the note says', () => {
    const c = partsOfWhole.build(shares, get);
    const share = Math.round((110000 / 310000) * 1000) / 10;
    expect(c.title).toContain(`约 ${share}%`);
    expect(c.notes[0]).toContain(`算得 ${share}%`);
    expect(c.title).not.toMatch(/今年|约 36/);
  });

  it('plan-targets: one row per target, in the declared order', () => {
    expect(planTargets.rows(declared<'plan-targets'>('lingang-plan'), get).map((r) => r.target)).toEqual([1, 10, 100, 1000, 10000, 10000]);
  });

  it('a chart naming a figure that does not exist throws', () => {
    expect(() => lookup(new Map()).get('nope')).toThrow(/nope/);
  });
});

describe('no content in code', () => {
  /** Every file under src/ but the content folder, with its text. */
  const code = (dir: string): [string, string][] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? dir === 'src' && e.name === 'content'
          ? []
          : code(join(dir, e.name))
        : [[join(dir, e.name), readFileSync(join(root, dir, e.name), 'utf8')] as [string, string]],
    );
  const live = JSON.parse(readFileSync(join(root, 'data/charts.json'), 'utf8')) as ChartDeclaration[];
  const datasets = readdirSync(join(root, 'data/datasets')).map((f) => f.replace(/\.json$/, ''));
  const figureIds = datasets.flatMap((d) =>
    (JSON.parse(readFileSync(join(root, 'data/datasets', `${d}.json`), 'utf8')) as { figures: { id: string }[] }).figures.map((f) => f.id),
  );
  const districts = readdirSync(join(root, 'src/content/districts')).map((f) => f.replace(/\.mdx?$/, ''));
  const quoted = (id: string) => new RegExp(`['"\`/]${id}['"\`/.]`);

  it.each(code('src/charts'))('%s names no figure, dataset, district or chart, and writes no chart title', (_, text) => {
    for (const id of [...figureIds, ...datasets, ...districts, ...live.filter((d) => d.id !== d.kind).map((d) => d.id)])
      expect(text).not.toMatch(quoted(id));
    for (const d of live) expect(text).not.toContain(d.title);
  });

  it('no code under src/ names a figure, dataset, district or chart, or writes a chart’s title', () => {
    for (const [file, text] of code('src')) {
      for (const id of [...figureIds, ...datasets, ...districts, ...live.filter((d) => d.id !== d.kind).map((d) => d.id)])
        expect(text, file).not.toMatch(quoted(id));
      for (const d of live) expect(text, file).not.toContain(d.title.replace(/\{[^}]*\}/g, '').slice(0, 12));
    }
  });
});

describe('the timeline', () => {
  const milestone = (i: number) => ({
    date: { year: 2000 + Math.floor(i / 12), month: (i % 12) + 1, inferred: [] },
    district: 'minhang',
    districtName: '闵行',
    title: `第${i}条`,
    href: `/news/n${i}/`,
    source: 's',
  });

  it('sorts by date, marks inferred years and never writes an unknown year', () => {
    const rows = timelineRows(milestones);
    const dated = rows.filter((r) => r.date !== '');
    expect(dated.map((r) => r.date)).toEqual([...dated.map((r) => String(r.date))].sort());
    const unknown = rows.filter((r) => String(r.date_status).includes('年份未载'));
    expect(unknown.length).toBeGreaterThan(0);
    for (const r of unknown) expect(String(r.date_text)).not.toMatch(/\d{4}/);
  });

  it('draws only the newest milestones past the cap, and says how many there are', () => {
    const c = buildTimeline(
      timelineDeclaration,
      Array.from({ length: 100 }, (_, i) => milestone(i)),
    );
    expect(c.rows).toHaveLength(MAX_MILESTONES);
    expect(c.rows.at(-1)!.title).toBe('第99条');
    expect(c.rows[0]!.title).toBe(`第${100 - MAX_MILESTONES}条`);
    expect(c.draw(320).svg.match(/<circle /g)).toHaveLength(MAX_MILESTONES);
    expect(c.notes.join('')).toContain(`共有 100 条有日期的记录，图中只画最近的 ${MAX_MILESTONES} 条`);
  });

  it('opens each year with a header before its first milestone and after the previous year’s last', () => {
    const c = buildTimeline(timelineDeclaration, milestones);
    const order = [...c.draw(320).svg.matchAll(/data-year(-tick)?="(\d{4})"/g)].map((m) => `${m[1] ? 'tick' : 'event'} ${m[2]}`);
    const ticks = order.filter((o) => o.startsWith('tick'));
    expect(ticks.length).toBeGreaterThan(1);
    let year = '';
    for (const o of order) {
      const [kind, y] = o.split(' ') as [string, string];
      if (kind === 'tick') {
        expect(y > year).toBe(true);
        year = y;
      } else expect(y).toBe(year);
    }
  });

  it('draws every milestone up to the cap, without the note', () => {
    const c = buildTimeline(
      timelineDeclaration,
      Array.from({ length: MAX_MILESTONES }, (_, i) => milestone(i)),
    );
    expect(c.rows).toHaveLength(MAX_MILESTONES);
    expect(c.notes.join('')).not.toContain('只画最近');
  });
});
