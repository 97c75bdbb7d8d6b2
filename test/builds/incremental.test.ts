/**
 * Astro's incremental build (astro.config.mjs, src/queries/page-key.ts), in a copy of this
 * project built three times: a page is copied from the last build only when nothing it shows
 * has changed. After one story's text changes, that profile is rendered again with the new
 * text and every other profile and news item is copied, each the same file as before; after
 * a build that did not finish, every page is rendered; after a change to data other pages show
 * (the employer's name on a profile), every keyed page is rendered again and shows it.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ours } from '../../scripts/bench/generate.ts';
import { buildEnv } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
ours(process.cwd(), work, 0, { news: 0, figures: 0 });

/** Builds the copy; returns what the build printed. */
function build(): string {
  const built = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
    cwd: work,
    env: buildEnv({ SITE_URL: 'http://127.0.0.1:4321/', BRIEFS: 'off', OG_CACHE_DIR: join(work, 'image-cache') }),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  expect(built.status, built.stderr.slice(-3000)).toBe(0);
  return built.stdout;
}
/** The pages of a kind the build copied from the last one (its log in colour or not, as CI has it). */
const copied = (log: string, kind: string) =>
  [...stripVTControlCharacters(log).matchAll(new RegExp(`/${kind}/([\\w-]+)/index\\.html \\((?:restored|cached)\\)`, 'g'))]
    .map((m) => m[1]!)
    .sort();
const page = (kind: string, id: string) => readFileSync(join(work, 'dist', kind, id, 'index.html'), 'utf8');
const ids = (kind: string) =>
  readdirSync(join(work, 'src/content', kind))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();

describe('incremental builds', () => {
  const craftsmen = ids('craftsmen');
  const news = ids('news');
  // A profile that names its employer, and another whose story changes.
  const [withEmployer, employer] = craftsmen
    .map((id) => [id, /^employer: ([\w-]+)$/m.exec(readFileSync(join(work, 'src/content/craftsmen', `${id}.mdx`), 'utf8'))?.[1]])
    .find(([, e]) => e)! as [string, string];
  const edited = craftsmen.find((id) => id !== withEmployer)!;
  const before = new Map<string, string>();

  it('the first build renders every page', () => {
    const log = build();
    expect(copied(log, 'craftsmen')).toEqual([]);
    for (const id of craftsmen) before.set(id, page('craftsmen', id));
    expect(before.size).toBeGreaterThan(5);
  }, 300_000);

  it('after one story’s text changes, renders that profile and copies the rest unchanged', () => {
    appendFileSync(join(work, 'src/content/craftsmen', `${edited}.mdx`), '\n增补的一段测试文字。\n');
    const log = build();
    expect(copied(log, 'craftsmen')).toEqual(craftsmen.filter((id) => id !== edited));
    expect(copied(log, 'news')).toEqual(news);
    expect(page('craftsmen', edited)).toContain('增补的一段测试文字。');
    for (const id of craftsmen) if (id !== edited) expect(page('craftsmen', id), id).toBe(before.get(id));
  }, 300_000);

  it('after a build that did not finish, renders every page, whatever the record says', () => {
    // as a build that failed or was killed after it began leaves the cache
    writeFileSync(join(work, 'node_modules/.astro/skills-atlas-build-unfinished'), '1\n');
    const log = build();
    expect(log).toMatch(/the last build did not finish: every page is rendered afresh/);
    expect(copied(log, 'craftsmen')).toEqual([]);
    expect(existsSync(join(work, 'node_modules/.astro/skills-atlas-build-unfinished')), 'a finished build clears the mark').toBe(false);
    // and the next build copies again
    expect(copied(build(), 'craftsmen')).toEqual(craftsmen);
  }, 300_000);

  it('after data other pages show changes, renders every keyed page again', () => {
    const file = join(work, 'data/organizations.json');
    const orgs = JSON.parse(readFileSync(file, 'utf8')) as { id: string; name: string }[];
    const org = orgs.find((o) => o.id === employer)!;
    expect(page('craftsmen', withEmployer)).toContain(org.name);
    org.name = `${org.name}（测试改名）`;
    writeFileSync(file, JSON.stringify(orgs, null, 2));
    const log = build();
    expect(copied(log, 'craftsmen')).toEqual([]);
    expect(copied(log, 'news')).toEqual([]);
    expect(page('craftsmen', withEmployer)).toContain(org.name);
  }, 300_000);
});
