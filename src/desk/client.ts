/**
 * The editing desk in the browser. Decap CMS is loaded from here (/admin/decap-cms.js) and
 * started by hand, once it has learnt how each collection's files are written (./formats.ts)
 * and what the content check would say of a file before it is saved (./check.ts): started
 * on its own, it could read a file before it knew the file's format (it then shows an entry
 * empty, and saving it would empty the file). It reads /admin/config.yml, which the build
 * generates from the schemas (./config.ts).
 */

import { problemsText } from '../lib/content/entry-check.ts';
import type { CollectionName } from '../schemas/shared.ts';
import { fileProblems } from './check.ts';
import { deskFormats, fieldTitles } from './config.ts';
import type { Format } from './formats.ts';

/** What Decap hands an event handler: its entry, as an Immutable map. */
interface Entry {
  get(key: 'collection' | 'path'): string | undefined;
  get(key: 'data'): { toJS(): Record<string, unknown> };
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS: {
      registerCustomFormat: (name: string, extension: string, format: Format) => void;
      registerEventListener: (listener: { name: 'preSave'; handler: (event: { entry: Entry }) => void }) => void;
      init: () => void;
    };
  }
}

window.CMS_MANUAL_INIT = true;
await new Promise((loaded, failed) => {
  const script = document.createElement('script');
  script.src = '/admin/decap-cms.js';
  script.onload = loaded;
  script.onerror = () => failed(new Error('编辑台程序 /admin/decap-cms.js 未能载入'));
  document.body.append(script);
});

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
    if (problems.length === 0) return;
    // The content check's own lines, each field also named as the desk titles it.
    const titled = problems.map((p) => {
      const titles = fieldTitles(collection, p.field);
      return titles ? { ...p, field: `${p.field}（${titles}）` } : p;
    });
    throw new Error(problemsText(titled));
  },
});

window.CMS.init();
