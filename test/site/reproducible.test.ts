/** Two builds of the same commit produce the same files, byte for byte: no timestamps, no random ids. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { files } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildInto(dir: string): Map<string, string> {
  execFileSync('node_modules/.bin/astro', ['build', '--outDir', dir], {
    stdio: 'ignore',
    env: { ...process.env, OG_CACHE_DIR: join(work, 'og-cache') },
  });
  execFileSync('node_modules/.bin/pagefind', ['--site', dir], { stdio: 'ignore' });
  return new Map(files(dir, '').map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

describe('reproducible builds', () => {
  it('building twice gives identical output', () => {
    const a = buildInto(join(work, 'a'));
    rmSync(join(work, 'og-cache'), { recursive: true, force: true }); // the second build draws its share images afresh
    const b = buildInto(join(work, 'b'));
    expect(a.size).toBeGreaterThan(300);
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f));
    expect(differ).toEqual([]);
  }, 300_000);
});
