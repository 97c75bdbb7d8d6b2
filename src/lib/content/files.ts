/**
 * Where each collection's files live and how to read them raw (before validation).
 * Used by the Astro loaders of the JSON collections and by the content check, so the
 * two can never disagree about which files make up the content, and each file is read
 * and parsed once per build (see `parsed`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  type CollectionName,
  type CollectionsStored,
  collectionsStored,
  isBlank,
} from '../../schemas/shared.ts';
import { problemsText } from './entry-check.ts';
import { duplicateKeys } from './json-keys.ts';
import { bodyProblems } from './markup.ts';

/** A problem in one file, named so a writer can find and fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** One entry as read from disk, with the file it came from. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** An MD/MDX entry's body: its text, the file line it starts on, and whether it is MDX. */
  body?: { text: string; line: number; mdx: boolean };
}

/** Where each collection's files are, relative to the project root (src/schemas/shared.ts). */
export const PATHS = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, COLLECTIONS[c].path])) as {
  [C in CollectionName]: (typeof COLLECTIONS)[C]['path'];
};

/** Collections kept as one JSON array file each. */
export type ArrayCollection = CollectionsStored<'json-array'>;

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problemsText(problems));
    this.problems = problems;
    this.name = 'ContentError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What reading a file gave: its value (if any) and the problems found on the way. */
interface Read {
  value?: unknown;
  problems: Omit<ContentProblem, 'file'>[];
}

declare global {
  /** Parsed content files by absolute path; see `parsed`. */
  var skillsAtlasParsedFiles: Map<string, { stamp: string; result: Read }> | undefined;
}

/**
 * Size limits, far above the real content (the longest MD/MDX file is under 5 KB and the
 * largest JSON file under 40 KB): a file past them is a paste gone wrong, and would slow
 * every build and page.
 */
export const MAX_BYTES = { markdown: 100 * 1024, json: 1024 * 1024 } as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text, refused by name when it is too large, not UTF-8 (e.g. saved as GBK) or
 * starts with a byte-order mark, which would otherwise surface as a puzzling syntax error.
 */
function readText(abs: string, limit: number): { text: string } | { problem: string } {
  const bytes = readFileSync(abs);
  if (bytes.length > limit) {
    return { problem: `文件有 ${Math.ceil(bytes.length / 1024)} KB，超过上限 ${limit / 1024} KB：请拆分或精简` };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: '文件以 BOM（U+FEFF）开头：请存为不带 BOM 的 UTF-8' };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: '不是 UTF-8 编码（可能是 GBK）：请以 UTF-8 另存' };
  }
}

/**
 * Reads and parses a file once for as long as it is unchanged (same modification time and
 * size). The content check runs from the Astro config, loaded by Node, and the loaders
 * from `content.config.ts`, loaded by Vite: two copies of this module in one process, so
 * the memo lives on `globalThis` for both to share. Callers must not mutate what they get.
 */
function parsed(abs: string, limit: number, parse: (text: string) => Read): Read {
  globalThis.skillsAtlasParsedFiles ??= new Map();
  const memo = globalThis.skillsAtlasParsedFiles;
  let stamp: string;
  try {
    const { mtimeMs, size } = statSync(abs);
    stamp = `${mtimeMs}:${size}`;
  } catch (e) {
    return { problems: [{ field: '(file)', message: `无法读取：${e instanceof Error ? e.message : String(e)}` }] };
  }
  const hit = memo.get(abs);
  if (hit?.stamp === stamp) return hit.result;
  const read = readText(abs, limit);
  const result = 'text' in read ? parse(read.text) : { problems: [{ field: '(file)', message: read.problem }] };
  memo.set(abs, { stamp, result });
  return result;
}

/** JSON, with any key repeated within one object named (JSON.parse would keep the last). */
function parseJson(text: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problems: [{ field: '(file)', message: `JSON 无法解析：${(e as Error).message}` }] };
  }
  const problems = duplicateKeys(text).map((field) => ({ field, message: '键重复：JSON 只会保留最后一个，请删去多余的' }));
  return { value, problems };
}

function readJson(root: string, rel: string, problems: ContentProblem[]): unknown {
  const result = parsed(join(root, rel), MAX_BYTES.json, parseJson);
  problems.push(...result.problems.map((p) => ({ file: rel, ...p })));
  return result.value;
}

/** Entries of a JSON file that holds an array of objects with `id`. */
export function readArrayFile(root: string, collection: ArrayCollection, problems: ContentProblem[]): RawEntry[] {
  const rel = PATHS[collection];
  const json = readJson(root, rel, problems);
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    problems.push({ file: rel, field: '(file)', message: '应为对象数组' });
    return [];
  }
  return json.flatMap((item, i) => {
    if (!isRecord(item) || typeof item.id !== 'string') {
      problems.push({ file: rel, field: `[${i}].id`, message: '每一项都要有字符串 id' });
      return [];
    }
    return [{ collection, id: item.id, file: rel, data: item }];
  });
}

