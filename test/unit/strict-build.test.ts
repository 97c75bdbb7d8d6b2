/**
 * The build log keeps every logged error (src/lib/build-log.mjs), and strictBuild() turns any
 * of them into a failed build, deleting the content layer's store so that the next build
 * meets the same error instead of reusing the failed entry. test/builds/strict-build.test.ts
 * proves the same through real builds.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { strictBuild } from '../../src/integrations/strict-build.ts';
import buildLog, { errorsLogged } from '../../src/lib/build-log.mjs';

const cache = mkdtempSync(join(tmpdir(), 'atlas-strict-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const store = join(cache, 'data-store.json');

type Hooks = Required<AstroIntegration['hooks']>;
const hooks = () => {
  const h = strictBuild().hooks as Hooks;
  const setup = (command: 'build' | 'dev') =>
    (h['astro:config:setup'] as (o: unknown) => void)({ command, config: { cacheDir: pathToFileURL(`${cache}/`) } });
  return { setup, start: h['astro:build:start'] as () => void, done: h['astro:build:done'] as () => void };
};

describe('a logged error stops the build', () => {
  it('refuses to build when the build log is not the project’s', () => {
    expect(errorsLogged()).toBeUndefined();
    expect(() => hooks().setup('build')).toThrow(/src\/lib\/build-log\.mjs/);
    expect(() => hooks().setup('dev')).not.toThrow();
  });

  it('lets a build with warnings only go on', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const log = buildLog({ level: 'info' });
    log.write({ label: 'vite', level: 'warn', message: 'a warning', newLine: true });
    out.mockRestore();
    const { setup, start, done } = hooks();
    setup('build');
    expect(() => start()).not.toThrow();
    expect(() => done()).not.toThrow();
  });

  it('fails on the next step after an error, naming it, and deletes the content store', () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    // Astro makes more than one logger in a build; an error sent to any of them counts.
    const [first] = [buildLog({ level: 'info' }), buildLog({ level: 'info' })];
    first.write({ label: 'glob-loader', level: 'error', message: 'Error rendering putuo.md: 不安全的链接\n  stack…', newLine: true });
    err.mockRestore();
    writeFileSync(store, '{}');
    const { setup, start, done } = hooks();
    setup('build');
    expect(() => start()).toThrow(
      /1 error\(s\) were logged while the content was loaded\):\n {2}\[glob-loader\] Error rendering putuo\.md: 不安全的链接$/,
    );
    expect(existsSync(store)).toBe(false);
    writeFileSync(store, '{}');
    expect(() => done()).toThrow(/logged while the site was built/);
    expect(existsSync(store)).toBe(false);
  });
});
