/**
 * The editing desk in the browser: Decap CMS (loaded just before, from /admin/decap-cms.js)
 * has started and is fetching /admin/config.yml, which the build generates from the schemas
 * (./config.ts); before it reads any content file it learns here how each collection's files
 * are written (./formats.ts).
 */
import { deskFormats } from './config.ts';
import type { Format } from './formats.ts';

declare global {
  interface Window {
    CMS: { registerCustomFormat: (name: string, extension: string, format: Format) => void };
  }
}

for (const { name, extension, format } of deskFormats()) window.CMS.registerCustomFormat(name, extension, format);
