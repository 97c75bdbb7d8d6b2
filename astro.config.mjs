// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/consts.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { headersFile } from './src/integrations/headers.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Scripts as files, never inlined, so the Content Security Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    contentCheck(),
    mdx(),
    // Embeds are for other sites' iframes, not for search engines.
    sitemap({ filter: (page) => !page.includes('/embed/') }),
    headersFile(),
  ],
});
