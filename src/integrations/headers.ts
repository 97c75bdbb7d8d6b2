import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP } from '../consts.ts';

/**
 * Every kind of file the site serves, by extension, with the Content-Type it goes out with
 * (charset=utf-8 on text: Chinese CSV or JSON read with a guessed charset is garbled), plus
 * the few kinds a static site commonly gains. deploy/snippets/skills-atlas-types.conf maps
 * the same for nginx; test/site/nginx.test.ts compares the two, and fails on a kind of file
 * in dist/ that it has no expectation for.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = (() => {
  const text = (type: string) => `${type}; charset=utf-8`;
  return {
    html: text('text/html'),
    htm: text('text/html'),
    css: text('text/css'),
    js: text('text/javascript'),
    mjs: text('text/javascript'),
    json: text('application/json'),
    map: text('application/json'),
    webmanifest: text('application/manifest+json'),
    csv: text('text/csv'),
    txt: text('text/plain'),
    yml: text('text/yaml'),
    yaml: text('text/yaml'),
    xml: text('application/xml'),
    rss: text('application/rss+xml'),
    atom: text('application/atom+xml'),
    svg: text('image/svg+xml'),
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    avif: 'image/avif',
    ico: 'image/x-icon',
    woff2: 'font/woff2',
    woff: 'font/woff',
    pdf: 'application/pdf',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    zip: 'application/zip',
    wasm: 'application/wasm',
    // Pagefind's index and WebAssembly: gzip files its script fetches and unpacks itself.
    ...Object.fromEntries(['pagefind', 'pf_meta', 'pf_index', 'pf_filter', 'pf_fragment'].map((ext) => [ext, 'application/octet-stream'])),
  };
})();

/** What the site's files that keep their names get: kept, but checked before each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * dist/_headers, for static hosts that read one (Netlify, Cloudflare Pages …): the same
 * headers as deploy/nginx.conf, from the same policy the pages carry in their <meta> tag,
 * adding what a meta tag cannot say: who may frame the page (only the chart embeds may be
 * framed, by anyone), cache lifetimes, and content types.
 *
 * Such hosts apply the headers of every rule whose path matches, joining the values of a
 * header two rules set, and `! Name` removes a header a broader rule set. The rules are
 * written so that no header is set by two rules that match one path, and none is both set
 * and removed, so the result does not depend on how a host orders or joins them. Hence:
 *
 * - Embeds only remove the framing headers: a policy of their own would be joined to the
 *   pages' one (two policies, both enforced: frame-ancestors 'none' after all). Their
 *   <meta> policy, the same as nginx's embed header less frame-ancestors *, still applies,
 *   and with no frame-ancestors any site may frame them, as nginx's frame-ancestors * says.
 * - Revalidation (nginx: Cache-Control "public, max-age=0, must-revalidate" on pages and
 *   downloads) is not written: no pattern matches the pages and downloads without also
 *   matching /_astro/ or Pagefind's folders. It is what Cloudflare Pages and Netlify send by
 *   default on every file, and the rules below replace it only where they set their own.
 * - Content types by extension (`/*.csv`), which no two rules share; HTML, served at
 *   extension-less addresses, is left to the host (text/html; charset=utf-8 everywhere).
 *   Such a rule also labels a 404 for a missing /x.csv as CSV; hosts offer no way to
 *   match only existing files.
 *
 * These hosts serve HTTPS; if one does not send Strict-Transport-Security itself, add it to
 * the `/*` rule (see deploy/snippets/skills-atlas-common.conf on when it is safe).
 * Cloudflare Pages reads at most 100 rules, of lines up to 2,000 characters.
 */
export const HEADER_RULES: [string, string[]][] = (() => {
  const common = [
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Permissions-Policy: camera=(), microphone=(), geolocation=()',
  ];
  const immutable = 'Cache-Control: public, max-age=31536000, immutable';
  return [
    ['/*', [`Content-Security-Policy: ${CSP}; frame-ancestors 'none'`, 'X-Frame-Options: DENY', ...common]],
    ['/embed/*', ['! Content-Security-Policy', '! X-Frame-Options']],
    // The editing desk keeps its own <meta> policy (DESK_CSP), not the pages' one, and stays
    // unframed (X-Frame-Options from /*) and out of search engines.
    ['/admin/*', ['! Content-Security-Policy', 'X-Robots-Tag: noindex, nofollow']],
    // Hashed file names never change.
    ['/_astro/*', [immutable]],
    // Pagefind's entry points keep their names from build to build: an hour (its script asks
    // for pagefind-entry.json, which names the current index, with ?ts=<now>).
    ['/pagefind/pagefind*', ['Cache-Control: public, max-age=3600']],
    ['/pagefind/wasm*', ['Cache-Control: public, max-age=3600']],
    // Its index, filters and fragments are named by their content.
    ...['fragment', 'index', 'filter'].map((d): [string, string[]] => [`/pagefind/${d}/*`, [immutable]]),
    ...Object.entries(CONTENT_TYPES)
      .filter(([, type]) => !type.startsWith('text/html'))
      .map(([ext, type]): [string, string[]] => [`/*.${ext}`, [`Content-Type: ${type}`]]),
  ];
})();

export const headersText = (rules = HEADER_RULES) =>
  `${rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}`).join('\n')}`).join('\n\n')}\n`;

export function headersFile(): AstroIntegration {
  return {
    name: 'skills-atlas:headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (HEADER_RULES.length > 100) throw new Error(`_headers: ${HEADER_RULES.length} rules, Cloudflare Pages reads 100`);
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersText());
      },
    },
  };
}
