/**
 * One snapshot per chart in test/output/<chart>.svg, after normalising numbers (rounded to
 * one decimal) so that floating-point noise does not churn them. In CI a missing snapshot
 * fails instead of being written. To accept a deliberate change: `npx vitest run test/unit/charts.test.ts --update`.
 */
import { describe, expect, it } from 'vitest';
import { build as buildTimeline, MAX_MILESTONES } from '../../src/charts/timeline.ts';
import { charts } from '../support/content.ts';

const normalise = (svg: string) => svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<');

describe('charts', () => {
  it('there are at least eight, with unique ids', () => {
    expect(charts.length).toBeGreaterThanOrEqual(8);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s matches its snapshot', async (id, c) => {
    await expect(normalise(c.svg)).toMatchFileSnapshot(`../output/${id}.svg`);
  });

  it.each(charts.map((c) => [c.id, c] as const))('%s is an accessible image with a source and a table', (_, c) => {
    expect(c.svg).toMatch(/^<svg[^>]* role="img" aria-labelledby="[^"]+-t [^"]+-d"><title id=[^>]+>[^<]+<\/title><desc id=[^>]+>[^<]+<\/desc>/);
    expect(c.svg).not.toMatch(/<g[^>]* aria-label=/);
    expect(c.sources.length).toBeGreaterThan(0);
    expect(c.rows.length).toBeGreaterThan(0);
    for (const row of c.rows) for (const col of c.columns) expect(row).toHaveProperty(col.key);
  });

  it('a chart draws the numbers in its table', () => {
    const targets = charts.find((c) => c.id === 'xiaoshan-targets')!;
    for (const r of targets.rows) expect(targets.svg).toContain(`${r.completion}%`);
  });
});

describe('the timeline at scale', () => {
  const milestone = (i: number) => ({
    date: { date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, precision: 'month' as const, inferred: [], unknown: [] },
    district: 'minhang',
    districtName: '闵行',
    title: `第${i}条`,
    href: `/news/n${i}/`,
    source: 's',
  });

  it('draws only the newest milestones past the cap, and says how many there are', () => {
    const many = Array.from({ length: 100 }, (_, i) => milestone(i));
    const c = buildTimeline(many);
    expect(c.rows).toHaveLength(MAX_MILESTONES);
    expect(c.rows.at(-1)!.title).toBe('第99条');
    expect(c.rows[0]!.title).toBe(`第${100 - MAX_MILESTONES}条`);
    expect(c.svg.match(/<circle /g)).toHaveLength(MAX_MILESTONES);
    expect(c.notes.join('')).toContain(`共有 100 条有日期的记录，图中只画最近的 ${MAX_MILESTONES} 条`);
  });

  it('draws every milestone up to the cap, without the note', () => {
    const c = buildTimeline(Array.from({ length: MAX_MILESTONES }, (_, i) => milestone(i)));
    expect(c.rows).toHaveLength(MAX_MILESTONES);
    expect(c.notes.join('')).not.toContain('只画最近');
  });
});
