/** Every derived value a report states is recomputed from its parts; a mismatch fails. */
import { describe, expect, it } from 'vitest';
import { checkStated, completion, compute, remainder, roundingTolerance } from '../../src/lib/content/derive.ts';
import { figures } from '../support/content.ts';

const byId = new Map(figures.map((f) => [f.id, f]));
const stated = figures.filter((f) => f.derivation);

describe('derived numbers in the reports', () => {
  it('the reports state at least the known derived values', () => {
    expect(stated.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'xiaoshan-training-completion-rate',
        'xiaoshan-new-skilled-talent-completion-rate',
        'xiaoshan-new-high-skilled-talent-completion-rate',
        'xiaoshan-certification-self-trained-share',
        'xiaoshan-certification-pilot-units',
        'shanghai-certifiers-total',
      ]),
    );
  });

  it.each(stated.map((f) => [f.id, f] as const))('%s matches its parts within the report’s rounding', (_, f) => {
    const result = checkStated(f, byId);
    expect(Math.abs(result.computed - result.stated)).toBeLessThanOrEqual(result.tolerance + 1e-9);
  });
});

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
  it('catches a stated value that does not match', () => {
    const parts = new Map([
      ['a', { id: 'a', value: 3066, unit: '人' }],
      ['b', { id: 'b', value: 5926, unit: '人' }],
    ]);
    expect(checkStated({ id: 'x', value: 52.74, unit: '%', derivation: { op: 'ratio', of: ['a', 'b'] } }, parts).ok).toBe(false);
  });
  it('rounds completion to one decimal and refuses parts larger than the whole', () => {
    expect(completion(11391, 7000)).toBe(162.7);
    expect(() => remainder(10, [6, 5])).toThrow();
  });
});

describe('every figure', () => {
  it.each(figures.map((f) => [f.id, f] as const))('%s has a source, a passage and a date', (_, f) => {
    expect(f.source).toBeTruthy();
    expect(f.passage.length).toBeGreaterThan(1);
    expect(f.asOf ?? f.period).toBeTruthy();
  });
});
