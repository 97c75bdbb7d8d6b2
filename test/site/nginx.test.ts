/**
 * deploy/nginx.conf, run by Debian's nginx on a loopback port with root set to dist/, serves
 * every kind of file in dist/ right: its Content-Type (charset=utf-8 on text), gzip for text
 * when asked (never for what is already compressed), its Cache-Control, the security headers
 * (only the chart embeds may be framed), no version in Server, and 404 for what is not the
 * site (dist/_headers, the build's completion mark, dotfiles). Files are picked from dist/ by
 * kind, one per extension and cache rule, and a kind of file the test has no expectation for
 * fails it. dist/_headers, read the way Cloudflare Pages and Netlify document it (every
 * matching rule's headers apply, `! Name` removes one), gives the same headers for the same
 * paths.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, DESK_CSP } from '../../src/consts.ts';
import { CONTENT_TYPES, headersText, REVALIDATE } from '../../src/integrations/headers.ts';
import { type Nginx, startNginx } from '../support/nginx.ts';
import { DIST } from '../support/site.ts';

let server: Nginx | undefined;
let base = '';
let configTest = '';

beforeAll(async () => {
  server = await startNginx(resolve(DIST));
  ({ base, configTest } = server);
});
afterAll(() => server?.stop());

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };
const replies = new Map<string, Promise<Reply>>();

/** One request, as sent (node:http adds no Accept-Encoding and unpacks nothing), remembered. */
function get(path: string, { gzip = false, method = 'GET' } = {}): Promise<Reply> {
  const key = `${method} ${path} ${gzip}`;
  if (!replies.has(key))
    replies.set(
      key,
      new Promise((done, fail) => {
        const req = request(`${base}${path}`, { method, agent: false, headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', fail);
          res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', fail).end();
      }),
    );
  return replies.get(key)!;
}
const header = (r: Reply, name: string) => {
  const v = r.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
};

// ---- What is in dist/, by kind ---------------------------------------------------------

/** Every file of dist/, dotfiles included, as paths relative to it. */
const walk = (dir: string): string[] =>
  readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? walk(rel) : [rel];
  });
const FILES = walk('');
/** Not the site: the file other hosts read, and anything hidden (the build's completion mark). */
const hidden = (rel: string) => rel === '_headers' || rel.split('/').some((part) => part.startsWith('.'));
const extOf = (rel: string) => {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
};
/** The address a file is served at: dist/news/x/index.html → /news/x/. */
const urlOf = (rel: string) => `/${encodeURI(rel.replace(/(^|\/)index\.html$/, '$1'))}`;

/**
 * What each kind of file must go out as. Text: its type with charset=utf-8, gzipped when the
 * client accepts it. Already compressed: sent as it is. Pagefind's index files and its
 * WebAssembly (.pagefind) are gzip files Pagefind's script unpacks itself: octet-stream,
 * never compressed again (nor marked Content-Encoding, which would have the browser unpack
 * them first).
 */
