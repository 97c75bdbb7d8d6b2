/**
 * Where each collection's files live and how to read them raw (before validation).
 * Used by the Astro loaders of the JSON collections and by the content check, so the
 * two can never disagree about which files make up the content, and each file is read
 * and parsed once per build (see `parsed`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { CollectionName } from '../../schemas/shared.ts';

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
}

/** Folders, relative to the project root. */
export const PATHS = {
  sources: 'data/sources.json',
  organizations: 'data/organizations.json',
  studios: 'data/studios.json',
  events: 'data/events.json',
  listings: 'data/listings.json',
  people: 'data/people.json',
  datasets: 'data/datasets',
  districts: 'src/content/districts',
  craftsmen: 'src/content/craftsmen',
  news: 'src/content/news',
} as const;

/** Collections kept as one JSON array file each. */
export type ArrayCollection = 'sources' | 'organizations' | 'studios' | 'events' | 'listings' | 'people';

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `内容检查发现 ${problems.length} 个问题 (content check found ${problems.length} problem(s)):\n` +
        problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

declare global {
  /** Parsed content files by absolute path; see `parsed`. */
  var skillsAtlasParsedFiles: Map<string, { stamp: string; result: { value: unknown } | { error: string } }> | undefined;
}

/**
 * Reads and parses a file once for as long as it is unchanged (same modification time and
 * size). The content check runs from the Astro config, loaded by Node, and the loaders
 * from `content.config.ts`, loaded by Vite: two copies of this module in one process, so
 * the memo lives on `globalThis` for both to share. Callers must not mutate what they get.
 */
function parsed(abs: string, parse: (text: string) => unknown): { value: unknown } | { error: string } {
  globalThis.skillsAtlasParsedFiles ??= new Map();
  const memo = globalThis.skillsAtlasParsedFiles;
  let stamp: string;
  try {
    const { mtimeMs, size } = statSync(abs);
    stamp = `${mtimeMs}:${size}`;
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const hit = memo.get(abs);
  if (hit?.stamp === stamp) return hit.result;
  let result: { value: unknown } | { error: string };
  try {
    result = { value: parse(readFileSync(abs, 'utf8')) };
  } catch (e) {
    result = { error: e instanceof Error ? e.message : String(e) };
  }
  memo.set(abs, { stamp, result });
  return result;
}

function readJson(root: string, rel: string, problems: ContentProblem[]): unknown {
  const result = parsed(join(root, rel), JSON.parse);
  if ('value' in result) return result.value;
  problems.push({ file: rel, field: '(file)', message: `JSON 无法解析：${result.error}` });
  return undefined;
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

const listFiles = (root: string, dir: string, ext: RegExp) =>
  readdirSync(join(root, dir))
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));

/**
 * Splits `---` front matter from an MD/MDX file; a missing or broken block is a problem.
 * js-yaml is the parser Astro's own loader uses, so the check reads YAML exactly as the
 * build does (and it is several times faster than the `yaml` package on 10,000 files).
 */
function readFrontmatter(root: string, rel: string, problems: ContentProblem[]) {
  const text = readFileSync(join(root, rel), 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) {
    problems.push({ file: rel, field: '(front matter)', message: '文件开头缺少 --- 包围的 front matter' });
    return undefined;
  }
  try {
    const data: unknown = parseYaml(m[1] ?? '');
    if (!isRecord(data)) throw new Error('不是键值对');
    return { data, body: text.slice(m[0].length) };
  } catch (e) {
    problems.push({ file: rel, field: '(front matter)', message: `YAML 无法解析：${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

/** Datasets: one file each, its figures inside. The id is the file name. */
export function readDatasets(root: string, problems: ContentProblem[]) {
  const datasets: RawEntry[] = [];
  const figures: RawEntry[] = [];
  for (const rel of listFiles(root, PATHS.datasets, /\.json$/)) {
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
  for (const c of ['sources', 'organizations', 'studios', 'events', 'listings', 'people'] as const) {
    entries.push(...readArrayFile(root, c, problems));
  }
  const { datasets, figures } = readDatasets(root, problems);
  entries.push(...datasets, ...figures);
  for (const c of ['districts', 'craftsmen', 'news'] as const) {
    for (const rel of listFiles(root, PATHS[c], /\.mdx?$/)) {
      const fm = readFrontmatter(root, rel, problems);
      if (!fm) continue;
      const id = basename(rel).replace(/\.mdx?$/, '');
      entries.push({ collection: c, id, file: rel, data: fm.data });
      if (fm.body.trim().length === 0) {
        problems.push({ file: rel, field: '(body)', message: '正文为空：每个条目都要有用我们自己的话写的正文' });
      }
    }
  }
  return entries;
}
