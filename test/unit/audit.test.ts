import { describe, expect, it } from 'vitest';
import { verdict } from '../../scripts/audit.ts';

const report = (high: number, critical: number) => ({ metadata: { vulnerabilities: { info: 0, low: 2, moderate: 1, high, critical } } });

describe('npm audit verdict', () => {
  it('fails on any high or critical advisory', () => {
    expect(verdict(report(1, 0)).ok).toBe(false);
    expect(verdict(report(0, 1)).ok).toBe(false);
  });
  it('passes low and moderate ones, and says what it saw', () => {
    expect(verdict(report(0, 0))).toEqual({ ok: true, text: 'npm audit --omit=dev: 0 critical, 0 high, 1 moderate, 2 low' });
  });
  it('says so when the registry gave no report', () => {
    const v = verdict({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk' });
    expect(v.ok).toBe(true);
    expect(v.text).toContain('no advisories checked');
  });
});
