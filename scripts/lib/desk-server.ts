/**
 * The editing desk against a working copy (`npm run desk`, and the desk's test): one server on
 * loopback that serves the built site with its desk (/admin/) and answers the desk's requests
 * at /api/v1, on the same origin, with the files of the working copy: what Decap's proxy
 * backend asks for (list a folder, read files, write and delete them), for content files only
 * (data/ and src/content/). What it is asked to write or delete is first checked by the
 * content check on a copy of the content with the change made, and refused, with the check's
 * own "file › field: problem" lines, if the change brings a problem the content did not have.
 * The build checks the same again, so nothing the desk writes can reach the site unchecked.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, normalize, relative } from 'node:path';
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

/**
 * Where a path the desk names is on disk, if it is a content file of `repo`: inside a content
 * folder (data/, src/content/) as written, relative and not climbing out, and, through any
 * link on the way, still inside the working copy. Otherwise undefined.
 */
function contentFile(repo: string, path: string): string | undefined {
  const named = CONTENT_ROOTS.some((root) => {
    const rel = relative(root, normalize(path));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
  if (isAbsolute(path) || !named) return undefined;
  const root = realpathSync(repo);
  const file = join(root, normalize(path));
  // The nearest part of the path that is there, a link included (a link to nothing is there,
  // and leads nowhere the desk may go).
  let existing = file;
  while (!lstatSync(existing, { throwIfNoEntry: false })) existing = dirname(existing);
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    return undefined;
  }
  const rel = relative(root, real);
  return rel.startsWith('..') || isAbsolute(rel) ? undefined : file;
}

const line = (p: ContentProblem) => `${p.file} › ${p.field}: ${p.message}`;

/**
 * The problems `writes` and `deletes` would bring to the content of `repo`: the content check
 * run on a copy with the change made, less the problems the content already has. A path
 * outside the content folders is a problem of its own: the desk edits content, nothing else.
 */
export function problemsOfChange(repo: string, writes: readonly Write[], deletes: readonly string[]): ContentProblem[] {
  const outside = [...writes.map((w) => w.path), ...deletes].filter((path) => contentFile(repo, path) === undefined);
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

/** A refusal of the files service, answered with its status and the message the desk shows. */
class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Where a content file of `repo` is on disk; anything else is refused. */
function onDisk(repo: string, path: string): string {
  const file = contentFile(repo, path);
  if (file === undefined) throw new Refused(403, `编辑台只能读写内容文件（data/ 与 src/content/）：${path}`);
  return file;
}

/** An entry as the desk reads it: the file's text and an id that changes with it (no text if there is no file). */
function entry(repo: string, path: string, label?: string) {
  const file = onDisk(repo, path);
  if (!existsSync(file)) return { data: null, file: { path, label, id: null } };
  const raw = readFileSync(file);
  return { data: raw.toString('utf8'), file: { path, label, id: createHash('sha256').update(raw).digest('hex') } };
}

/** The files of a folder (and of its folders, to `depth` levels) whose names end in `extension`, as repository paths. */
function listFolder(repo: string, folder: string, extension: string, depth: number): string[] {
  const dir = onDisk(repo, folder);
  if (depth <= 0 || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) =>
      d.isDirectory()
        ? listFolder(repo, `${folder}/${d.name}`, extension, depth - 1)
        : d.name.endsWith(extension)
          ? [`${folder}/${d.name}`]
          : [],
    );
}

/**
 * Makes a change the content check has passed, as checked: the same paths and the same text.
 */
function apply(repo: string, { writes, deletes }: { writes: Write[]; deletes: string[] }): { message: string } {
  for (const w of writes) {
    const file = onDisk(repo, w.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, w.raw);
  }
  for (const path of deletes) rmSync(onDisk(repo, path), { force: true });
  return { message: `saved ${[...writes.map((w) => w.path), ...deletes].join(', ')}` };
}

/**
 * The answer to a request of Decap's proxy backend that changes nothing, read from `repo`.
 * The desk has no files beside entries (no schema has an image or a file field), so its
 * media library is empty; what else it might ask (the editorial workflow, notes) belongs to
 * a hosted repository, not to a working copy.
 */
function read(repo: string, action: string | undefined, p: Record<string, unknown>): unknown {
  switch (action) {
    case 'info':
      return { repo: basename(realpathSync(repo)), publish_modes: ['simple'], type: 'local_fs' };
    case 'entriesByFolder':
      return listFolder(repo, String(p.folder), String(p.extension ?? ''), Number(p.depth ?? 1)).map((path) => entry(repo, path));
    case 'entriesByFiles':
      return ((p.files as { path: string; label?: string }[] | undefined) ?? []).map((f) => entry(repo, String(f.path), f.label));
    case 'getEntry':
      return entry(repo, String(p.path));
    case 'getMedia':
      return [];
    case 'getDeployPreview':
      return null;
    default:
      throw new Refused(422, `编辑台不做这件事：${action}`);
  }
}

export interface Desk {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dist` with its desk, saving into the working copy at `repo`, on `port` (0: any free one). */
export async function startDesk({ dist, repo, port = 0 }: { dist: string; repo: string; port?: number }): Promise<Desk> {
  let origin = '';
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    if (req.url !== LOCAL_API || req.method !== 'POST') return sendFile(dist, req, res);
    // Only the desk's own page may ask: another site open in the editor's browser could
    // otherwise post a plain-text form here and have files written.
    if (req.headers.origin !== origin || !req.headers['content-type']?.startsWith('application/json')) {
      return answer(res, 403, { error: '只接受本编辑台页面的请求' });
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { action?: string; params?: Record<string, unknown> };
        const change = changes(body);
        if (change === undefined) return answer(res, 200, read(repo, body.action, body.params ?? {}));
        if (Array.isArray(change)) return answer(res, 422, { error: problemsText(change) });
        const problems = problemsOfChange(repo, change.writes, change.deletes);
        if (problems.length > 0) return answer(res, 422, { error: problemsText(problems) });
        answer(res, 200, apply(repo, change));
      } catch (error) {
        if (error instanceof Refused) return answer(res, error.status, { error: error.message });
        answer(res, 400, { error: `请求无法处理：${error instanceof Error ? error.message : String(error)}` });
      }
    });
  });
  const at = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  origin = `http://127.0.0.1:${at}`;
  return {
    url: `${origin}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
