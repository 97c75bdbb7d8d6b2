/**
 * One entry against its schema, and how problems are told: the part of the content check
 * (./check.ts) that needs no other file, so that the editing desk can run it in the browser
 * before it saves (src/desk/check.ts) and say exactly what the build would say.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName, slug } from '../../schemas/shared.ts';
import type { ContentProblem, RawEntry } from './files.ts';

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(entry)';

/** The problems of one entry that its schema finds, and of its file's name; `schemas` make references as the caller checks them. */
export function entryProblems(
  e: Pick<RawEntry, 'collection' | 'id' | 'file' | 'data'>,
  schemas: Record<CollectionName, z.ZodType>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const where =
    e.collection === 'figures' ? `figures › ${e.id} › ` : e.collection === 'charts' || e.collection === 'searchTerms' ? `${e.id} › ` : '';
  const named = COLLECTIONS[e.collection].stored === 'markdown' ? slug.safeParse(e.id) : undefined;
  if (named && !named.success) {
    const digitsOnly = /^[0-9-]+$/.test(e.id);
    problems.push({
      file: e.file,
      field: '(file name)',
      message: digitsOnly
        ? '文件名至少要有一个字母：纯数字的名字会和列表的分页网址（如 /craftsmen/2/）冲突'
        : '文件名须为小写 ASCII 加连字符，例如 zhang-jianping.mdx',
    });
  }
  const result = schemas[e.collection].safeParse(e.data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file: e.file, field: where + fieldPath(issue.path), message: issue.message });
  }
  return problems;
}

/** Problems as the build and the desk tell them: a count, then one `file › field: problem` line each. */
export const problemsText = (problems: readonly ContentProblem[]) =>
  `内容检查发现 ${problems.length} 个问题 (content check found ${problems.length} problem(s)):\n` +
  problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`).join('\n');
