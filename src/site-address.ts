/**
 * The site's address, from the environment at build time. Canonical URLs, share images, QR
 * codes, citations, the sitemap and feeds are built from it, so it must be the address the
 * site is actually served at:
 * - unset: the address `npm start` serves (http://127.0.0.1:4321/), for `astro dev`, `astro
 *   check` and `astro preview` only; `astro build` refuses to run without it
 *   (src/integrations/site-address.ts);
 * - a loopback address: any port, http allowed (local previews and tests);
 * - anything else is a deployment: https only, and never a reserved example domain.
 */
export const PREVIEW_URL = 'http://127.0.0.1:4321/';

export const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
/** RFC 2606 / 6761 names, and any host with an "example" label (the old placeholder was one). */
export const RESERVED = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example(\.|$)/;

/** The validated address, and what to tell the person building. */
export function siteAddress(value: string | undefined): { url: string; note: string } {
  if (value === undefined || value.trim() === '') {
    return {
      url: PREVIEW_URL,
      note: `SITE_URL 未设置：按本机预览地址 ${PREVIEW_URL}（构建须设置 SITE_URL）`,
    };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL “${value}” 不是有效的网址，应写作 https://域名/`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL “${value}” 只能是站点根地址（https://域名/），不能带路径、参数或账号`);
  }
  if (LOOPBACK.test(url.hostname)) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL “${value}” 须以 http:// 或 https:// 开头`);
    return { url: url.href, note: `按本机地址 ${url.href} 构建（仅供本机预览与测试）` };
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_URL “${value}” 须使用 https：部署的站点不接受 http`);
  if (RESERVED.test(url.hostname)) throw new Error(`SITE_URL “${value}” 是保留的示例域名，不能用于部署`);
  return { url: url.href, note: `按 SITE_URL=${url.href} 构建` };
}
