import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ once every page is written, so
 * `astro build` alone makes the whole site. It reads the finished directory, as the
 * Pagefind command line does, so the index is the same whatever order pages were rendered in.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'skills-atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind 无法启动 (Pagefind failed to start): ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          // The benchmark (scripts/bench/build-once.ts) reads this measure.
          const { duration } = performance.measure('skills-atlas:search-index', { start });
          logger.info(`搜索索引：${added.page_count} 页 (search index: ${added.page_count} pages) in ${Math.round(duration)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
