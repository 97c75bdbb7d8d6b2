import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { alive } from './build-lock.ts';

/** Where previous builds wait to be deleted: one folder per build process. */
export const OLD_BUILDS = 'node_modules/.cache/skills-atlas-old-builds';

/**
 * Clears the last build out of the output folder without making the build wait for it.
 * Astro empties the output folder just before it bundles, file by file and synchronously: at
 * 10,000 profiles that is about 31,000 files and 700 MB, 10–16 s on this project's machines
 * during which nothing else happens. At astro:build:start this integration instead moves each
 * of the folder's entries into a folder of its own
 * under OLD_BUILDS, and deletes that while Astro bundles; astro:build:done waits for the
 * deletion. Folders left there by a build that was killed are deleted with it. An entry that
 * cannot be moved (the cache on another file system) stays for Astro to delete as before,
 * and so does `.git`: Astro means to keep it (its emptyDir is given `new Set(".git")`, which
 * is a set of four characters, so in Astro 7.3 it is deleted all the same); whatever Astro
 * does with it, this integration does not change.
 */
export function clearOutput(): AstroIntegration {
  let root = '';
  let outDir = '';
  let clearing: Promise<unknown> = Promise.resolve();
  return {
    name: 'skills-atlas:clear-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        const base = join(root, OLD_BUILDS);
        const mine = join(base, String(process.pid));
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
          stale = readdirSync(base).filter((pid) => pid === String(process.pid) || !alive(Number(pid)));
        } catch {
          // No folder of old builds: nothing was moved, nothing is left over.
        }
        clearing = Promise.all(stale.map((pid) => rm(join(base, pid), { recursive: true, force: true }))).catch((error: Error) =>
          logger.warn(`旧构建未能删除 (the previous build could not be deleted from ${base}): ${error.message}`),
        );
      },
      'astro:build:done': async () => {
        await clearing;
      },
    },
  };
}
