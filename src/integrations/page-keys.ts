import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Tells the pages' key for Astro's incremental build (src/queries/page-key.ts) where this
 * build writes its scripts and styles, `--outDir` included: the pages run in the same
 * process, and read it from `globalThis`.
 */
export function pageKeys(): AstroIntegration {
  return {
    name: 'skills-atlas:page-keys',
    hooks: {
      'astro:config:done': ({ config }) => {
        globalThis.skillsAtlasAssets = fileURLToPath(new URL(`${config.build.assets}/`, config.outDir));
      },
    },
  };
}
