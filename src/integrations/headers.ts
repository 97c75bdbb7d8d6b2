import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSP } from '../consts.ts';

/**
 * Writes dist/_headers, for static hosts that read one (Netlify, Cloudflare Pages …),
 * from the same policy the pages carry in their <meta> tag, adding what a meta tag cannot
 * say: who may frame the page (only the chart embeds may be framed, by anyone), and cache
 * lifetimes for hashed files.
 */
export function headersFile(): AstroIntegration {
  const common = [
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy: strict-origin-when-cross-origin',
    'Permissions-Policy: camera=(), microphone=(), geolocation=()',
  ];
  const rules: [string, string[]][] = [
    ['/*', [`Content-Security-Policy: ${CSP}; frame-ancestors 'none'`, 'X-Frame-Options: DENY', ...common]],
    ['/embed/*', [`Content-Security-Policy: ${CSP}; frame-ancestors *`, '! X-Frame-Options']],
    ['/_astro/*', ['Cache-Control: public, max-age=31536000, immutable']],
    ['/pagefind/*', ['Cache-Control: public, max-age=3600']],
    ...['fragment', 'index', 'filter'].map((d): [string, string[]] => [`/pagefind/${d}/*`, ['Cache-Control: public, max-age=31536000, immutable']]),
  ];
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
