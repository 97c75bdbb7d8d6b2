/**
 * A Markdown/MDX (Sätteri hast) plugin for the site's own content: a link or image whose
 * address runs script or carries inline data (`javascript:`, `vbscript:`, `data:`) stops
 * the build, naming the file and the address; a link that opens a new window
 * (`target="_blank"`) gets `rel="noopener"`, so the opened page cannot steer this one.
 * Covers Markdown links, HTML in Markdown and JSX elements in MDX.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/** Attributes that hold an address a browser follows or loads. */
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset'];

/** Whether an address would run script or embed data, as a browser reads it (case, blanks and control characters ignored). */
export function unsafeUrl(value: string): boolean {
  // Browsers drop ASCII whitespace and control characters before reading the scheme.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data):/.test(squeezed);
}

export class UnsafeLinkError extends Error {}

function refuse(ctx: HastVisitorContext, url: string): never {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '(unnamed document)';
  throw new UnsafeLinkError(
    `不安全的链接 (unsafe link) in ${file}: ${JSON.stringify(url)} — javascript:, vbscript: and data: addresses are not allowed in content`,
  );
}

/** The rel value with noopener added, for a target that opens a new browsing context. */
const relWords = (rel: unknown) => (Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : []).filter(Boolean);
export function withNoopener(rel: unknown): string {
  const words = relWords(rel);
  return words.some((w) => w.toLowerCase() === 'noopener') ? words.join(' ') : [...words, 'noopener'].join(' ');
}

const hasNoopener = (rel: unknown) => withNoopener(rel) === relWords(rel).join(' ');
const opensNewWindow = (target: unknown) =>
  typeof target === 'string' && target !== '' && !['_self', '_parent', '_top'].includes(target.toLowerCase());

/** `<a … href="…" …>` and friends inside raw HTML: attribute name and value. */
const RAW_ATTR = /\s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&amp;/gi, '&');

export const safeLinks: HastPluginDefinition = {
  name: 'skills-atlas:safe-links',
  element: {
    filter: [],
    visit(node, ctx) {
      const props = node.properties ?? {};
      for (const [key, value] of Object.entries(props)) {
        if (!URL_ATTRS.includes(key.toLowerCase())) continue;
        for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && unsafeUrl(v)) refuse(ctx, v);
      }
      if (opensNewWindow(props.target) && !hasNoopener(props.rel)) ctx.setProperty(node, 'rel', withNoopener(props.rel).split(' '));
    },
  },
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => jsx(node as JsxNode, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => jsx(node as JsxNode, ctx) },
  raw(node, ctx) {
    // HTML written into a Markdown file and passed through as it is.
    let changed = false;
    const value = node.value.replace(/<[a-zA-Z][^>]*>/g, (tag) => {
      const attrs = new Map<string, string>();
      for (const m of tag.matchAll(RAW_ATTR)) attrs.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
      for (const [k, v] of attrs) if (URL_ATTRS.includes(k) && unsafeUrl(v)) refuse(ctx, v);
      if (!opensNewWindow(attrs.get('target')) || hasNoopener(attrs.get('rel'))) return tag;
      changed = true;
      const rel = withNoopener(attrs.get('rel'));
      const withoutRel = tag.replace(/\srel\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/i, '');
      return withoutRel.replace(/^<[a-zA-Z]+/, (open) => `${open} rel="${rel}"`);
    });
    return changed ? { ...node, value } : undefined;
  },
};

type JsxNode = { attributes: Array<{ type: string; name?: string; value?: unknown }> };

function jsx(node: Readonly<JsxNode>, ctx: HastVisitorContext) {
  let target: unknown;
  let rel: unknown;
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    const name = a.name.toLowerCase();
    if (typeof a.value === 'string') {
      if (URL_ATTRS.includes(name) && unsafeUrl(a.value)) refuse(ctx, a.value);
    } else if (a.value && typeof a.value === 'object' && 'value' in a.value) {
      // An expression ({…}) cannot be read before it runs: refuse one that names a bad scheme.
      const source = String((a.value as { value: unknown }).value);
      if (URL_ATTRS.includes(name) && /(?:javascript|vbscript|data)\s*:/i.test(source)) refuse(ctx, source);
    }
    if (name === 'target') target = a.value;
    if (name === 'rel') rel = a.value;
  }
  if (!opensNewWindow(target) || hasNoopener(rel)) return;
  const attributes = node.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name?.toLowerCase() === 'rel'));
  attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value: withNoopener(rel) });
  return { ...(node as object), attributes } as never;
}
