import type { AstroIntegration } from 'astro';
import { safeLinks } from '../lib/content/safe-links.ts';

/**
 * Runs src/lib/content/safe-links.ts over every Markdown and MDX file: script and data addresses
 * stop the build, new-window links get rel="noopener". It adds the plugin to the Markdown
 * processor Astro already has (Sätteri, which MDX inherits), keeping its defaults.
 */
export function safeContentLinks(): AstroIntegration {
  return {
    name: 'skills-atlas:safe-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { processor } = config.markdown;
        const options = processor.options as { hastPlugins?: unknown[] };
        if (processor.name !== 'satteri' || !Array.isArray(options.hastPlugins)) {
          throw new Error(
            `safe-links: expected the Sätteri Markdown processor, found "${processor.name}"; add src/lib/content/safe-links.ts to its plugins`,
          );
        }
        if (!options.hastPlugins.includes(safeLinks)) options.hastPlugins.push(safeLinks);
      },
    },
  };
}
