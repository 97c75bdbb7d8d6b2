/**
 * The editing desk in the browser: Decap CMS (loaded just before, from /admin/decap-cms.js)
 * has started and is fetching /admin/config.yml, which the build generates from the schemas
 * (./config.ts); before it reads any content file it learns here how each collection's files
 * are written (./formats.ts), and before it saves one, what the content check would say of
 * it (./check.ts): a file with a problem is not saved, and the desk shows the problem.
 */

import { problemsText } from '../lib/content/entry-check.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { fileProblems } from './check.ts';
import { deskFormats } from './config.ts';
import type { Format } from './formats.ts';

/** What Decap hands an event handler: its entry, as an Immutable map. */
interface Entry {
  get(key: 'collection' | 'path'): string | undefined;
  get(key: 'data'): { toJS(): Record<string, unknown> };
}
declare global {
  interface Window {
    CMS: {
      registerCustomFormat: (name: string, extension: string, format: Format) => void;
      registerEventListener: (listener: { name: 'preSave'; handler: (event: { entry: Entry }) => void }) => void;
    };
  }
}

const formats = deskFormats();
for (const { name, extension, format } of formats) window.CMS.registerCustomFormat(name, extension, format);

window.CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection') as CollectionName;
    const format = formats.find((f) => f.collection === collection)?.format;
    if (!format) return;
    // The file as it will be written, read back: what the build will read.
    const data = format.fromFile(format.toFile(entry.get('data').toJS()));
    const problems = fileProblems(collection, entry.get('path'), data);
    if (problems.length > 0) throw new Error(problemsText(problems));
  },
});