const text = (type: string) => ({ type: `${type}; charset=utf-8`, gzip: true });
const packed = (type: string) => ({ type, gzip: false });
const KINDS: Record<string, { type: string; gzip: boolean }> = {
  html: text('text/html'),
  css: text('text/css'),
  js: text('text/javascript'),
  mjs: text('text/javascript'),
  json: text('application/json'),
  webmanifest: text('application/manifest+json'),
  csv: text('text/csv'),
  txt: text('text/plain'),
  yml: text('text/yaml'),
  xml: text('application/xml'),
  svg: text('image/svg+xml'),
  ico: { type: 'image/x-icon', gzip: true },
  wasm: { type: 'application/wasm', gzip: true },
  png: packed('image/png'),
  jpg: packed('image/jpeg'),
  webp: packed('image/webp'),
  woff2: packed('font/woff2'),
  pdf: packed('application/pdf'),
  xlsx: packed('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  pagefind: packed('application/octet-stream'),
  pf_meta: packed('application/octet-stream'),
  pf_index: packed('application/octet-stream'),
  pf_filter: packed('application/octet-stream'),
  pf_fragment: packed('application/octet-stream'),
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Cache-Control by address: hashed names and Pagefind's content-named folders a year;
 * Pagefind's entry files (same names every build) an hour; everything else (pages, 404,
 * downloads, share images, feed) revalidates before each use.
 */
const cacheFor = (url: string) =>
  url.startsWith('/_astro/') || /^\/pagefind\/(fragment|index|filter)\//.test(url)
    ? IMMUTABLE
    : /^\/pagefind\/(pagefind|wasm)/.test(url)
      ? 'public, max-age=3600'
      : REVALIDATE;
const isEmbed = (url: string) => url.startsWith('/embed/');
/** The editing desk: its own policy, never framed, not indexed. */
const isDesk = (url: string) => url.startsWith('/admin/');

/** One file (the largest, so that gzip has something to do) per extension, cache rule and framing rule. */
const SAMPLES = (() => {
  const groups = new Map<string, string>();
  for (const rel of FILES.filter((f) => !hidden(f))) {
    const url = urlOf(rel);
    const key = `${extOf(rel)} ${cacheFor(url)} ${isEmbed(url)} ${isDesk(url)}`;
    const best = groups.get(key);
    if (!best || statSync(join(DIST, rel)).size > statSync(join(DIST, best)).size) groups.set(key, rel);
  }
  return [...groups.values()].sort().map((rel) => ({ rel, url: urlOf(rel), ext: extOf(rel), kind: KINDS[extOf(rel)]! }));
})();
const MISSING = ['/no-such-page/', '/_astro/no-such-file.css', '/data/no-such-file.csv'];
const NOT_SERVED = [...FILES.filter(hidden).map(urlOf), '/%2ebuild-complete', '/_headers?x=1'];
const PAGE_404 = readFileSync(join(DIST, '404.html'));
const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe('deploy/nginx.conf', () => {
  it('passes nginx -t without a warning', () => {
    expect(configTest).toMatch(/syntax is ok/);
    expect(configTest).not.toMatch(/\[(warn|error|crit|alert|emerg)\]/);
  });

  it('has an expectation for every kind of file in dist/', () => {
    const unknown = [...new Set(FILES.filter((f) => !hidden(f)).map(extOf))].filter((ext) => !KINDS[ext]);
    expect(unknown, 'extensions in dist/ with no expected Content-Type, gzip and caching here').toEqual([]);
    // The sampling reaches every kind: one file per extension at least.
    expect(new Set(SAMPLES.map((s) => s.ext)).size).toBe(new Set(FILES.filter((f) => !hidden(f)).map(extOf)).size);
  });

  it('serves every kind of file with its Content-Type, charset=utf-8 on text', async () => {
    for (const { url, kind } of SAMPLES) {
      const r = await get(url);
      expect(r.status, url).toBe(200);
      expect(header(r, 'content-type'), url).toBe(kind.type);
    }
  });

  it('gzips text when asked, never what is already compressed, and sends every file whole', async () => {
    for (const { rel, url, kind, ext } of SAMPLES) {
      const file = readFileSync(join(DIST, rel));
      const plain = await get(url);
      expect(header(plain, 'content-encoding'), url).toBeNull();
      expect(plain.body.equals(file), url).toBe(true);
      const asked = await get(url, { gzip: true });
      expect(asked.status, url).toBe(200);
      if (kind.gzip) {
        expect(header(asked, 'content-encoding'), url).toBe('gzip');
        expect(header(asked, 'vary'), url).toMatch(/accept-encoding/i);
        expect(gunzipSync(asked.body).equals(file), url).toBe(true);
        expect(asked.body.length, url).toBeLessThan(file.length);
      } else {
        expect(header(asked, 'content-encoding'), url).toBeNull();
        expect(asked.body.equals(file), url).toBe(true);
        // Pagefind's files are gzip already (Pagefind unpacks them in the page).
        if (ext === 'pagefind' || ext.startsWith('pf_')) expect(file.subarray(0, 2).toString('hex'), url).toBe('1f8b');
      }
    }
  });

  it("caches hashed files for a year and Pagefind's entry for an hour; everything else revalidates", async () => {
    for (const { url } of SAMPLES) {
      const r = await get(url);
      expect(header(r, 'cache-control'), url).toBe(cacheFor(url));
      expect(header(r, 'etag'), url).toBeTruthy();
    }
    // What revalidates, of every kind: pages, embeds, downloads, share images, the feed.
    expect(SAMPLES.filter((s) => cacheFor(s.url) === REVALIDATE).map((s) => s.ext)).toEqual(
      expect.arrayContaining(['html', 'csv', 'xlsx', 'json', 'pdf', 'png', 'svg', 'xml']),
    );
    // A missing file is never kept for a year, not even under /_astro/.
    for (const url of MISSING) expect(header(await get(url), 'cache-control'), url).toBe(REVALIDATE);
  });

  it('answers 404 with the 404 page for missing paths, /_headers, the completion mark and any dotfile', async () => {
    expect(NOT_SERVED).toEqual(expect.arrayContaining(['/_headers', '/.build-complete']));
    for (const url of [...MISSING, ...NOT_SERVED]) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(r.body.equals(PAGE_404), url).toBe(true);
      expect(header(r, 'content-type'), url).toBe('text/html; charset=utf-8');
    }
  });

  it('sends the security headers on every response; embeds may be framed by any site, pages by none', async () => {
    const all = [...SAMPLES.map((s) => s.url), ...MISSING, ...NOT_SERVED];
    expect(SAMPLES.some((s) => isEmbed(s.url))).toBe(true);
    expect(SAMPLES.some((s) => isDesk(s.url) && s.ext === 'html')).toBe(true);
    for (const url of all) {
      const r = await get(url);
      expect(header(r, 'x-content-type-options'), url).toBe('nosniff');
      expect(header(r, 'referrer-policy'), url).toBe('strict-origin-when-cross-origin');
      expect(header(r, 'permissions-policy'), url).toBe('camera=(), microphone=(), geolocation=()');
      // Never on plain HTTP (deploy/nginx.conf says how to add it with HTTPS).
      expect(header(r, 'strict-transport-security'), url).toBeNull();
      // The very policy the pages carry (with the pre-paint script's hash), plus who may frame.
      expect(header(r, 'x-robots-tag'), url).toBe(isDesk(url) && r.status === 200 ? 'noindex, nofollow' : null);
      if (isEmbed(url) && r.status === 200) {
        expect(header(r, 'content-security-policy'), url).toBe(`${CSP}; frame-ancestors *`);
        expect(header(r, 'x-frame-options'), url).toBeNull();
      } else if (isDesk(url) && r.status === 200) {
        expect(header(r, 'content-security-policy'), url).toBe(`${DESK_CSP}; frame-ancestors 'none'`);
        expect(header(r, 'x-frame-options'), url).toBe('DENY');
      } else {
        expect(header(r, 'content-security-policy'), url).toBe(`${CSP}; frame-ancestors 'none'`);
        expect(header(r, 'x-frame-options'), url).toBe('DENY');
      }
    }
    // The header and the page's own <meta> policy agree, on embeds and pages alike.
    for (const { url } of SAMPLES.filter((s) => s.ext === 'html')) {
      const r = await get(url);
      const meta = metaPolicy(r.body.toString('utf8'));
      expect(meta, url).toBe(isDesk(url) ? DESK_CSP : CSP);
      expect(header(r, 'content-security-policy'), url).toBe(`${meta}; frame-ancestors ${isEmbed(url) ? '*' : "'none'"}`);
    }
  });

  it('shows no version of nginx, not even on its own error pages', async () => {
    const answers = [
      ...(await Promise.all([...SAMPLES.map((s) => s.url), ...MISSING].map((url) => get(url)))),
      await get('/', { method: 'POST' }),
    ];
    for (const r of answers) expect(header(r, 'server')).toBe('nginx');
    const refused = await get('/', { method: 'POST' });
    expect(refused.status).toBe(405);
    expect(refused.body.toString()).not.toMatch(/nginx\/\d/);
  });
});

