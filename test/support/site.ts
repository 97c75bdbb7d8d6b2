/** The built site as files: every HTML page with its parsed document, and the sitemap's URLs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export const DIST = 'dist';

export function files(dir = DIST, ext = '.html'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

/** The URL path a file is served at: dist/news/x/index.html → /news/x/. */
export const pathOf = (file: string) => `/${relative(DIST, file).replace(/index\.html$/, '')}`;

export const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

/** Paths listed in the sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
