/**
 * deploy/nginx.conf, run by Debian's nginx on a loopback port with root set to dist/, sends
 * the security headers on every response (pages, 404, Pagefind, hashed assets), lets only
 * the chart embeds be framed, and sets cache lifetimes; dist/_headers, read the way
 * Cloudflare Pages and Netlify document it (every matching rule's headers apply, `! Name`
 * removes one), gives the same headers for the same paths.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../src/consts.ts';
import { DIST } from '../support/site.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
let nginx: ChildProcess | undefined;
let base = '';

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`bash scripts/ensure-system.sh\` (installs Debian's nginx)`);
  const port = await freePort();
  const conf = join(prefix, 'conf');
  mkdirSync(conf);
  for (const d of ['logs', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  cpSync('deploy/snippets', join(conf, 'snippets'), { recursive: true });
  const site = readFileSync('deploy/nginx.conf', 'utf8');
  expect(site).toMatch(/^\s*listen\s+80;/m);
  expect(site).toMatch(/^\s*root\s+\S+;/m);
  writeFileSync(
    join(conf, 'site.conf'),
    site
      .replace(/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^\s*listen\s+\[::\]:80;\n/m, '')
      .replace(/^(\s*)root\s+\S+;/m, `$1root ${resolve(DIST)};`),
  );
  // Only what the server block needs around it, all inside the temporary prefix.
  writeFileSync(
    join(conf, 'nginx.conf'),
    `daemon off;
master_process off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${conf}/site.conf;
}
`,
  );
  const args = ['-p', `${prefix}/`, '-c', join(conf, 'nginx.conf')];
  execFileSync(NGINX, [...args, '-t', '-q'], { stdio: 'pipe' });
  nginx = spawn(NGINX, args, { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch (e) {
      if (i > 200) throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'logs/error.log'), 'utf8')}`, { cause: e });
      await new Promise((r) => setTimeout(r, 25));
    }
  }
});
afterAll(() => {
  nginx?.kill();
  rmSync(prefix, { recursive: true, force: true });
});

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

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
const governed = [...new Set(rules.flatMap((r) => [...r.set.map(([k]) => k), ...r.detach]))];
const firstFile = (dir: string, ext = '') =>
  readdirSync(join(DIST, dir))
    .filter((f) => f.endsWith(ext))
    .sort()[0]!;

const PATHS = {
  home: '/',
  profile: '/craftsmen/zhang-jianping/',
  embed: `/embed/${firstFile('embed')}/`,
  missing: '/no-such-page/',
  pagefind: '/pagefind/pagefind.js',
  fragment: `/pagefind/fragment/${firstFile('pagefind/fragment', '.pf_fragment')}`,
  asset: `/_astro/${firstFile('_astro', '.css')}`,
};
const responses = new Map<string, Response & { text: string }>();
async function get(path: string) {
  if (!responses.has(path)) {
    const res = await fetch(base + path, { redirect: 'manual' });
    responses.set(path, Object.assign(res, { text: await res.text() }));
  }
  return responses.get(path)!;
}

describe('deploy/nginx.conf', () => {
  it('serves pages, a profile, an embed and Pagefind with 200, and a missing page as 404.html', async () => {
    for (const [kind, path] of Object.entries(PATHS))
      expect((await get(path)).status, `${kind} ${path}`).toBe(kind === 'missing' ? 404 : 200);
    expect((await get(PATHS.missing)).text).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect((await get(PATHS.profile)).text).toBe(readFileSync(join(DIST, 'craftsmen/zhang-jianping/index.html'), 'utf8'));
  });

  it('sends the security headers on every response, and forbids framing except for embeds', async () => {
    for (const [kind, path] of Object.entries(PATHS)) {
      const h = (await get(path)).headers;
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy'), path).toBe('camera=(), microphone=(), geolocation=()');
      if (kind === 'embed') {
        expect(h.get('x-frame-options'), path).toBeNull();
        expect(h.get('content-security-policy') ?? '', path).not.toMatch(/frame-ancestors 'none'/);
      } else {
        // The very policy the pages carry (with the pre-paint script's hash), plus framing.
        expect(h.get('content-security-policy'), path).toBe(`${CSP}; frame-ancestors 'none'`);
        expect(h.get('x-frame-options'), path).toBe('DENY');
      }
    }
    // The embed still carries the site's policy in its page.
    expect((await get(PATHS.embed)).text).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self'/);
  });

  it("caches hashed files for a year and Pagefind's entry for an hour; HTML revalidates", async () => {
    expect((await get(PATHS.asset)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(PATHS.fragment)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(PATHS.pagefind)).headers.get('cache-control')).toBe('public, max-age=3600');
    expect((await get(PATHS.home)).headers.get('cache-control')).toBeNull();
    expect((await get(PATHS.home)).headers.get('etag')).toBeTruthy();
  });

  it('dist/_headers gives the same headers as nginx on hosts that merge every matching rule', async () => {
    expect(governed).toEqual(expect.arrayContaining(['content-security-policy', 'x-frame-options', 'cache-control']));
    for (const path of Object.values(PATHS)) {
      const h = (await get(path)).headers;
      const fromNginx = Object.fromEntries(governed.map((k) => [k, h.get(k)]));
      const fromFile = headersFor(rules, path);
      expect(Object.fromEntries(governed.map((k) => [k, fromFile.get(k) ?? null])), path).toEqual(fromNginx);
    }
  });

  it('dist/_headers reads the same however a host orders or joins rules', () => {
    // No header set by two rules that match one path (hosts differ on joining or overriding),
    // and none set by the rule that removes it (hosts differ on which comes first).
    for (const path of Object.values(PATHS)) {
      const set = rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.set.map(([k]) => k));
      expect(set.length, path).toBe(new Set(set).size);
    }
    for (const r of rules) for (const k of r.detach) expect(r.set.map(([name]) => name)).not.toContain(k);
  });
});
