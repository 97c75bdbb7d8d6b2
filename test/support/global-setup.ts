/**
 * For the tests that read the finished site: serves dist/ (made by `npm run build` before the
 * tests) on loopback, and starts one Chromium that every browser test connects to
 * (test/support/browser.ts), so the suite launches the browser once, not once per file.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { COMPLETE_MARKER } from '../../src/integrations/build-lock.ts';
import { launchServer } from '../../src/lib/chromium.ts';
import { serve } from '../../src/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserEndpoint: string;
  }
}

/**
 * V8 in the test browser runs without its optimising compilers. Every test opens fresh pages,
 * each a fresh JavaScript context, so optimised code (axe's above all) is thrown away after
 * one use; compiling it cost a third of the accessibility sweep's CPU time on two cores
 * (1.2 → 0.8 CPU seconds a page, measured). What a page does is unchanged, only how fast
 * its scripts run, and no test here times a script (timings live in `npm run bench`).
 */
const TEST_BROWSER_FLAGS = ['--js-flags=--no-opt --no-maglev'];

/**
 * The tests' browser is Debian's `chromium-headless-shell`: the same Chromium release and page
 * engine as the `chromium` the build prints with, without the desktop browser's own layer, which
 * Chromium's default headless mode keeps running. It is what Playwright itself runs for headless
 * tests. Per navigation that layer cost the browser process about twice the CPU here, and the
 * accessibility sweep took 131 s on the shell against 205 s on `chromium`.
 * `bash scripts/ensure-system.sh` (npm test's pretest) installs it.
 */
const TEST_BROWSER = '/usr/bin/chromium-headless-shell';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  if (!existsSync(`dist/${COMPLETE_MARKER}`))
    throw new Error(
      `dist/ is not a complete build (no ${COMPLETE_MARKER}): a build was interrupted or is still running; run \`npm run build\` and let it finish.`,
    );
  if (!existsSync(TEST_BROWSER))
    throw new Error(`${TEST_BROWSER} is missing: run \`bash scripts/ensure-system.sh\` as root (npm test does).`);
  const [{ server, url }, browser] = await Promise.all([serve('dist'), launchServer(TEST_BROWSER_FLAGS, TEST_BROWSER)]);
  project.provide('baseUrl', url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
