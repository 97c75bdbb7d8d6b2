import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP } from '../consts.ts';

/**
 * Writes dist/_headers, for static hosts that read one (Netlify, Cloudflare Pages …),
 * from the same policy the pages carry in their <meta> tag, adding what a meta tag cannot
 * say: who may frame the page (only the chart embeds may be framed, by anyone), and cache
 * lifetimes for hashed files. deploy/nginx.conf says the same for nginx.
 *
 * Such hosts apply the headers of every rule whose path matches, and `! Name` removes a
 * header a broader rule set. The rules are written so that no header is set by two rules
 * that match one path, and none is both set and removed, so the result does not depend on
 * how a host orders or joins them: the embeds only remove the framing headers (their <meta>
 * policy still applies), and Pagefind's entry files and its content-named folders match
 * different rules.
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
    ['/_astro/*', [immutable]],
    ['/pagefind/pagefind*', ['Cache-Control: public, max-age=3600']],
    ['/pagefind/wasm*', ['Cache-Control: public, max-age=3600']],
    ...['fragment', 'index', 'filter'].map((d): [string, string[]] => [`/pagefind/${d}/*`, [immutable]]),
  ];
})();

export function headersFile(): AstroIntegration {
  const rules = HEADER_RULES;
  return {
    name: 'skills-atlas:headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const text = rules.map(([path, headers]) => `${path}\n${headers.map((h) => `  ${h}`).join('\n')}`).join('\n\n');
        writeFileSync(fileURLToPath(new URL('_headers', dir)), `${text}\n`);
      },
    },
  };
}
