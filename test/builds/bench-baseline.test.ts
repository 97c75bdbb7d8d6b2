/**
 * The benchmark's bare baseline (scripts/bench/generate.ts, `bare`) builds: the same stories
 * as our site, in a minimal Astro + MDX site. The stories import our components
 * (`<FigureRef />`), which the baseline gives stand-ins; without them `npm run bench` stopped at
 * its first bare build, once the stories began to use one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bare } from '../../scripts/bench/generate.ts';
import { buildEnv } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-bare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the benchmark’s bare baseline', () => {
  it('builds a page for every story, ours and generated', () => {
    bare(process.cwd(), work, 20);
    const built = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
      cwd: work,
      env: buildEnv(),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(built.status, (built.stdout + built.stderr).slice(-3000)).toBe(0);
    const stories = readdirSync(join(work, 'src/content/craftsmen')).map((f) => f.replace(/\.mdx$/, ''));
    expect(stories.length).toBeGreaterThan(20);
    for (const id of stories) expect(existsSync(join(work, 'dist/craftsmen', id, 'index.html')), id).toBe(true);
  }, 300_000);
});
