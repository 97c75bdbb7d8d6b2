/**
 * Real builds in this tree: a second build while one runs refuses (BUILD_LOCK_WAIT=0) and
 * writes nothing; a build killed half-way leaves an output without the completion marker,
 * which `astro preview` refuses; the next build takes over the dead build's lock and
 * finishes with the marker. (Two builds at once once left a 0-byte page and exited 0.)
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPLETE_MARKER, LOCK_FILE } from '../../src/integrations/build-lock.ts';
import { buildEnv } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
let first: ChildProcess | undefined;
afterAll(() => {
  first?.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

const astro = (args: string[], env: Record<string, string> = {}) =>
  spawn('node_modules/.bin/astro', args, { env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
const until = async (what: () => boolean, ms = 120_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};
const holder = () => {
  try {
    return JSON.parse(readFileSync(LOCK_FILE, 'utf8')).pid as number;
  } catch {
    return undefined;
  }
};

describe('one build at a time', () => {
  it('refuses a second build, and an interrupted one never looks complete', async () => {
    const a = join(work, 'a');
    first = astro(['build', '--outDir', a]);
    const exited = new Promise<NodeJS.Signals | null>((r) => first!.on('exit', (_code, signal) => r(signal)));
    await until(() => holder() === first!.pid);

    const second = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(work, 'b')], {
      env: buildEnv({ BUILD_LOCK_WAIT: '0' }),
      encoding: 'utf8',
    });
    expect(second.status).not.toBe(0);
    expect(second.stdout + second.stderr).toMatch(/another build is running in this tree\): pid \d+/);
    expect(existsSync(join(work, 'b'))).toBe(false);

    // Kill the first build once it has started writing pages.
    await until(() => existsSync(join(a, 'index.html')) || existsSync(join(a, 'craftsmen')));
    first.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(readdirSync(a).length).toBeGreaterThan(0);
    expect(existsSync(join(a, COMPLETE_MARKER))).toBe(false);
    expect(holder()).toBe(first.pid); // left behind by the killed build

    const preview = spawnSync('node_modules/.bin/astro', ['preview', '--outDir', a, '--port', '0'], {
      env: buildEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(preview.status).not.toBe(0);
    expect(preview.stdout + preview.stderr).toMatch(/is not a complete build/);

    const c = join(work, 'c');
    const third = spawnSync('node_modules/.bin/astro', ['build', '--outDir', c], {
      env: buildEnv({ BUILD_LOCK_WAIT: '0' }),
      encoding: 'utf8',
    });
    expect(third.status, third.stderr).toBe(0);
    expect(existsSync(join(c, COMPLETE_MARKER))).toBe(true);
    expect(existsSync(LOCK_FILE)).toBe(false);
  }, 300_000);
});
