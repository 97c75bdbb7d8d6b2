/**
 * Charts drawn from frozen figures (test/data/), as Plot tests its marks: one snapshot per
 * chart in test/output/<chart>.svg, after normalising numbers (rounded to one decimal) so
 * that floating-point noise does not churn them, and each chart's rows checked on the same
 * data. In CI a missing snapshot fails instead of being written. To accept a deliberate
 * change: `npx vitest run test/unit/charts.test.ts --update`.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as changningTraining from '../../src/charts/changning-training.ts';
import { wrap } from '../../src/charts/fluid.ts';
import { buildCharts } from '../../src/charts/index.ts';
import * as lingangPlan from '../../src/charts/lingang-plan.ts';
import * as shanghaiCertifiersByType from '../../src/charts/shanghai-certifiers-by-type.ts';
import { lookup } from '../../src/charts/spec.ts';
import { build as buildTimeline, MAX_MILESTONES, rows as timelineRows } from '../../src/charts/timeline.ts';
import * as xiaoshanCertification from '../../src/charts/xiaoshan-certification.ts';
import * as xiaoshanHighSkillShare from '../../src/charts/xiaoshan-high-skill-share.ts';
import * as xiaoshanStudiosByLevel from '../../src/charts/xiaoshan-studios-by-level.ts';
import * as xiaoshanTargets from '../../src/charts/xiaoshan-targets.ts';
import type { FigureRecord } from '../../src/schemas/figures.ts';
import { figures } from '../data/figures.ts';
import { milestones } from '../data/milestones.ts';

const byId = new Map(figures.map((f) => [f.id, f]));
const charts = [...buildCharts(byId), buildTimeline(milestones)];
const { get } = lookup(byId);
/** The frozen figures with some values changed, for rows that must follow the data. */
const changed = (values: Record<string, number>) =>
  lookup(new Map(figures.map((f): [string, FigureRecord] => [f.id, { ...f, value: values[f.id] ?? f.value }]))).get;

const normalise = (svg: string) => svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');

describe('every chart', () => {
  it('has a unique id and lives in src/charts/<id>.ts', () => {
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    for (const c of charts) expect(existsSync(`src/charts/${c.id}.ts`), c.id).toBe(true);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s matches its snapshot', async (id, c) => {
    await expect(normalise(c.svg)).toMatchFileSnapshot(`../output/${id}.svg`);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s is an accessible image with a table', (_, c) => {
    expect(c.svg).toMatch(
      /^<svg[^>]* role="img" aria-labelledby="[^"]+-t [^"]+-d"><title id=[^>]+>[^<]+<\/title><desc id=[^>]+>[^<]+<\/desc>/,
    );
    expect(c.svg).not.toMatch(/<g[^>]* aria-label=/);
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
  it.each(charts.map((c) => [c.id, c] as const))('%s is never scaled: no viewBox, the card’s width, text 12–17 px', (_, c) => {
    const root = c.svg.match(/^<svg[^>]*>/)![0];
    expect(root).not.toContain('viewBox');
    expect(root).toContain('width="100%"');
    expect(root).toContain(`height="${c.height}"`);
    const sizes = [...c.svg.matchAll(/font-size="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(17);
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
  it('xiaoshan-targets: completion is achieved ÷ target, to one decimal, beside the stated rate', () => {
    const [training] = xiaoshanTargets.rows(get);
    expect(training).toMatchObject({ achieved: 34840, target: 26000, completion: 134, stated_completion: 134 });
    expect(xiaoshanTargets.rows(changed({ 'xiaoshan-training-achieved': 13000 }))[0]!.completion).toBe(50);
  });

  it('xiaoshan-targets: the title stops claiming every target was exceeded when one was not', () => {
    expect(xiaoshanTargets.build(get).title).toContain('全部超额完成');
    expect(xiaoshanTargets.build(changed({ 'xiaoshan-training-achieved': 13000 })).title).not.toContain('超额');
  });

  it('xiaoshan-studios-by-level: the district-level remainder is computed and marked derived', () => {
    const rows = xiaoshanStudiosByLevel.rows(get);
    expect(rows.at(-1)).toMatchObject({ count: 76 - 1 - 10 - 19, derived: '是' });
    expect(rows.slice(0, -1).every((r) => r.derived === '')).toBe(true);
    expect(() => xiaoshanStudiosByLevel.rows(changed({ 'xiaoshan-master-studios-total': 20 }))).toThrow(/exceed/);
  });

  it('shanghai-certifiers-by-type: shares of the stated total, largest first', () => {
    const rows = shanghaiCertifiersByType.rows(get);
    expect(rows.map((r) => r.count)).toEqual([...rows.map((r) => Number(r.count))].sort((a, b) => b - a));
    expect(rows.reduce((s, r) => s + Number(r.count), 0)).toBe(get('shanghai-certifiers-total').value);
    expect(rows[0]!.share).toBe(Math.round((Number(rows[0]!.count) / get('shanghai-certifiers-total').value) * 1000) / 10);
  });

  it('changning-training: the offline remainder is total − online, marked derived', () => {
    const [, online, rest] = changningTraining.rows(get);
    expect(rest!.value).toBe(get('changning-training-total').value - Number(online!.value));
    expect(rest!.derived).toBe('是');
  });

  it('xiaoshan-certification and xiaoshan-high-skill-share: each whole’s parts add up to 100 %', () => {
    for (const parts of [xiaoshanCertification.rows(get), xiaoshanHighSkillShare.rows(get)]) {
      for (const whole of new Set(parts.map((p) => p.whole))) {
        const total = parts.filter((p) => p.whole === whole).reduce((s, p) => s + p.share, 0);
        expect(total, whole).toBeCloseTo(100, 0);
      }
    }
  });

  it('lingang-plan: one row per target, in the plan’s order', () => {
    expect(lingangPlan.rows(get).map((r) => r.target)).toEqual([1, 10, 100, 1000, 10000, 10000]);
  });

  it('a chart naming a figure that does not exist throws', () => {
    expect(() => lookup(new Map()).get('nope')).toThrow(/nope/);
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
    const c = buildTimeline(Array.from({ length: 100 }, (_, i) => milestone(i)));
    expect(c.rows).toHaveLength(MAX_MILESTONES);
    expect(c.rows.at(-1)!.title).toBe('第99条');
    expect(c.rows[0]!.title).toBe(`第${100 - MAX_MILESTONES}条`);
    expect(c.svg.match(/<circle /g)).toHaveLength(MAX_MILESTONES);
    expect(c.notes.join('')).toContain(`共有 100 条有日期的记录，图中只画最近的 ${MAX_MILESTONES} 条`);
  });

  it('opens each year with a header before its first milestone and after the previous year’s last', () => {
    const c = buildTimeline(milestones);
    const order = [...c.svg.matchAll(/data-year(-tick)?="(\d{4})"/g)].map((m) => `${m[1] ? 'tick' : 'event'} ${m[2]}`);
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
    const c = buildTimeline(Array.from({ length: MAX_MILESTONES }, (_, i) => milestone(i)));
    expect(c.rows).toHaveLength(MAX_MILESTONES);
    expect(c.notes.join('')).not.toContain('只画最近');
  });
});
