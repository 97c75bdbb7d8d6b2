// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { briefs } from './src/integrations/briefs.ts';
import { buildLock } from './src/integrations/build-lock.ts';
import { clearOutput } from './src/integrations/clear-output.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { desk } from './src/integrations/desk.ts';
import { headersFile } from './src/integrations/headers.ts';
import { pageKeys } from './src/integrations/page-keys.ts';
import { safeContentLinks } from './src/integrations/safe-links.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { siteAddressRequired } from './src/integrations/site-address.ts';
import { strictBuild } from './src/integrations/strict-build.ts';
import { siteAddress } from './src/site-address.ts';

// The address comes from the environment (see src/site-address.ts); an invalid one stops here.
const site = siteAddress(process.env.SITE_URL);
console.log(`[skills-atlas] ${site.note}`);
// Pagefind reads every page before the other build:done hooks run, and writes its index while they run.
const search = searchIndex();

export default defineConfig({
  site: site.url,
  // Astro's own log, with a record of every error, which strictBuild() turns into a failed build.
  logger: { entrypoint: './src/lib/build-log.mjs' },
  trailingSlash: 'always',
  // Deployment settings the pages read through astro:env. CONTACT_EMAIL: where readers write to
  // the editors (corrections, questions); unset, the pages say the site gives no address
  // (src/contact.ts checks it further).
  env: {
    schema: {
      CONTACT_EMAIL: envField.string({ context: 'server', access: 'public', optional: true, includes: '@', max: 254 }),
      // Where the editing desk (/admin/) saves: the site's GitHub repository (owner/name), edits
      // arriving as pull requests, and the OAuth service that signs editors in to GitHub. Unset,
      // the desk saves to a working copy through `npm run desk` (README, 编辑台).
      DESK_REPO: envField.string({ context: 'server', access: 'public', optional: true, includes: '/', max: 140 }),
      DESK_AUTH_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
    },
  },
  // Render several pages at once: one page's file write overlaps the next one's render
  // (2,000 profiles: page generation 15.5 s at 1, 10.4 s at 8 on two cores).
  build: { concurrency: 8 },
  // A page whose data, code and text are as in the last build is copied from it, not rendered
  // again: the profiles and news give a key for what Astro cannot see (src/queries/page-key.ts).
  // The copies live in node_modules/.astro/; `astro build --force` renders every page.
  experimental: { incrementalBuild: true },
  // Scripts as files, never inlined, so the Content Security Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    // First, so the lock is held before any other integration writes anything.
    buildLock(),
    siteAddressRequired(),
    contentCheck(),
    safeContentLinks(),
    pageKeys(),
    mdx(),
    // Pagefind has read every page when the hooks below run: HTML written by them is not searched.
    search.start,
    // Embeds are for other sites' iframes; the editing desk is for editors.
    sitemap({ filter: (page) => !page.includes('/embed/') && !new URL(page).pathname.startsWith('/admin/') }),
    // Decap CMS's own files beside the desk's page (/admin/).
    desk(),
    headersFile(),
    shareImages(),
    // After the share images: the showcases' PDF briefs and long images, printed by Chromium.
    briefs(),
    search.finish,
    // Any error logged by the steps above stops the build (and its completion marker).
    strictBuild(),
    // Moves the last build aside as this one starts and deletes it while Astro bundles;
    // last, so that nothing else waits for the deletion at the end.
    clearOutput(),
  ],
});
