import { createHash } from 'node:crypto';
import { CONTRAST_CLASS, CONTRAST_KEY, TEXT_SIZE_KEY, TEXT_SIZES } from './reader-prefs.ts';

export const SITE_TITLE = '匠心图谱';
export const SITE_SUBTITLE = '技能人才与各区技能工作成果';

/** The licence of what this site writes and compiles (the reports it cites keep their own rights). */
export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** The licence's summary in Chinese, for readers. */
  deed: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;
/** The licence line every JSON download carries. */
export const LICENCE_LINE = `${LICENCE.name} (${LICENCE.url}); 事实出自所列来源报道`;

/**
 * The one inline script: in <head>, before anything is drawn, it puts on <html> .js (so the
 * buttons that need script, such as copy, print and the header's tools, show from the first
 * paint), the reader's remembered text size (字号) and high contrast (高对比), and .speech
 * where the browser can read aloud (the story's 朗读全文 button shows then), so a page opens
 * as it will stay, with no repaint or layout shift. The keys and classes come from
 * src/reader-prefs.ts, as src/client/site.ts's do; it changes nothing else. Allowed by its hash in CSP below.
 */
export const PREPAINT_SCRIPT = `var c=document.documentElement.classList;c.add('js');if(window.speechSynthesis&&window.SpeechSynthesisUtterance)c.add('speech');try{var s=localStorage.getItem('${TEXT_SIZE_KEY}');if(${TEXT_SIZES.map((size) => `s==='${size}'`).join('||')})c.add(s);if(localStorage.getItem('${CONTRAST_KEY}')==='1')c.add('${CONTRAST_CLASS}')}catch(e){}`;
export const PREPAINT_HASH = `'sha256-${createHash('sha256').update(PREPAINT_SCRIPT).digest('base64')}'`;

/**
 * The Content Security Policy every page carries in a <meta> tag, so it holds on any
 * static host. Scripts only from this site (Astro is told to emit them as files) and the
 * pre-paint script above by its hash; 'wasm-unsafe-eval' lets Pagefind run its
 * WebAssembly. Inline styles stay allowed for the SVG charts' attributes. Headers that a meta tag cannot carry
 * (frame-ancestors and the rest) go into dist/_headers (src/integrations/headers.ts).
 */
export const CSP = [
  "default-src 'self'",
  `script-src 'self' ${PREPAINT_HASH} 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The editing desk's policy (/admin/, src/pages/admin/index.astro), in its <meta> tag and its
 * own nginx location, separate from the pages' one, which stays as it is. Decap CMS checks
 * its configuration with Ajv, which compiles its checks into functions ('unsafe-eval': the
 * desk does not start without it, and only the desk has it); it injects its styles (hence
 * 'unsafe-inline' for styles, as the pages have), shows images as blob: and data: addresses,
 * and talks to the site itself (`npm run desk`) or to GitHub's API, whose editors' pictures
 * it shows. Scripts still come only from the site.
 */
export const DESK_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' https://api.github.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
