/**
 * What the desk checks before it saves, in the browser: each entry of the file it is about
 * to write, against its schema, as the content check reads that file (src/lib/content/files.ts)
 * and with its words (src/lib/content/entry-check.ts). What needs the other files (ids used
 * twice, references to entries that do not exist, numbers in stories) is the content check's
 * own: on the local server before the file is written, through GitHub in the pull request's CI.
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
    const list = Array.isArray(data[ENTRIES]) ? (data[ENTRIES] as unknown[]) : [];
    return list.filter(isRecord).flatMap((e) => entryProblems({ collection, id: String(e.id), file, data: e }, schemas));
  }
  if (stored === 'dataset') {
    const { figures, ...meta } = data;
    return [
      ...entryProblems({ collection: 'datasets', id, file, data: { id, ...meta } }, schemas),
      ...(Array.isArray(figures) ? figures : [])
        .filter(isRecord)
        .flatMap((f) => entryProblems({ collection: 'figures', id: String(f.id), file, data: { ...f, dataset: id } }, schemas)),
    ];
  }
  const { body: _, ...front } = data;
  return entryProblems({ collection, id, file, data: front }, schemas);
}
