import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertContent } from '../lib/content/check.ts';

/** Stops `astro build` and `astro dev` before anything renders when a content file is bad. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'skills-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        assertContent(fileURLToPath(config.root));
        logger.info('内容检查通过 (content check passed)');
      },
    },
  };
}
