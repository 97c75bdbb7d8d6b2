/** Where the build finds Chromium for the briefs, and whether it makes them (no Playwright here: pages import this). */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether this build makes the PDF briefs and long images, which need Chromium. `BRIEFS`:
 * `auto` (the default) makes them when Chromium is there and otherwise leaves them out,
 * saying so; `required` (npm test, CI) stops the build without Chromium; `off` leaves them
 * out. Left out, the showcases link to no brief, so the site stays whole. The pages and the
 * briefs integration both ask here, in the one build process.
 */
export function briefsPlan(env: NodeJS.ProcessEnv = process.env, chromium = CHROMIUM): { make: boolean; note?: string } {
  const mode = env.BRIEFS ?? 'auto';
  const found = existsSync(chromium);
  const how = `run \`bash scripts/ensure-system.sh build\` as root (installs Debian's chromium), or set CHROMIUM_PATH`;
  if (mode === 'off') return { make: false, note: 'BRIEFS=off：不生成 PDF 简报与长图 (briefs left out: BRIEFS=off)' };
  if (mode === 'required' && !found)
    throw new Error(`PDF 简报需要 Chromium (the PDF briefs need Chromium at ${chromium}, and BRIEFS=required): ${how}.`);
  if (mode !== 'auto' && mode !== 'required') throw new Error(`BRIEFS=${mode}: expected auto, required or off`);
  if (found) return { make: true };
  return {
    make: false,
    note: `未找到 Chromium，本次构建不生成 PDF 简报与长图，区页不显示其链接 (no Chromium at ${chromium}: briefs left out, and the showcases do not link to them). To make them, ${how}; BRIEFS=required makes this an error.`,
  };
}
