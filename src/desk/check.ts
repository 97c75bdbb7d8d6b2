/**
 * What the desk checks before it saves, in the browser: each entry of the file it is about
 * to write against its schema, and the file's name, as the content check reads that file
 * (src/lib/content/files.ts) and in its words (src/lib/content/entry-check.ts). The rest of
 * the content check runs where the other files are: on the local server before the file is
 * written (scripts/lib/desk-server.ts), and in CI (`.ci/run`) for a pull request. That
 * covers what needs the other files (an id used twice, a reference to nothing, the numbers
 * in a story) and the rules for a story's body.
 */
import { z } from 'astro/zod';
import { entryProblems } from '../lib/content/entry-check.ts';
import type { ContentProblem } from '../lib/content/files.ts';
import { collectionSchemas } from '../schemas/index.ts';
import { COLLECTIONS, type CollectionName, type RefFactory } from '../schemas/shared.ts';
import { ENTRIES } from './formats.ts';

/** References as plain ids: the pick-lists offer only entries that exist. */
const schemas = collectionSchemas(((_: CollectionName) => z.string()) as unknown as RefFactory);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The problems of the file `path` of `collection` holding `data`, as the desk reads files. A
 * new entry has no file yet (its name is made as it is saved): it is named by its folder, and
 * its name is not checked.
 */
export function fileProblems(collection: CollectionName, path: string | undefined, data: Record<string, unknown>): ContentProblem[] {
  const file = path || `${COLLECTIONS[collection].path}/（新条目）`;
  const id = path ? path.slice(path.lastIndexOf('/') + 1).replace(/\.(mdx?|json)$/, '') : 'new-entry';
  const stored = COLLECTIONS[collection].stored;
  if (stored === 'json-array') {
    const list = data[ENTRIES];
    if (!Array.isArray(list)) return [{ file, field: '(file)', message: '应为条目的数组' }];
    return list.filter(isRecord).flatMap((e) => entryProblems({ collection, id: String(e.id), file, data: e }, schemas));
  }
  if (stored === 'dataset') {
    const { figures, ...meta } = data;
    if (!Array.isArray(figures) || figures.length === 0) {
      return [{ file, field: 'figures', message: '数据集没有任何数字：请补上数字，或删去这个文件' }];
    }
    return [
      ...entryProblems({ collection: 'datasets', id, file, data: { id, ...meta } }, schemas),
      ...figures
        .filter(isRecord)
        .flatMap((f) => entryProblems({ collection: 'figures', id: String(f.id), file, data: { ...f, dataset: id } }, schemas)),
    ];
  }
  const { body: _, ...front } = data;
  return entryProblems({ collection, id, file, data: front }, schemas);
}
