/**
 * The build lock: one build per tree, a live holder is waited for or named when refusing,
 * a dead one's lock is taken over; `astro preview` refuses an output without the marker.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { acquire, buildLock, COMPLETE_MARKER, release } from '../../src/integrations/build-lock.ts';

const tmp = mkdtempSync(join(tmpdir(), 'build-lock-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const holderFile = (name: string, pid: number) => {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify({ pid, host: hostname(), started: '2026-01-01T00:00:00Z' }));
  return file;
};
const deadPid = () => spawnSync('true').pid!;

describe('build lock', () => {
  it('is taken by pid and let go', async () => {
    const file = join(tmp, 'free.lock');
    await acquire(file, 0);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    release(file);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses at once, naming the live holder, when told not to wait', async () => {
    const child = spawn('sleep', ['30']);
    try {
      const file = holderFile('live.lock', child.pid!);
      await expect(acquire(file, 0)).rejects.toThrow(new RegExp(`another build is running.*pid ${child.pid}`));
      expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(child.pid); // left alone
    } finally {
      child.kill();
    }
  });

  it('waits while the holder lives, then takes over', async () => {
    const child = spawn('sleep', ['30']);
    const file = holderFile('wait.lock', child.pid!);
    const said: string[] = [];
    const start = Date.now();
    setTimeout(() => child.kill(), 600);
    await acquire(file, 10, (m) => said.push(m));
    expect(Date.now() - start).toBeGreaterThanOrEqual(500);
    expect(said.join('\n')).toMatch(new RegExp(`pid ${child.pid}.*waiting`));
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    release(file);
  });

  it('takes over a stale lock whose process is gone', async () => {
    const file = holderFile('stale.lock', deadPid());
    await acquire(file, 0);
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    release(file);
  });

  it('astro preview refuses an output directory without the completion marker', async () => {
    const outDir = join(tmp, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), '<!doctype html>');
    const setup = buildLock().hooks['astro:config:setup']!;
    const run = () =>
      setup({
        config: { outDir: pathToFileURL(`${outDir}/`), root: pathToFileURL(`${tmp}/`) },
        command: 'preview',
        logger: console,
      } as never);
    await expect(run()).rejects.toThrow(/not a complete build/);
    writeFileSync(join(outDir, COMPLETE_MARKER), '');
    await expect(run()).resolves.toBeUndefined();
  });
});