// ---- dist/_headers ---------------------------------------------------------------------

type Rule = { pattern: RegExp; set: [string, string][]; detach: string[] };

/** dist/_headers as rules: a path line, then indented `Name: value` or `! Name` lines. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // `*` (a splat) matches anything; `:name` one path segment.
      const source = line
        .trim()
        .split(/(\*|:[A-Za-z]\w*)/)
        .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      rules.push({ pattern: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const h = line.trim();
    if (h.startsWith('!')) rule.detach.push(h.slice(1).trim().toLowerCase());
    else rule.set.push([h.slice(0, h.indexOf(':')).trim().toLowerCase(), h.slice(h.indexOf(':') + 1).trim()]);
  }
  return rules;
}

/** The headers a host that merges every matching rule sends for a path (values of a name set twice joined by ", "). */
function headersFor(rules: Rule[], path: string): Map<string, string> {
  const matching = rules.filter((r) => r.pattern.test(path));
  const out = new Map<string, string>();
  for (const r of matching) for (const [k, v] of r.set) out.set(k, out.has(k) ? `${out.get(k)}, ${v}` : v);
  for (const r of matching) for (const k of r.detach) out.delete(k);
  return out;
}

/** What Cloudflare Pages and Netlify send where no rule says otherwise (both document it). */
const HOST_DEFAULTS: Record<string, string> = { 'cache-control': REVALIDATE };

