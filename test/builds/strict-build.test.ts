/**
 * Any error stops the build, whichever kind of content file it comes from: a copy of this
 * tree is given one bad file at a time (a Markdown link to a script address, which the
 * Markdown pipeline refuses while rendering: src/lib/content/safe-links.ts) and built. Each
 * build must exit non-zero, name the file, and leave no completion marker. The district
 * texts (.md) are the case that once passed: Astro's loader logged the error and the build
 * exited 0 (src/integrations/strict-build.ts). Its second build proves the failed entry is
 * not kept in the content store, where the next build would have published it silently.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ours } from '../../scripts/bench/generate.ts';
import { COMPLETE_MARKER } from '../../src/integrations/build-lock.ts';
import { buildEnv } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-strict-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
ours(process.cwd(), work, 0, { news: 0, figures: 0 });
const out = join(work, 'out');

const build = () => {
  const built = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: work,
    env: buildEnv({ BRIEFS: 'off' }),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { status: built.status, log: built.stdout + built.stderr };
};

const KINDS = [
  ['a district text', 'src/content/districts/putuo.md', 2],
  ['a craftsman’s profile', 'src/content/craftsmen/zhang-jianping.mdx', 1],
  ['a news item', 'src/content/news/putuo-youth-skills-day.mdx', 1],
] as const;

describe('a build with a bad content file', () => {
  it.each(KINDS)('fails in %s, names the file, and leaves no completion marker', (_, file, builds) => {
    const original = readFileSync(join(work, file));
    appendFileSync(join(work, file), '\n\n[打开](javascript:alert(document.domain))\n');
    try {
      for (let i = 0; i < builds; i++) {
        const { status, log } = build();
        expect(status, log.slice(-2000)).not.toBe(0);
        expect(log).toContain(`${file}: "javascript:alert(document.domain)"`);
        expect(existsSync(join(out, COMPLETE_MARKER))).toBe(false);
      }
    } finally {
      writeFileSync(join(work, file), original);
    }
  });
});
