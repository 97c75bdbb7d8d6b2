import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { alive } from './build-lock.ts';

/** Where previous builds wait to be deleted: one folder per build process, named `<host>-<pid>`. */
export const OLD_BUILDS = 'node_modules/.cache/skills-atlas-old-builds';

/**
 * Clears the last build out of the output folder without making the build wait for it.
 * Astro empties the output folder just before it bundles, file by file and synchronously: at
 * 10,000 profiles that is about 31,000 files and 500 MB, 10–16 s on this project's machines
 * during which nothing else happens. At astro:build:start this integration instead moves each
 * of the folder's entries into a folder of its own under OLD_BUILDS, and deletes that while
 * Astro bundles; astro:build:done waits for the deletion. Folders left there by a build on
 * this machine that was killed are deleted with it (another machine's, where node_modules is
 * shared, are left: its process numbers mean nothing here). When the configuration keeps the
 * output folder (`vite.build.emptyOutDir: false`), so does this integration. An entry that
 * cannot be moved (the cache on another file system) stays for Astro to delete as before,
 * and so does `.git`: Astro means to keep it (its emptyDir is given `new Set(".git")`, which
 * is a set of four characters, so in Astro 7.3 it is deleted all the same); whatever Astro
 * does with it, this integration does not change.
 *
 * The same goes for the pages' compiled code, which Astro writes to `<outDir>/.prerender/`
 * (at 10,000 profiles some 10,000 files, one per profile) and deletes, again with nothing else
 * happening, as soon as the pages are written: at astro:build:generated, the last moment
 * before that, this integration moves it aside and deletes it while the build:done hooks run.
 */
export function clearOutput(): AstroIntegration {
  let root = '';
  let outDir = '';
  let keep = false;
  let mine = '';
  let clearing: Promise<unknown> = Promise.resolve();
  let clearingCode: Promise<unknown> = Promise.resolve();
  return {
    name: 'skills-atlas:clear-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        keep = config.vite?.build?.emptyOutDir === false;
        mine = join(root, OLD_BUILDS, `${hostname()}-${process.pid}`);
      },
      'astro:build:start': ({ logger }) => {
        if (keep) return;
        const base = join(root, OLD_BUILDS);
        const host = hostname();
        const entries = existsSync(outDir) ? readdirSync(outDir).filter((name) => name !== '.git') : [];
        let kept = 0;
        for (const name of entries) {
          try {
            mkdirSync(mine, { recursive: true });
            renameSync(join(outDir, name), join(mine, name));
          } catch {
            kept++;
          }
        }
        if (kept > 0) logger.info(`${kept} 项未能移走，由 Astro 删除 (${kept} entries left for Astro to delete)`);
        let stale: string[] = [];
        try {
          stale = readdirSync(base).filter((name) => {
            const [, from, pid] = /^(.*)-(\d+)$/.exec(name) ?? [];
            return from === host && (Number(pid) === process.pid || !alive(Number(pid)));
          });
        } catch {
          // No folder of old builds: nothing was moved, nothing is left over.
        }
        clearing = Promise.allSettled(stale.map((name) => rm(join(base, name), { recursive: true, force: true }))).then((done) => {
          for (const result of done)
            if (result.status === 'rejected')
              logger.warn(`旧构建未能删除 (a previous build could not be deleted from ${base}): ${(result.reason as Error).message}`);
        });
      },
      'astro:build:generated': async ({ logger }) => {
        const code = join(outDir, '.prerender');
        if (!existsSync(code)) return; // another Astro version: it deletes what it wrote, as before
        // The last build is deleted from the same folder: start when it is gone (long before).
        await clearing;
        try {
          mkdirSync(mine, { recursive: true });
          renameSync(code, join(mine, '.prerender'));
        } catch {
          // Not movable (the cache on another file system): Astro deletes it as before.
          clearingCode = rm(mine, { recursive: true, force: true }).catch(() => {});
          return;
        }
        clearingCode = rm(mine, { recursive: true, force: true }).catch((error: Error) =>
          logger.warn(`页面代码未能删除 (the pages' compiled code could not be deleted from ${mine}): ${error.message}`),
        );
      },
      'astro:build:done': async () => {
        await Promise.all([clearing, clearingCode]);
      },
    },
  };
}
