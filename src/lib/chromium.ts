/**
 * Debian's Chromium driven by playwright-core, started the way this machine allows: by the
 * build (the PDF briefs), the scripts (screenshots, Lighthouse, the benchmark) and the tests,
 * which start one browser server for the whole run and connect to it (test/support/browser.ts).
 */
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

import { CHROMIUM } from './briefs-plan.ts';

export { CHROMIUM };

const OPTIONS = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export function launch(): Promise<Browser> {
  return chromium.launch(OPTIONS);
}

/**
 * One Chromium that several processes connect to (`chromium.connect(server.wsEndpoint())`),
 * from the given executable (the build's Chromium unless told), with any extra command-line flags.
 */
export function launchServer(extraArgs: string[] = [], executablePath = CHROMIUM): Promise<BrowserServer> {
  return chromium.launchServer({ ...OPTIONS, executablePath, args: [...OPTIONS.args, ...extraArgs] });
}
