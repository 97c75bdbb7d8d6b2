/**
 * The helpers behind derived numbers. That every derived value a report states recomputes
 * from its parts is the content check's job (it stops the build; see the bad fixture
 * derived-value-does-not-recompute); here the arithmetic it relies on.
 */
import { describe, expect, it } from 'vitest';
import { checkStated, compute, percent, remainder, roundingTolerance } from '../../src/lib/content/derive.ts';
import { figures } from '../data/figures.ts';

describe('derivation helpers', () => {
  it('computes ratios in per cent, sums and differences', () => {
    expect(compute('ratio', [3066, 5926])).toBeCloseTo(51.738, 3);
    expect(compute('sum', [17, 6, 31, 46])).toBe(100);
    expect(compute('difference', [76, 1, 10, 19])).toBe(46);
  });

  it('takes the tolerance from the decimals the report prints', () => {
    expect(roundingTolerance(134)).toBe(0.5);
    expect(roundingTolerance(51.74)).toBeCloseTo(0.005);
  });

  it('accepts a stated rate within the report’s rounding and catches one outside it', () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    const rate = byId.get('xiaoshan-training-completion-rate')!;
    expect(checkStated(rate, byId)).toMatchObject({ stated: 134, ok: true });
    expect(checkStated({ ...rate, value: 136 }, byId).ok).toBe(false);
  });

  it('rounds a percentage to one decimal and refuses a whole that is not positive', () => {
    expect(percent(11391, 7000)).toBe(162.7);
    expect(percent(0, 5)).toBe(0);
    expect(() => percent(1, 0)).toThrow(/positive/);
    expect(() => percent(1, -3)).toThrow(/positive/);
  });

  it('refuses parts larger than the whole', () => {
    expect(remainder(76, [1, 10, 19])).toBe(46);
    expect(() => remainder(10, [6, 5])).toThrow();
  });
});