/**
 * The files of a content folder that its loader reads: names ending in one of `exts`,
 * exactly, as the loaders' globs are case-sensitive and do not descend. Everything else in
 * the folder is a problem, named, so that a file saved as .MDX or .txt, a backup (.md~) or
 * a sub-folder is never silently left out of the site.
 */
function listFiles(root: string, dir: string, exts: readonly string[], problems: ContentProblem[]) {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = join(dir, entry.name);
    const endsIn = (name: string) => exts.some((ext) => name.endsWith(ext));
    if (entry.isFile() && endsIn(entry.name)) files.push(rel);
    else {
      const message = entry.isDirectory()
        ? `子文件夹不会被读取：内容文件须直接放在 ${dir}/ 下`
        : endsIn(entry.name.toLowerCase())
          ? '扩展名须为小写：加载器不会读取这个文件'
          : `加载器不会读取这个文件（此处只放 ${exts.join(' 或 ')}）：请删去或改名`;
      problems.push({ file: rel, field: '(file name)', message });
    }
  }
  return files;
}

/** Removes MDX comments, `{/* … *\/}` (MDX only), and HTML comments, `<!-- … -->`. */
const withoutComments = (body: string, mdx: boolean) =>
  (mdx ? body.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '') : body).replace(/<!--[\s\S]*?-->/g, '');

/**
 * Splits `---` front matter from an MD/MDX file, giving the body and the file line it starts
 * on (so problems in the body name the file's lines); a missing or broken block is a problem.
 * js-yaml is the parser Astro's own loader uses, so the check reads YAML exactly as the
 * build does (and it is several times faster than the `yaml` package on 10,000 files).
 */
function readFrontmatter(root: string, rel: string, problems: ContentProblem[]) {
  const read = readText(join(root, rel), MAX_BYTES.markdown);
  if ('problem' in read) {
    problems.push({ file: rel, field: '(file)', message: read.problem });
    return undefined;
  }
  const { text } = read;
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) {
    problems.push({ file: rel, field: '(front matter)', message: '文件开头缺少 --- 包围的 front matter' });
    return undefined;
  }
  try {
    const data: unknown = parseYaml(m[1] ?? '');
    if (!isRecord(data)) throw new Error('不是键值对');
    return { data, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
  } catch (e) {
    problems.push({ file: rel, field: '(front matter)', message: `YAML 无法解析：${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Datasets: one file each, its figures inside. The id is the file name. */
export function readDatasets(root: string, problems: ContentProblem[]) {
  const datasets: RawEntry[] = [];
  const figures: RawEntry[] = [];
  for (const rel of listFiles(root, PATHS.datasets, ['.json'], problems)) {
    const id = basename(rel, '.json');
    const json = readJson(root, rel, problems);
    if (json === undefined) continue;
    if (!isRecord(json)) {
      problems.push({ file: rel, field: '(file)', message: '应为一个对象（数据集信息加 figures 数组）' });
      continue;
    }
    const { figures: list, ...meta } = json;
    datasets.push({ collection: 'datasets', id, file: rel, data: { id, ...meta } });
    if (!Array.isArray(list)) {
      problems.push({ file: rel, field: 'figures', message: '应为数字条目的数组' });
      continue;
    }
    if (list.length === 0) {
      problems.push({ file: rel, field: 'figures', message: '数据集没有任何数字：请补上数字，或删去这个文件' });
    }
    list.forEach((item, i) => {
      if (!isRecord(item) || typeof item.id !== 'string') {
        problems.push({ file: rel, field: `figures[${i}].id`, message: '每个数字都要有字符串 id' });
      } else if ('dataset' in item) {
        problems.push({ file: rel, field: `figures[${i}].dataset`, message: 'dataset 由文件名决定，不要手写' });
      } else {
        figures.push({ collection: 'figures', id: item.id, file: rel, data: { ...item, dataset: id } });
      }
    });
  }
  return { datasets, figures };
}

/** Every entry of every collection, as read from disk under `root`. */
export function readAll(root: string, problems: ContentProblem[]): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const c of collectionsStored('json-array')) entries.push(...readArrayFile(root, c, problems));
  const { datasets, figures } = readDatasets(root, problems);
  entries.push(...datasets, ...figures);
  for (const c of collectionsStored('markdown')) {
    for (const rel of listFiles(root, PATHS[c], ['.md', '.mdx'], problems)) {
      const fm = readFrontmatter(root, rel, problems);
      if (!fm) continue;
      const id = basename(rel).replace(/\.mdx?$/, '');
      const mdx = rel.endsWith('.mdx');
      entries.push({ collection: c, id, file: rel, data: fm.data, body: { text: fm.body, line: fm.bodyLine, mdx } });
      if (isBlank(withoutComments(fm.body, mdx))) {
        problems.push({ file: rel, field: '(body)', message: '正文为空（注释不算）：每个条目都要有用我们自己的话写的正文' });
      }
      // Content, not programs: see markup.ts for what a body may hold.
      problems.push(...bodyProblems(fm.body, mdx, fm.bodyLine).map((p) => ({ file: rel, ...p })));
    }
  }
  return entries;
}
