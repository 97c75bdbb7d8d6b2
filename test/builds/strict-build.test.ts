/**
 * Any error stops the build (src/integrations/strict-build.ts), wherever it is reported. A
 * copy of this tree gets a tripwire: a Markdown plugin that fails on any sixth-level heading
 * (standing for any plugin an entry can trip; the content check has nothing against such a
 * heading, so only the pipeline sees it) and a hook that logs an error when asked. Each kind
 * of content file is given the heading in turn, and built: each build must exit non-zero,
 * name the file, and leave no completion marker. Plain Markdown texts (.md: a district text
 * that cites no figure stays one) are the case that once passed: Astro's loader logged the
 * error and the build exited 0. Their second build proves the failed entry is not kept in
 * the content store, where the next build would have published it silently. A build
 * without SITE_URL stops before it writes anything (src/integrations/site-address.ts).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ours } from '../../scripts/bench/generate.ts';
import { COMPLETE_MARKER } from '../../src/integrations/build-lock.ts';
import { buildEnv, STORE } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-strict-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
ours(process.cwd(), work, 0, { news: 0, figures: 0 });
// The tree starts from this project's content store (its own copy: a failed build deletes it),
// as a developer's next build would: only the file given the tripwire is loaded afresh.
if (existsSync(STORE)) cpSync(STORE, join(work, STORE), { recursive: true });
// The content is MDX throughout (the editing desk writes .mdx); a developer may still write a
// text in plain Markdown, which goes through its own pipeline: one district is made so here.
renameSync(join(work, 'src/content/districts/pudong.mdx'), join(work, 'src/content/districts/pudong.md'));
const out = join(work, 'out');

const TRIPWIRE = `export const tripwire = {
  name: 'test:tripwire',
  hooks: {
    'astro:config:setup': ({ config }) => {
      config.markdown.processor.options.hastPlugins.push({
        name: 'test:tripwire',
        element: { filter: ['h6'], visit() { throw new Error('tripwire: a Markdown plugin failed'); } },
      });
    },
    'astro:build:done': ({ logger }) => {
      if (process.env.TRIPWIRE_HOOK) logger.error('tripwire: a hook reported an error');
    },
  },
};
`;
writeFileSync(join(work, 'tripwire.mjs'), TRIPWIRE);
const config = readFileSync(join(work, 'astro.config.mjs'), 'utf8');
if (!config.includes('  integrations: [\n')) throw new Error('astro.config.mjs has no integrations list to add the tripwire to');
writeFileSync(
  join(work, 'astro.config.mjs'),
  `import { tripwire } from './tripwire.mjs';\n${config.replace('  integrations: [\n', '  integrations: [\n    tripwire,\n')}`,
);

const build = (env: Record<string, string> = {}) => {
  const built = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: work,
    env: buildEnv({ BRIEFS: 'off', ...env }),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { status: built.status, log: built.stdout + built.stderr };
};

const KINDS = [
  ['a district text in plain Markdown', 'src/content/districts/pudong.md', 2],
  ['a craftsman’s profile', 'src/content/craftsmen/zhang-jianping.mdx', 1],
  ['a news item', 'src/content/news/putuo-youth-skills-day.mdx', 1],
] as const;

describe('a build in which a Markdown plugin fails', () => {
  it.each(KINDS)('fails on %s, names the file, and leaves no completion marker', (_, file, builds) => {
    const original = readFileSync(join(work, file));
    appendFileSync(join(work, file), '\n\n###### 绊线\n');
    try {
      for (let i = 0; i < builds; i++) {
        const { status, log } = build();
        expect(status, log.slice(-2000)).not.toBe(0);
        expect(log).toContain('tripwire: a Markdown plugin failed');
        expect(log).toContain(file.split('/').at(-1));
        expect(existsSync(join(out, COMPLETE_MARKER))).toBe(false);
      }
    } finally {
      writeFileSync(join(work, file), original);
    }
  });
});

describe('a build in which a hook logs an error', () => {
  it('fails after the last hook, and leaves no completion marker', () => {
    const { status, log } = build({ TRIPWIRE_HOOK: '1' });
    expect(status, log.slice(-2000)).not.toBe(0);
    expect(log).toMatch(
      /the build stopped: 1 error\(s\) were logged while the site was built\):\n {2}\[test:tripwire\] tripwire: a hook reported an error/,
    );
    expect(existsSync(join(out, COMPLETE_MARKER))).toBe(false);
  });
});

describe('a build that names no address', () => {
  it('stops before writing anything, and says what to set', () => {
    rmSync(out, { recursive: true, force: true });
    const { status, log } = build({ SITE_URL: '' });
    expect(status).not.toBe(0);
    expect(log).toContain('SITE_URL 未设置');
    expect(log).toContain('SITE_URL=https://你的域名/ npm run build');
    expect(existsSync(out)).toBe(false);
  });
});
