/**
 * The editing desk against a working copy (`npm run desk`, and the desk's test): one server on
 * loopback that serves the built site with its desk (/admin/) and answers the desk's requests
 * at /api/v1, on the same origin. Reading and writing files is Decap's own local server
 * (decap-server, started here on a port of its own); what it is asked to write or delete is
 * first checked here by the content check on a copy of the content with the change made, and
 * refused, with the check's own "file › field: problem" lines, if the change brings a problem
 * the content did not have. The build checks the same again, so nothing the desk writes can
 * reach the site unchecked.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { LOCAL_API } from '../../src/desk/config.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { ContentError, type ContentProblem, PATHS } from '../../src/lib/content/files.ts';
import { sendFile } from '../../src/lib/static-server.ts';

/** The top folders that hold content (data/, src/content/): what a change is checked in. */
const CONTENT_ROOTS = [
  ...new Set(
    Object.values(PATHS).map((p) =>
      p
        .split('/')
        .slice(0, p.startsWith('src/') ? 2 : 1)
        .join('/'),
    ),
  ),
];

/** A file the desk asks to write: its path in the repository and its text. */
interface Write {
  path: string;
  raw: string;
  newPath?: string;
}

/** The files a request would write and delete, if it changes any. */
function changes(body: { action?: string; params?: Record<string, unknown> }): { writes: Write[]; deletes: string[] } | undefined {
  const p = body.params ?? {};
  switch (body.action) {
    case 'persistEntry':
      return { writes: (p.dataFiles as Write[] | undefined) ?? [p.entry as Write], deletes: [] };
    case 'persistMedia':
      // The schemas have no image or file field: an upload would land outside the content.
      return { writes: [{ path: String((p.asset as { path?: unknown } | undefined)?.path), raw: '' }], deletes: [] };
    case 'deleteFile':
      return { writes: [], deletes: [String(p.path)] };
    case 'deleteFiles':
      return { writes: [], deletes: (p.paths as string[]).map(String) };
    default:
      return undefined;
  }
}

const line = (p: ContentProblem) => `${p.file} › ${p.field}: ${p.message}`;

/**
 * The problems `writes` and `deletes` would bring to the content of `repo`: the content check
 * run on a copy with the change made, less the problems the content already has. A path
 * outside the content folders is a problem of its own: the desk edits content, nothing else.
 */
export function problemsOfChange(repo: string, writes: readonly Write[], deletes: readonly string[]): ContentProblem[] {
  const outside = [...writes.flatMap((w) => [w.path, ...(w.newPath ? [w.newPath] : [])]), ...deletes].filter(
    (path) => !CONTENT_ROOTS.some((root) => !relative(root, normalize(path)).startsWith('..')),
  );
  if (outside.length > 0)
    return outside.map((file) => ({ file, field: '(file)', message: '编辑台只能改内容文件（data/ 与 src/content/）' }));
  const copy = mkdtempSync(join(tmpdir(), 'skills-atlas-desk-'));
  try {
    for (const root of CONTENT_ROOTS) cpSync(join(repo, root), join(copy, root), { recursive: true });
    for (const path of deletes) rmSync(join(copy, path), { force: true });
    for (const w of writes) {
      const to = join(copy, w.newPath ?? w.path);
      if (w.newPath) rmSync(join(copy, w.path), { force: true });
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, w.raw);
    }
    const before = new Set(checkContent(repo).map(line));
    return checkContent(copy).filter((p) => !before.has(line(p)));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/** Starts decap-server on a free loopback port, serving `repo`; resolves once it listens. */
async function decapServer(repo: string): Promise<{ port: number; child: ChildProcess }> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  const child = spawn(process.execPath, [join('node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`decap-server 未能启动（退出码 ${code}）`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
  });
  child.stdout!.resume();
  return { port, child };
}

export interface Desk {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dist` with its desk, saving into the working copy at `repo`, on `port` (0: any free one). */
export async function startDesk({ dist, repo, port = 0 }: { dist: string; repo: string; port?: number }): Promise<Desk> {
  const decap = await decapServer(repo);
  const server = createServer((req, res) => {
    if (req.url !== LOCAL_API || req.method !== 'POST') return sendFile(dist, req, res);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      let body: { action?: string; params?: Record<string, unknown> } = {};
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        // decap-server answers a body it cannot read.
      }
      const change = changes(body);
      const problems = change ? problemsOfChange(repo, change.writes, change.deletes) : [];
      if (problems.length > 0) {
        res.writeHead(422, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: new ContentError(problems).message }));
        return;
      }
      const forward = request(
        { host: '127.0.0.1', port: decap.port, path: LOCAL_API, method: 'POST', headers: { 'content-type': 'application/json' } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, { 'Content-Type': answer.headers['content-type'] ?? 'application/json' });
          answer.pipe(res);
        },
      );
      forward.on('error', () => {
        res.writeHead(502).end();
      });
      forward.end(raw);
    });
  });
  const at = await new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
  return {
    url: `http://127.0.0.1:${at}/`,
    close: async () => {
      decap.child.kill();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
