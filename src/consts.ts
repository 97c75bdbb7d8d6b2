export const SITE_TITLE = '匠心图谱';
export const SITE_SUBTITLE = '技能人才与各区技能工作成果';

/**
 * The Content Security Policy every page carries in a <meta> tag, so it holds on any
 * static host. Scripts only from this site (no inline script: Astro is told to emit them
 * as files); 'wasm-unsafe-eval' lets Pagefind run its WebAssembly. Inline styles stay
 * allowed for the SVG charts' attributes. Headers that a meta tag cannot carry
 * (frame-ancestors and the rest) go into dist/_headers (src/integrations/headers.ts).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
