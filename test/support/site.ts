/** The built site as files: every HTML page with its parsed document, and the sitemap's URLs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { PREVIEW_URL } from '../../src/site-address.ts';

export const DIST = 'dist';
/** Astro's content store (its cacheDir), which a test's tree of its own may start from. */
export const STORE = 'node_modules/.astro';

/** The editing desk's folder: its page is not one of the site's pages (test/site/desk.test.ts checks it). */
export const DESK = join(DIST, 'admin');

/** Every file of `dir` ending in `ext`; by default the site's pages, the desk's aside. */
export function files(dir = DIST, ext = '.html'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ext === '.html' && path === DESK ? [] : files(path, ext);
    return e.name.endsWith(ext) ? [path] : [];
  });
}

/** Files the site serves but did not write: Pagefind's scripts and Decap CMS's (the desk's own page and configuration are the site's). */
export const thirdParty = (rel: string) => rel.startsWith('pagefind/') || /^admin\/(?!index\.html$|config\.yml$)/.test(rel);

/** The URL path a file is served at: dist/news/x/index.html → /news/x/. */
export const pathOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;

/** Every text file of a built site, with its content (Pagefind's and Decap's own scripts, which use example.com internally, aside). */
export const texts = (dir: string) =>
  files(dir, '')
    .filter((f) => /\.(html|xml|json|csv|txt|svg|js|css|yml)$|_headers$/.test(f) && !thirdParty(relative(dir, f)))
    .map((f) => [relative(dir, f), readFileSync(f, 'utf8')] as const);

/** Addresses that must never be published: the old placeholder and the reserved example names. */
export const PLACEHOLDER = /example\.(cn|com|org|net|invalid)|skills-atlas\.example/;

export const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

/** Paths listed in the sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * The environment for an `astro build` a test starts: the test's own, less the variables
 * Vitest sets from Astro's Vite config (SITE, DEV, MODE …), which a child build would
 * otherwise take as its import.meta.env (SITE=http://127.0.0.1:4321/ in every link, DEV on),
 * and with the address a build must be given (SITE_URL).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'SITE',
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'ASSETS_PREFIX',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'TEST',
    'NODE_ENV',
  ])
    delete env[key];
  // The local address, as dist/ is built for (scripts/test.sh), unless the test names another.
  return { ...env, SITE_URL: PREVIEW_URL, ...extra };
}
