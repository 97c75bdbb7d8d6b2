/**
 * Two builds of the same commit produce the same files, byte for byte (no timestamps, no
 * random ids), and a build for a deployment address uses that address everywhere: these
 * builds set SITE_URL, the suite's main build (dist/) leaves it unset.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREVIEW_URL } from '../../src/site-address.ts';
import { buildEnv, files } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const DEPLOYED = 'https://jiangxin.gov.cn/';
/** Addresses that must never be published: the old placeholder and the reserved example names. */
const PLACEHOLDER = /example\.(cn|com|org|net|invalid)|skills-atlas\.example/;

function buildInto(dir: string): Map<string, string> {
  execFileSync('node_modules/.bin/astro', ['build', '--outDir', dir], {
    stdio: 'ignore',
    env: buildEnv({ SITE_URL: DEPLOYED, OG_CACHE_DIR: join(work, 'og-cache') }),
  });
  return new Map(files(dir, '').map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** Every text file of a built site, with its content (Pagefind's own scripts, which use example.com internally, aside). */
const texts = (dir: string) =>
  files(dir, '')
    .filter((f) => /\.(html|xml|json|csv|txt|svg|js|css)$|_headers$/.test(f) && !relative(dir, f).startsWith('pagefind/'))
    .map((f) => [relative(dir, f), readFileSync(f, 'utf8')] as const);

describe('the built site’s address', () => {
  it('without SITE_URL, every link, QR code and citation points where npm start serves', () => {
    const home = readFileSync('dist/index.html', 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${PREVIEW_URL}"`);
    for (const [file, text] of texts('dist')) expect(text, file).not.toMatch(PLACEHOLDER);
  });
});

describe('reproducible builds', () => {
  it('building twice for a deployment address gives identical output that names only that address', () => {
    const a = buildInto(join(work, 'a'));
    rmSync(join(work, 'og-cache'), { recursive: true, force: true }); // the second build draws its share images afresh
    const b = buildInto(join(work, 'b'));
    expect(a.size).toBeGreaterThan(300);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
    expect(differ).toEqual([]);
    const pages = texts(join(work, 'a'));
    for (const [file, text] of pages) {
      expect(text, file).not.toMatch(PLACEHOLDER);
      expect(text, file).not.toContain('127.0.0.1:4321');
    }
    expect(pages.find(([f]) => f === 'index.html')![1]).toContain(`<link rel="canonical" href="${DEPLOYED}"`);
  }, 300_000);
});
