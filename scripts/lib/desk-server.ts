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
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import { LOCAL_API } from '../../src/desk/config.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { problemsText } from '../../src/lib/content/entry-check.ts';
import { type ContentProblem, PATHS } from '../../src/lib/content/files.ts';
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

/** A file the desk asks to write: its path in the repository and its text (a rename is refused before). */
interface Write {
  path: string;
  raw: string;
  newPath?: string;
}

/** What the desk never asks for: files beside an entry (no schema has an image or a file field) and renamed entries. */
const REFUSED = (file: string, message: string): ContentProblem[] => [{ file, field: '(file)', message }];

/** The files a request would write and delete, if it changes any, or why it is refused outright. */
function changes(body: {
  action?: string;
  params?: Record<string, unknown>;
}): { writes: Write[]; deletes: string[] } | ContentProblem[] | undefined {
  const p = body.params ?? {};
  switch (body.action) {
    case 'persistEntry': {
      const writes = ((p.dataFiles as Write[] | undefined) ?? [p.entry as Write]).filter(Boolean);
      const assets = Array.isArray(p.assets) ? (p.assets as { path?: unknown }[]) : [];
      if (assets.length > 0) return REFUSED(String(assets[0]!.path), '编辑台不收图片或文件：本站的内容没有这类字段');
      const renamed = writes.find((w) => w.newPath);
      if (renamed) return REFUSED(String(renamed.path), '编辑台不改文件名：请让开发者改');
      return { writes: writes.map((w) => ({ path: String(w.path), raw: String(w.raw) })), deletes: [] };
    }
    case 'persistMedia':
      return REFUSED(String((p.asset as { path?: unknown } | undefined)?.path), '编辑台不收图片或文件：本站的内容没有这类字段');
    case 'deleteFile':
      return { writes: [], deletes: [String(p.path)] };
    case 'deleteFiles':
      return { writes: [], deletes: (Array.isArray(p.paths) ? p.paths : []).map(String) };
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
  const inside = (path: string) =>
    !isAbsolute(path) &&
    CONTENT_ROOTS.some((root) => {
      const rel = relative(root, normalize(path));
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    });
  const outside = [...writes.map((w) => w.path), ...deletes].filter((path) => !inside(path));
  if (outside.length > 0)
    return outside.map((file) => ({ file, field: '(file)', message: '编辑台只能改内容文件（data/ 与 src/content/）' }));
  const copy = mkdtempSync(join(tmpdir(), 'skills-atlas-desk-'));
  try {
    for (const root of CONTENT_ROOTS) cpSync(join(repo, root), join(copy, root), { recursive: true });
    for (const path of deletes) rmSync(join(copy, path), { force: true });
    for (const w of writes) {
      const to = join(copy, w.path);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, w.raw);
    }
    const before = new Set(checkContent(repo).map(line));
    return checkContent(copy).filter((p) => !before.has(line(p)));
  } finally {
    rmSync(copy, { recursive: true, force: true });
    // The check keeps what it parsed by path: the copy's files will not be asked for again.
    for (const path of globalThis.skillsAtlasParsedFiles?.keys() ?? [])
      if (path.startsWith(copy)) globalThis.skillsAtlasParsedFiles!.delete(path);
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
    const late = setTimeout(() => {
      child.kill();
      reject(new Error('decap-server 30 秒内没有启动'));
    }, 30_000);
    child.once('exit', (code) => reject(new Error(`decap-server 未能启动（退出码 ${code}）`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(late);
        resolve();
      }
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
  let origin = '';
  let decapPort = 0;
  const answer = (res: ServerResponse, status: number, error: string) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error }));
  };
  const server = createServer((req, res) => {
    try {
      if (req.url !== LOCAL_API || req.method !== 'POST') return sendFile(dist, req, res);
      // Only the desk's own page may ask: another site open in the editor's browser could
      // otherwise post a plain-text form here and have files written.
      if (req.headers.origin !== origin || !req.headers['content-type']?.startsWith('application/json')) {
        return answer(res, 403, '只接受本编辑台页面的请求');
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const body = JSON.parse(raw.toString('utf8')) as { action?: string; params?: Record<string, unknown> };
          const change = changes(body);
          const problems = Array.isArray(change) ? change : change ? problemsOfChange(repo, change.writes, change.deletes) : [];
          if (problems.length > 0) return answer(res, 422, problemsText(problems));
          const forward = request(
            { host: '127.0.0.1', port: decapPort, path: LOCAL_API, method: 'POST', headers: { 'content-type': 'application/json' } },
            (reply) => {
              res.writeHead(reply.statusCode ?? 502, { 'Content-Type': reply.headers['content-type'] ?? 'application/json' });
              reply.pipe(res);
            },
          );
          forward.on('error', () => answer(res, 502, '编辑台的文件服务没有回应'));
          forward.end(raw);
        } catch (error) {
          answer(res, 400, `请求无法处理：${error instanceof Error ? error.message : String(error)}`);
        }
      });
    } catch (error) {
      answer(res, 400, `请求无法处理：${error instanceof Error ? error.message : String(error)}`);
    }
  });
  // The outer server first: a port in use stops here, before decap-server is started.
  const at = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  origin = `http://127.0.0.1:${at}`;
  const decap = await decapServer(repo).catch(async (error: unknown) => {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  });
  decapPort = decap.port;
  return {
    url: `${origin}/`,
    close: async () => {
      decap.child.kill();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