// The rules src/integrations/headers.ts writes now; the first test checks dist/_headers is them.
const written = headersText();
const rules = parseHeaders(written);
const governed = [...new Set(rules.flatMap((r) => [...r.set.map(([k]) => k), ...r.detach]))];

describe('dist/_headers', () => {
  it('is what src/integrations/headers.ts writes (if not, dist/ predates a change: rebuild)', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(written);
  });

  it('gives the same headers as nginx on hosts that merge every matching rule', async () => {
    expect(governed).toEqual(expect.arrayContaining(['content-security-policy', 'x-frame-options', 'cache-control', 'content-type']));
    for (const url of [...SAMPLES.map((s) => s.url), '/no-such-page/']) {
      const r = await get(url);
      const fromFile = headersFor(rules, url);
      const html = header(r, 'content-type')?.startsWith('text/html') ?? false;
      const meta = html ? metaPolicy(r.body.toString('utf8')) : undefined;
      for (const name of governed) {
        let nginxSays = header(r, name);
        let fileSays = fromFile.get(name) ?? HOST_DEFAULTS[name] ?? null;
        // HTML is served at addresses without an extension: the host's own type (text/html).
        if (name === 'content-type' && html && !fromFile.has(name)) continue;
        // An embed's policy: nginx sends the pages' policy with frame-ancestors *; _headers
        // sends none (a second policy would be joined to the pages' one), so the page's own
        // <meta> policy, with no frame-ancestors, holds. The same to a browser.
        if (name === 'content-security-policy' && meta !== undefined) {
          nginxSays = (nginxSays ?? meta).replace(/; frame-ancestors \*$/, '');
          fileSays = fileSays ?? meta;
        }
        // The desk's page, likewise: _headers leaves it its <meta> policy, and X-Frame-Options
        // (from /*) keeps it unframed as nginx's frame-ancestors 'none' does. Its scripts and
        // configuration get no policy there: a policy on a script or data file governs nothing.
        if (name === 'content-security-policy' && isDesk(url) && r.status === 200) {
          nginxSays = meta === undefined ? null : nginxSays!.replace(/; frame-ancestors 'none'$/, '');
        }
        expect(fileSays, `${url} ${name}`).toBe(nginxSays);
      }
    }
  });

  it('reads the same however a host orders or joins rules, within Cloudflare Pages limits', () => {
    // No header set by two rules that match one path (hosts differ on joining or overriding),
    // and none set by the rule that removes it (hosts differ on which comes first).
    for (const url of [...SAMPLES.map((s) => s.url), ...MISSING]) {
      const set = rules.filter((r) => r.pattern.test(url)).flatMap((r) => r.set.map(([k]) => k));
      expect(set.length, url).toBe(new Set(set).size);
    }
    for (const r of rules) for (const k of r.detach) expect(r.set.map(([name]) => name)).not.toContain(k);
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of written.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('maps the same content types as nginx, kind for kind', () => {
    const conf = readFileSync('deploy/snippets/skills-atlas-types.conf', 'utf8').replace(/#.*$/gm, '');
    const block = /^types\s*\{([^}]*)\}/m.exec(conf)![1]!;
    const charsetTypes = new Set(['text/html', .../\bcharset_types\s+([^;]+);/.exec(conf)![1]!.trim().split(/\s+/)]);
    const nginxTypes: Record<string, string> = {};
    for (const entry of block.split(';').map((e) => e.trim().split(/\s+/))) {
      const [type, ...exts] = entry;
      if (!type) continue;
      for (const ext of exts) nginxTypes[ext] = charsetTypes.has(type) ? `${type}; charset=utf-8` : type;
    }
    expect(nginxTypes).toEqual(CONTENT_TYPES);
    // And _headers says so for every kind but HTML (the host's own), once per extension.
    for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
      if (type.startsWith('text/html')) continue;
      expect(headersFor(rules, `/any/file.${ext}`).get('content-type'), ext).toBe(type);
    }
  });
});
