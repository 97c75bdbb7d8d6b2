/** Where the build finds Chromium for the briefs, and whether it makes them (no Playwright here: pages import this). */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where Chromium or Chrome is installed by Debian and Ubuntu packages, Google's packages, snap and macOS. */
const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
/** The same browsers by command name, looked for on PATH. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

const runnable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser the briefs are printed with, in this order: `CHROMIUM_PATH` when set (and
 * only it: a wrong path is reported, not replaced by a guess); else the first of the usual
 * install paths; else the first of the usual command names on `PATH`. Undefined when none
 * is there. No npm package is tried: the ones that ship a browser inside their tarball
 * (for serverless hosts) need libraries a stock Debian lacks, or fetch it at install time,
 * which this project never does.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, known: readonly string[] = KNOWN_PATHS): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...known, ...onPath.flatMap((dir) => COMMANDS.map((c) => join(dir, c)))].find(runnable);
}

/** The browser found, or (for messages) where it was looked for first. */
export const CHROMIUM = findChromium() ?? process.env.CHROMIUM_PATH ?? KNOWN_PATHS[0]!;

/**
 * Whether this build makes the PDF briefs, which need Chromium (the long images do not). `BRIEFS`:
 * `auto` (the default) makes them when Chromium is there and otherwise leaves them out,
 * saying so; `required` (npm test, CI) stops the build without Chromium; `off` leaves them
 * out. Left out, the showcases link to no brief, so the site stays whole. The pages and the
 * briefs integration both ask here, in the one build process.
 */
export function briefsPlan(env: NodeJS.ProcessEnv = process.env, chromium = CHROMIUM): { make: boolean; note?: string } {
  const mode = env.BRIEFS ?? 'auto';
  // Runnable, not only there: a file without execute permission is no browser to launch.
  const found = runnable(chromium);
  const how = `install Chromium or Chrome (on Debian, as root: \`bash scripts/ensure-system.sh build\`), or set CHROMIUM_PATH to one`;
  if (mode === 'off') return { make: false, note: 'BRIEFS=off：不生成 PDF 简报 (briefs left out: BRIEFS=off)' };
  if (mode === 'required' && !found)
    throw new Error(
      `PDF 简报需要 Chromium (the PDF briefs need Chromium, none found at ${chromium} or the usual places, and BRIEFS=required): ${how}.`,
    );
  if (mode !== 'auto' && mode !== 'required') throw new Error(`BRIEFS=${mode}: expected auto, required or off`);
  if (found) return { make: true };
  return {
    make: false,
    note: `未找到 Chromium，本次构建不生成 PDF 简报，区页不显示其链接 (no Chromium found at ${chromium} or the usual places: briefs left out, and the showcases do not link to them). To make them, ${how}; BRIEFS=required makes this an error.`,
  };
}
