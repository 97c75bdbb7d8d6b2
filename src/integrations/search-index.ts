import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * The HTML files Pagefind reads: the site's root pages, `craftsmen/` one level deep (the
 * profiles and the list's own pages, not the lists by district, trade and level, which carry
 * no `data-pagefind-body` and at 10,000 profiles are 1,263 pages of cards Pagefind would
 * parse only to skip), and every other folder whole, so a new kind of page is searched
 * without touching this. test/site/search.test.ts checks that the index holds every page
 * marked for search.
 */
export function searchGlob(site: string): string {
  const folders = readdirSync(site, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'craftsmen')
    .map((e) => {
      // A name with glob syntax in it would change the pattern's meaning.
      if (!/^[\w.-]+$/.test(e.name)) throw new Error(`搜索索引：文件夹名不可用 (search index: unusable folder name) ${e.name}`);
      return `${e.name}/**/*.html`;
    })
    .sort();
  return `{${['*.html', 'craftsmen/*/index.html', ...folders].join(',')}}`;
}

/**
 * Pagefind writes one fragment file per page unless told otherwise. Up to this many pages
 * it still does; beyond, pages share fragment files. At 10,000 profiles (12,280 pages
 * searched) that is 3,070 files instead of 12,280, and the index was written in 10.8 s
 * instead of 13 s when measured (before profiles stopped indexing their fact labels): on
 * this project's machines, creating a file just after the build removed the last one's
 * costs more than writing it. A first query then fetches about 17–25 KB of fragments
 * instead of 13–16 KB. Today's site is far below it.
 */
const MAX_FRAGMENTS = 4000;

/**
 * Reads the site's pages into a new Pagefind index; resolves when every page is read, with a
 * promise of the index written to `<site>pagefind/`. Pagefind reads on every core but writes
 * mostly on one, so the caller can do other work while it writes.
 */
async function readPages(site: string, glob: string, logger: AstroIntegrationLogger): Promise<{ written: Promise<void> }> {
  const start = performance.now();
  let index: NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;
  let added: Awaited<ReturnType<typeof index.addDirectory>>;
  try {
    const created = await createIndex({ maxFragments: MAX_FRAGMENTS });
    if (!created.index) throw new Error(`Pagefind 无法启动 (Pagefind failed to start): ${created.errors.join('; ')}`);
    index = created.index;
    added = await index.addDirectory({ path: site, glob });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  } catch (error) {
    await close(); // Pagefind's process may have started: leave none behind
    throw error;
  }
  const write = async () => {
    try {
      const written = await index.writeFiles({ outputPath: `${site}pagefind` });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      // The benchmark (scripts/bench/build-once.ts) reads this measure.
      const { duration } = performance.measure('skills-atlas:search-index', { start });
      logger.info(`搜索索引：读取 ${added.page_count} 页 (search index: ${added.page_count} pages read) in ${Math.round(duration)} ms`);
    } finally {
      await close();
    }
  };
  return { written: write() };
}

/**
 * Builds the Pagefind search index into dist/pagefind/ once every page is written, so
 * `astro build` alone makes the whole site. It reads the finished pages from disk, as the
 * Pagefind command line does, so the index is the same whatever order they were rendered in.
 *
 * Two integrations. `start` goes before the other build:done hooks and waits while Pagefind
 * (its own process) reads every page on every core: nothing else competes for them, and no
 * later hook can change a page before it is read. Pagefind then writes the index, mostly on
 * one core, while the sitemap, the share images and the briefs are written on the other;
 * `finish` goes last and waits for the index.
 */
export function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let writing: Promise<void> | undefined;
  return {
    start: {
      name: 'skills-atlas:search-index',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const site = fileURLToPath(dir);
          ({ written: writing } = await readPages(site, searchGlob(site), logger));
          // Awaited in `finish`; if a hook in between fails first, this failure is not unhandled.
          writing.catch(() => {});
        },
      },
    },
    finish: {
      name: 'skills-atlas:search-index-written',
      hooks: {
        'astro:build:done': async () => {
          await writing;
        },
      },
    },
  };
}
