import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Decap CMS's prebuilt files: the script, the parts it loads when needed, its WebAssembly and licences. */
const DECAP_FILE = /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/;

/**
 * Serves the editing desk's program from the site itself: Decap CMS's prebuilt files, from
 * its npm package into dist/admin/ beside the desk's page (src/pages/admin/), so the desk
 * asks no other origin for code. Written after Pagefind has read the pages, like the page
 * itself is kept out of the search (src/pages/admin/index.astro).
 */
export function desk(): AstroIntegration {
  return {
    name: 'skills-atlas-desk',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const from = dirname(createRequire(import.meta.url).resolve('decap-cms'));
        const to = join(fileURLToPath(dir), 'admin');
        mkdirSync(to, { recursive: true });
        for (const name of readdirSync(from)) if (DECAP_FILE.test(name)) copyFileSync(join(from, name), join(to, name));
      },
    },
  };
}
