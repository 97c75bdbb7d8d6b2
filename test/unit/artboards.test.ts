/**
 * The page shows each chart's rendering by CSS container queries (src/styles/charts.css);
 * the bands there must be the code's (src/charts/artboards.ts), or a card would show a drawing
 * shrunk below 12 px text or stretched past 16 px, or none at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAND_STARTS, BASE_EM, GROWTH, heightAt, RENDER_WIDTHS, renderingFor, SHRINK, tallest } from '../../src/charts/artboards.ts';
import { FONT_SIZE } from '../../src/charts/theme.ts';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/charts.css'), 'utf8');

/** Each band: where it starts (px at 标准), the rendering it shows, and how wide that may grow. */
const starts = [
  ...css.matchAll(
    /@container \(width >= ([\d.]+)em\) \{\s*\.chart-art > \[data-w\] \{\s*display: none;\s*\}\s*\.chart-art > \[data-w="(\d+)"\] \{([^}]*)\}/g,
  ),
].map((m) => ({
  from: Number(m[1]) * BASE_EM,
  width: Number(m[2]),
  max: /max-width: ([\d.]+)rem/.exec(m[3]!)?.[1],
}));
const first = /\n\.chart-art > \[data-w="(\d+)"\] \{\s*display: block;/.exec(css)!;
const rules = [{ from: 0, width: Number(first[1]), max: undefined }, ...starts].map((r, i, all) => ({
  ...r,
  to: all[i + 1]?.from ?? Number.POSITIVE_INFINITY,
  max: r.max !== undefined ? Number(r.max) * 16 : undefined,
}));
const renderings = RENDER_WIDTHS.map((width) => ({ width, height: 100, svg: '' }));

describe('the renderings a card shows', () => {
  it('one rule per rendering, in order of the bands the code sets, the widest capped', () => {
    expect(rules.map((r) => r.width)).toEqual([...RENDER_WIDTHS]);
    for (const [i, r] of rules.entries()) expect(r.from).toBeCloseTo(BAND_STARTS[i]!, 0);
    expect(rules.at(-1)!.max).toBeDefined();
  });

  it('13 px text shows at 12 to 16 px across each band (past the narrowest)', () => {
    for (const [i, r] of rules.entries()) {
      const widest = Math.min(r.to, r.max ?? Number.POSITIVE_INFINITY);
      expect(widest / r.width, `${r.width}`).toBeLessThanOrEqual(GROWTH + 0.001);
      expect((FONT_SIZE * widest) / r.width).toBeLessThanOrEqual(16);
      if (i > 0) expect((FONT_SIZE * r.from) / r.width, `${r.width}`).toBeGreaterThanOrEqual(12 - 0.05);
      if (i > 0) expect(r.from / r.width).toBeGreaterThanOrEqual(SHRINK - 0.002);
    }
  });

  it('the code picks the rendering the CSS shows', () => {
    for (let c = 150; c <= 1600; c += 7) {
      const rule = rules.find((r) => r.from <= c && c < r.to)!;
      expect(renderingFor(renderings, c).width, String(c)).toBe(rule.width);
    }
  });

  it('the drawing’s height follows its card, and the tallest covers every width', () => {
    expect(heightAt(renderings, 354)).toBe(100);
    expect(heightAt(renderings, 400)).toBe(Math.ceil((100 * 400) / 354));
    const top = tallest(renderings, 296);
    for (let c = 296; c < 2000; c += 5) expect(heightAt(renderings, c)).toBeLessThanOrEqual(top);
  });
});
