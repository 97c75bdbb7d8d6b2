/**
 * The last build is moved out of the output folder as a build starts and deleted while it
 * runs: by the end of the build it is gone, `.git` in the output folder is left where it
 * is (for Astro to treat as it does), and what a killed build on this machine left behind is
 * deleted too, but not what a running build or another machine's build is clearing. The
 * pages' compiled code, which Astro deletes once the pages are written, is moved aside then
 * and deleted while the last hooks run.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { clearOutput, OLD_BUILDS } from '../../src/integrations/clear-output.ts';

const root = mkdtempSync(join(tmpdir(), 'clear-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Hook = (options: unknown) => unknown;
const logger = { info: () => {}, warn: (m: string) => expect.fail(m) };

describe('clearing the last build', () => {
  it('moves the last build aside at the start, leaves .git, and has deleted it by the end', async () => {
    const dist = join(root, 'dist');
    for (const dir of ['craftsmen/a', 'og', '.git']) mkdirSync(join(dist, dir), { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'old');
    writeFileSync(join(dist, 'craftsmen/a/index.html'), 'old');
    writeFileSync(join(dist, '.git/HEAD'), 'ref: refs/heads/pages\n');
    // A killed build's leftovers: a folder named after a process that no longer runs.
    const stale = join(root, OLD_BUILDS, `${hostname()}-999999999`);
    // A build still running here (our parent process) and one on another machine.
    const running = join(root, OLD_BUILDS, `${hostname()}-${process.ppid}`);
    const elsewhere = join(root, OLD_BUILDS, 'another-host-999999999');
    for (const dir of [stale, running, elsewhere]) mkdirSync(join(dir, 'og'), { recursive: true });

    const { hooks } = clearOutput();
    (hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${dist}/`) } });
    (hooks['astro:build:start'] as Hook)({ logger });
    expect(readdirSync(dist)).toEqual(['.git']);
    await (hooks['astro:build:done'] as Hook)({ logger });
    expect(existsSync(join(root, OLD_BUILDS, `${hostname()}-${process.pid}`))).toBe(false);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(elsewhere)).toBe(true);
    expect(readdirSync(dist)).toEqual(['.git']);
    expect(existsSync(join(dist, '.git/HEAD'))).toBe(true);
  });

  it('moves the pages’ compiled code aside once the pages are written, and has deleted it by the end', async () => {
    const dist = join(root, 'with-code');
    mkdirSync(join(dist, '.prerender/chunks'), { recursive: true });
    writeFileSync(join(dist, '.prerender/chunks/page.mjs'), 'export {}');
    writeFileSync(join(dist, 'index.html'), 'new');
    const { hooks } = clearOutput();
    (hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${dist}/`) } });
    await (hooks['astro:build:generated'] as Hook)({ logger });
    expect(readdirSync(dist)).toEqual(['index.html']);
    await (hooks['astro:build:done'] as Hook)({ logger });
    expect(existsSync(join(root, OLD_BUILDS, `${hostname()}-${process.pid}`))).toBe(false);
    expect(readdirSync(dist)).toEqual(['index.html']);
  });

  it('leaves the last build for Astro to delete when it cannot be moved', async () => {
    const other = mkdtempSync(join(tmpdir(), 'clear-output-'));
    const dist = join(other, 'dist');
    mkdirSync(join(dist, 'og'), { recursive: true });
    // Where old builds go is taken by a file: nothing can be moved there.
    mkdirSync(join(other, OLD_BUILDS, '..'), { recursive: true });
    writeFileSync(join(other, OLD_BUILDS), '');
    const said: string[] = [];
    const { hooks } = clearOutput();
    (hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${other}/`), outDir: pathToFileURL(`${dist}/`) } });
    (hooks['astro:build:start'] as Hook)({ logger: { ...logger, info: (m: string) => said.push(m) } });
    await (hooks['astro:build:done'] as Hook)({ logger });
    expect(readdirSync(dist)).toEqual(['og']);
    expect(said.join()).toContain('1 entries left for Astro');
    rmSync(other, { recursive: true, force: true });
  });

  it('keeps the last build when the configuration says to keep the output folder', async () => {
    const dist = join(root, 'kept');
    mkdirSync(join(dist, 'og'), { recursive: true });
    const { hooks } = clearOutput();
    (hooks['astro:config:done'] as Hook)({
      config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${dist}/`), vite: { build: { emptyOutDir: false } } },
    });
    (hooks['astro:build:start'] as Hook)({ logger });
    await (hooks['astro:build:done'] as Hook)({ logger });
    expect(readdirSync(dist)).toEqual(['og']);
  });

  it('does nothing when there is no last build', async () => {
    const { hooks } = clearOutput();
    const dist = join(root, 'none');
    (hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${dist}/`) } });
    (hooks['astro:build:start'] as Hook)({ logger });
    await (hooks['astro:build:done'] as Hook)({ logger });
    expect(existsSync(dist)).toBe(false);
  });
});
