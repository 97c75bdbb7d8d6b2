/**
 * Debian's nginx running deploy/nginx.conf on a loopback port, all its files in a temporary
 * prefix, with `root` set to the folder a test serves. Only what the server block needs
 * around it: the http level is Debian's stock one (its mime.types, default type and gzip),
 * which the server block must not depend on.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

export interface Nginx {
  base: string;
  /** What `nginx -t` said of the configuration. */
  configTest: string;
  stop: () => void;
}

/** Starts nginx with deploy/nginx.conf serving `root`; resolves once it answers. */
export async function startNginx(root: string): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run \`bash scripts/ensure-system.sh\` (installs Debian's nginx)`);
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  const conf = join(prefix, 'conf');
  mkdirSync(conf);
  for (const d of ['logs', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  cpSync('deploy/snippets', join(conf, 'snippets'), { recursive: true });
  const site = readFileSync('deploy/nginx.conf', 'utf8');
  if (!/^\s*listen\s+80;/m.test(site) || !/^\s*root\s+\S+;/m.test(site)) {
    throw new Error('deploy/nginx.conf has no `listen 80;` or no `root …;` line to set');
  }
  writeFileSync(
    join(conf, 'site.conf'),
    site
      .replace(/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${port};`)
      .replace(/^\s*listen\s+\[::\]:80;\n/m, '')
      .replace(/^(\s*)root\s+\S+;/m, `$1root ${root};`),
  );
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
  gzip on;
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
  const test = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  const configTest = `${test.stdout}${test.stderr}`;
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${configTest}`);
  const nginx: ChildProcess = spawn(NGINX, args, { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch (e) {
      if (i > 200) throw new Error(`nginx did not start: ${readFileSync(join(prefix, 'logs/error.log'), 'utf8')}`, { cause: e });
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return {
    base,
    configTest,
    stop: () => {
      nginx.kill();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
