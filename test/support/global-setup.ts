/** Serves the built site (dist/, made by `npm run build` before the tests) on loopback for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/lib/server.ts';
import { COMPLETE_MARKER } from '../../src/integrations/build-lock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  if (!existsSync(`dist/${COMPLETE_MARKER}`))
    throw new Error(
      `dist/ is not a complete build (no ${COMPLETE_MARKER}): a build was interrupted or is still running; run \`npm run build\` and let it finish.`,
    );
  const { server, url } = await serve('dist');
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
