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
 * searched) that is 3,070 files instead of 12,280, and the index is written in 10.8 s
 * instead of 13 s on this project's machines, where creating a file just after the
 * build removed the last one's costs more than writing it; a first query then fetches
 * about 17–25 KB of fragments instead of 13–16 KB. Today's site is far below it.
 */
const MAX_FRAGMENTS = 4000;

async function buildIndex(site: string, glob: string, logger: AstroIntegrationLogger): Promise<void> {
  const start = performance.now();
  const { index, errors } = await createIndex({ maxFragments: MAX_FRAGMENTS });
  if (!index) throw new Error(`Pagefind 无法启动 (Pagefind failed to start): ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // The benchmark (scripts/bench/build-once.ts) reads this measure.
    const { duration } = performance.measure('skills-atlas:search-index', { start });
    logger.info(`搜索索引：读取 ${added.page_count} 页 (search index: ${added.page_count} pages read) in ${Math.round(duration)} ms`);
  } finally {
    await close();
  }
}

/**
 * Builds the Pagefind search index into dist/pagefind/ once every page is written, so
 * `astro build` alone makes the whole site. It reads the finished pages from disk, as the
 * Pagefind command line does, so the index is the same whatever order they were rendered in.
 *
 * Two integrations: `start` goes before the other build:done hooks and sets Pagefind (its own
 * process, on every core) working; `finish` goes last and waits for it. The sitemap, the
 * share images and the briefs are written meanwhile: none of them is HTML, so none changes
 * what Pagefind reads.
 */
export function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  let indexing: Promise<void> | undefined;
  return {
    start: {
      name: 'skills-atlas:search-index',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          // The folders are listed now, before the later hooks add theirs (none holds HTML).
          const site = fileURLToPath(dir);
          indexing = buildIndex(site, searchGlob(site), logger);
          // Awaited in `finish`; if a hook in between fails first, this failure is not unhandled.
          indexing.catch(() => {});
        },
      },
    },
    finish: {
      name: 'skills-atlas:search-index-written',
      hooks: {
        'astro:build:done': async () => {
          await indexing;
        },
      },
    },
  };
}
