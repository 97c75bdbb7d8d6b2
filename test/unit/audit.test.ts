import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AuditReport, type LockPackages, NO_SERVICE, ships, type Vulnerability, verdict } from '../../scripts/audit.ts';

/** A lock with one production package, Pagefind and its binary (dev), and a dev-only tool. */
const lock: LockPackages = {
  '': {},
  'node_modules/astro': {},
  'node_modules/pagefind': { dev: true },
  'node_modules/@pagefind/linux-x64': { dev: true, devOptional: true },
  'node_modules/vitest': { dev: true },
  'node_modules/lighthouse/node_modules/tar': { dev: true },
};

const run = (report: AuditReport | string) => ({
  stdout: typeof report === 'string' ? report : JSON.stringify(report),
  stderr: '',
});
const vulnerable = (entries: Record<string, [Vulnerability['severity'], string[]?]>) => ({
  auditReportVersion: 2,
  vulnerabilities: Object.fromEntries(
    Object.entries(entries).map(([name, [severity, nodes]]) => [name, { name, severity, nodes: nodes ?? [`node_modules/${name}`] }]),
  ),
});

describe('npm audit verdict', () => {
  it('fails on a high or critical advisory in a production dependency', () => {
    expect(verdict(run(vulnerable({ astro: ['high'] })), lock).ok).toBe(false);
    expect(verdict(run(vulnerable({ astro: ['critical'] })), lock).ok).toBe(false);
  });

  it('fails on a high advisory in Pagefind, a dev dependency whose output ships in dist/pagefind', () => {
    const v = verdict(run(vulnerable({ pagefind: ['high'] })), lock);
    expect(v.ok).toBe(false);
    expect(v.text).toContain('pagefind (high)');
    expect(verdict(run(vulnerable({ '@pagefind/linux-x64': ['critical'] })), lock).ok).toBe(false);
  });

  it('passes a high advisory in a dev-only package, and counts it', () => {
    const v = verdict(run(vulnerable({ vitest: ['high'], tar: ['critical', ['node_modules/lighthouse/node_modules/tar']] })), lock);
    expect(v).toEqual({
      ok: true,
      text: 'npm audit: shipped packages (production dependencies and Pagefind): 0 critical, 0 high, 0 moderate, 0 low; dev-only: 1 critical, 1 high, 0 moderate, 0 low',
    });
  });

  it('passes low and moderate advisories in shipped packages', () => {
    expect(verdict(run(vulnerable({ astro: ['moderate'], pagefind: ['low'] })), lock).ok).toBe(true);
  });

  it('judges a package the lock does not know as shipping', () => {
    expect(verdict(run(vulnerable({ mystery: ['high'] })), lock).ok).toBe(false);
  });

  it('says plainly that nothing was checked when the registry answers 405, and passes', () => {
    const v = verdict(
      run({
        message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
        error: { summary: '', detail: '' },
      }),
      lock,
    );
    expect(v.ok).toBe(true);
    expect(v.text).toContain(NO_SERVICE);
    expect(v.text).toContain('no advisories checked');
  });

  it('fails on any other failure: a network error, another HTTP error, unparsable output, npm not starting', () => {
    const network = { error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed', detail: '' } };
    expect(verdict(run(network), lock).ok).toBe(false);
    expect(verdict(run({ message: '503 Service Unavailable - POST …/advisories/bulk', statusCode: 503 }), lock).ok).toBe(false);
    expect(verdict(run({ message: '404 Not Found - POST …/advisories/bulk', statusCode: 404 }), lock).ok).toBe(false);
    const garbled = verdict({ stdout: 'npm error code ECONNRESET', stderr: 'npm error network aborted' }, lock);
    expect(garbled.ok).toBe(false);
    expect(garbled.text).toContain('unparsable');
    expect(verdict({ stdout: '', stderr: '' }, lock).ok).toBe(false);
    expect(verdict({ stdout: 'null', stderr: '' }, lock).ok).toBe(false);
    expect(verdict({ stdout: '', stderr: '', error: new Error('spawnSync npm ENOENT') }, lock).ok).toBe(false);
  });
});

describe('what the audit covers, judged against the real package-lock.json', () => {
  const real = (JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: LockPackages }).packages;
  const judge = (node: string) => ships(nameOf(node), { severity: 'high', nodes: [node] }, real);
  const nameOf = (node: string) => node.replace(/^.*node_modules\//, '');

  it('Pagefind and its binaries ship, though they are dev dependencies', () => {
    const pagefind = Object.keys(real).filter((node) => /^node_modules\/(pagefind|@pagefind\/[^/]+)$/.test(node));
    expect(pagefind).toContain('node_modules/pagefind');
    expect(pagefind.length).toBeGreaterThan(1);
    for (const node of pagefind) expect(judge(node), node).toBe(true);
  });

  it('production dependencies ship; dev-only tools do not', () => {
    expect(judge('node_modules/astro')).toBe(true);
    expect(judge('node_modules/d3')).toBe(true);
    expect(judge('node_modules/vitest')).toBe(false);
    expect(judge('node_modules/@biomejs/biome')).toBe(false);
  });

  it('the script audits the whole tree, not only production dependencies', () => {
    const source = readFileSync('scripts/audit.ts', 'utf8');
    expect(source).toContain("spawnSync('npm', ['audit', '--json']");
    expect(source).not.toMatch(/--omit|--production|--only/);
  });
});
