import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's record of the pages it may copy from the last build (`experimental.incrementalBuild`), in its cacheDir. */
const RECORD = 'incremental-build.json';
/** Beside it while a build runs; gone only when the build succeeded. */
const UNFINISHED = 'skills-atlas-build-unfinished';

/**
 * Astro's incremental build, made safe to interrupt, and the pages' key told where this
 * build's scripts are (src/queries/page-key.ts).
 *
 * Astro keeps a copy of each page as it renders it, but writes its record of them (what each
 * copy was made from) only once every page is written. A build that fails or is killed half
 * way can leave copies newer than the record: revert the change that broke it, and the next
 * build would find the record matching and copy those pages as the failed build rendered
 * them. So a build marks the cache as unfinished when it starts, and clears the mark only as
 * its process exits successfully (after every hook, the content checks included); a build
 * that finds the mark forgets the record, renders every page and keeps new copies.
 *
 * The key reads where this build writes its scripts and styles (`--outDir` included) from
 * `globalThis`: the pages run in the same process.
 */
export function pageKeys(): AstroIntegration {
  let finished = false;
  return {
    name: 'skills-atlas:page-keys',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const mark = new URL(UNFINISHED, config.cacheDir);
        if (existsSync(mark)) {
          rmSync(new URL(RECORD, config.cacheDir), { force: true });
          logger.warn('上一次构建没有完成，本次重新生成全部页面 (the last build did not finish: every page is rendered afresh)');
        }
        mkdirSync(new URL('./', mark), { recursive: true });
        writeFileSync(mark, `${process.pid}\n`);
        finished = false;
        process.once('exit', (code) => {
          if (finished && code === 0) rmSync(mark, { force: true });
        });
      },
      'astro:config:done': ({ config }) => {
        globalThis.skillsAtlasAssets = fileURLToPath(new URL(`${config.build.assets}/`, config.outDir));
      },
      'astro:build:done': () => {
        finished = true;
      },
    },
  };
}
