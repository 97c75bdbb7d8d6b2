/** html-validate over every built page: zero errors. Plus what every page's head must carry. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { doc, files, pathOf } from '../support/site.ts';

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    rules: {
      // Chinese text and inline SVG from Plot legitimately trip these stylistic rules.
      'no-inline-style': 'off',
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
      'void-style': 'off',
      'attribute-empty-style': 'off',
      'long-title': 'off',
      'valid-id': ['error', { relaxed: true }],
    },
  }),
);
const pages = files();

describe('built HTML', () => {
  it('is valid on every page', async () => {
    const errors: string[] = [];
    for (const f of pages) {
      const report = await validator.validateString(readFileSync(f, 'utf8'), f);
      for (const r of report.results)
        for (const m of r.messages) errors.push(`${pathOf(f)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('runs no inline script but the pre-paint one on site pages, each allowed by its hash in the page’s own policy', () => {
    const bad: string[] = [];
    let prepaint = 0;
    for (const f of pages) {
      const d = doc(f);
      const policy = d.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      for (const s of d.querySelectorAll('script:not([src]):not([type="application/ld+json"])')) {
        const hash = `'sha256-${createHash('sha256')
          .update(s.textContent ?? '')
          .digest('base64')}'`;
        if (!policy.includes(hash)) bad.push(`${pathOf(f)}: ${(s.textContent ?? '').slice(0, 60)}`);
        else prepaint++;
      }
    }
    expect(bad).toEqual([]);
    expect(prepaint).toBe(pages.filter((f) => !f.includes('/embed/')).length);
  });

  it('dist/_headers carries the pages’ policy, lets only embeds be framed, and caches hashed files', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    const policy = doc('dist/index.html').querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
    // Embeds drop the framing headers (their <meta> policy still applies); a second policy
    // would be joined to the first by hosts that merge rules, and forbid framing after all.
    expect(headers).toContain(`/embed/*\n  ! Content-Security-Policy\n  ! X-Frame-Options\n`);
    expect(headers.match(/Content-Security-Policy:/g)).toHaveLength(1);
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });

  it.each(pages.filter((f) => !f.includes('/embed/')).map((f) => [pathOf(f), f] as const))(
    '%s has lang, one h1, a title, a description, a canonical URL and a share image',
    (_, f) => {
      const d = doc(f);
      expect(d.documentElement.getAttribute('lang')).toBe('zh-CN');
      expect(d.querySelectorAll('h1').length).toBe(1);
      expect(d.title.length).toBeGreaterThan(2);
      expect(d.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(5);
      // Absolute, on the address the site was built for (SITE_URL, or the local preview when unset).
      const canonical = d.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical).toMatch(/^https?:\/\//);
      if (!f.endsWith('404.html')) expect(new URL(canonical).pathname).toBe(pathOf(f));
      expect(d.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/\.png$/);
    },
  );
});
