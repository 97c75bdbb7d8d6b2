/**
 * Safe output: text written into raw HTML is escaped for its context, and the content's
 * links cannot run script (the build stops, naming the file and the link) and cannot let
 * a page opened in a new window steer this one.
 */
import { parseHTML } from 'linkedom';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeLinks, unsafeUrl } from '../../src/lib/content/safe-links.ts';
import { escapeHtml, jsonForScript } from '../../src/lib/present/escape.ts';

const fileURL = new URL('file:///content/craftsmen/hostile.mdx');
// Synchronous: the plugin's visitors are (a Promise would come back only for async ones).
const md = (source: string) => (markdownToHtml(source, { hastPlugins: [safeLinks], fileURL }) as { html: string }).html;
const mdx = (source: string) => (mdxToJs(source, { hastPlugins: [safeLinks], fileURL }) as { code: string }).code;

describe('escaping for raw HTML', () => {
  it('keeps a </script> in JSON-LD inside its script element, meaning the same', () => {
    const data = { name: '张</script><script>alert(1)</script><!--', note: 'a & b > c\u2028' };
    const html = `<head><script type="application/ld+json">${jsonForScript(data)}</script></head>`;
    const { document } = parseHTML(`<!doctype html><html>${html}<body></body></html>`);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(document.querySelector('script')!.textContent!)).toEqual(data);
    expect(jsonForScript(data)).not.toMatch(/[<>&\u2028]/);
  });

  it('keeps a quote in an attribute built as a string inside that attribute', () => {
    const title = `他说"好" onload='alert(1)' <b>&`;
    const { document } = parseHTML(`<!doctype html><html><body><svg aria-label="${escapeHtml(title)}" role="img"></svg></body></html>`);
    const svg = document.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe(title);
    expect(svg.getAttributeNames().sort()).toEqual(['aria-label', 'role']);
  });
});

describe('links in Markdown and MDX', () => {
  const bad = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
  ];

  it.each(bad)('refuses %j in a Markdown link, naming the file and the link', (url) => {
    expect(() => md(`见[此处](${url})。`)).toThrow(/hostile\.mdx.*(javascript|data|vbscript):/i);
  });

  it('refuses script addresses in MDX links, JSX attributes, images and raw HTML', () => {
    expect(() => mdx('[x](javascript:alert(1))')).toThrow(/hostile\.mdx: "javascript:alert\(1\)"/);
    expect(() => mdx('<a href="data:text/html,x">y</a>')).toThrow(/hostile\.mdx: "data:text\/html,x"/);
    expect(() => mdx('<a href={"javascript:alert(1)"}>y</a>')).toThrow(/hostile\.mdx/);
    expect(() => md('![图](data:image/png;base64,AAAA)')).toThrow(/hostile\.mdx: "data:image/);
    expect(() => md('<a href="jav&#x61;script:alert(1)">y</a>')).toThrow(/hostile\.mdx: "javascript:alert\(1\)"/);
  });

  it('lets ordinary addresses through unchanged', () => {
    for (const url of ['https://example.cn/a?b=c', '/craftsmen/zhang-jianping/', '#main', 'mailto:a@b.cn', 'tel:123', 'javascript-guide/'])
      expect(unsafeUrl(url)).toBe(false);
    expect(md('[x](https://example.cn/) [y](/news/)')).toBe('<p><a href="https://example.cn/">x</a> <a href="/news/">y</a></p>\n');
  });

  it('gives links that open a new window rel="noopener", keeping their other rel words', () => {
    expect(md('<a href="https://x.cn/" target="_blank">y</a>')).toContain('<a rel="noopener" href="https://x.cn/" target="_blank">');
    expect(md('<a target=_blank rel="nofollow" href="https://x.cn/">y</a>')).toContain('rel="nofollow noopener"');
    expect(md('<a href="https://x.cn/" target="_blank" rel="noopener">y</a>')).toContain(
      '<a href="https://x.cn/" target="_blank" rel="noopener">',
    );
    expect(mdx('<a href="https://x.cn/" target="_blank">y</a>')).toMatch(/target: "_blank",\s*rel: "noopener"/);
    expect(mdx('<a href="https://x.cn/" target="_blank" rel="nofollow">y</a>')).toMatch(/rel: "nofollow noopener"/);
    expect(mdx('<a href="https://x.cn/">y</a>')).not.toContain('rel');
  });
});
