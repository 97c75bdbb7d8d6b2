import { execFileSync } from 'node:child_process';

/**
 * The date of the commit being built (YYYY-MM-DD), which the PDF briefs print as their
 * date: a build of a given commit then says the same date every time, where the clock
 * would make two builds differ. Undefined outside a git checkout (an exported tarball).
 */
let memo: string | undefined | null = null;
export function commitDate(root = process.cwd()): string | undefined {
  if (memo !== null) return memo;
  try {
    const out = execFileSync('git', ['-C', root, 'log', '-1', '--format=%cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    memo = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  } catch {
    memo = undefined;
  }
  return memo;
}
