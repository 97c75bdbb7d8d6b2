/**
 * One snapshot per chart in test/output/<chart>.svg, after normalising numbers (rounded to
 * one decimal) so that floating-point noise does not churn them. In CI a missing snapshot
 * fails instead of being written. To accept a deliberate change: `npx vitest run test/unit/charts.test.ts --update`.
 */
import { describe, expect, it } from 'vitest';
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
