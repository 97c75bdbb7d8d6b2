/**
 * Builds of the real site in this tree, besides the suite's own (dist/), made one after the
 * other in a single sequence so that each build proves as much as it can:
 *
 * 1. One build at a time: a second build while one runs refuses (BUILD_LOCK_WAIT=0) and
 *    writes nothing. (Two builds at once once left a 0-byte page and exited 0.)
 * 2. A build killed half-way leaves an output without the completion marker, which
 *    `astro preview` refuses, and leaves its lock behind.
 * 3. The next build takes over the dead build's lock, renders every page (the dead build may
 *    have left copies in Astro's incremental cache newer than its record), and finishes with
 *    the marker, with the
 *    same settings as dist/ and the other of the image cache's two states: when dist/ drew
 *    every image afresh (its marker says so; a fresh clone, as in CI) this build takes them
 *    all from the cache dist/ filled; otherwise (a developer's warm dist/) it starts from an
 *    empty cache and draws every share image, chart image, PDF brief and long image afresh.
 * 4. It is byte for byte the same as dist/, file by file: no timestamps, no random ids, and,
 *    one build having drawn and the other replayed, a cached image is the image a fresh
 *    drawing gives. That two fresh drawings agree is held elsewhere, more cheaply: a share
 *    card and a long image drawn twice (test/unit/share-images.test.ts, poster.test.ts), and
 *    every brief printed twice in its own build before it is kept (briefs.ts, `steady`).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPLETE_MARKER, DRAWN_AFRESH, LOCK_FILE } from '../../src/integrations/build-lock.ts';
import { buildEnv, DIST, files } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-builds-'));
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
/** Every file of a built site (relative path → sha256). */
const hashes = (dir: string) =>
  new Map(files(dir, '').map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));

/** Where two files first differ: their sizes, and the bytes around the first difference. */
function whereTheyDiffer(a: string, b: string): string {
  if (!existsSync(a) || !existsSync(b)) return `${relative(DIST, b)}: only in ${existsSync(a) ? 'the new build' : 'dist/'}`;
  const [x, y] = [readFileSync(a), readFileSync(b)];
  let at = 0;
  while (at < x.length && x[at] === y[at]) at++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, at - 40), at + 40).toString('latin1'));
  return `${relative(DIST, b)}: ${x.length} bytes against dist/'s ${y.length}, first differ at byte ${at}: ${around(x)} against ${around(y)}`;
}

describe('builds of this tree', () => {
  const killed = join(work, 'killed');
  const fresh = join(work, 'fresh');

  it('refuses a second build while one runs, and a build killed half-way never looks complete', async () => {
    first = astro(['build', '--outDir', killed]);
    const exited = new Promise<NodeJS.Signals | null>((r) => first!.on('exit', (_code, signal) => r(signal)));
    await until(() => holder() === first!.pid);

    const second = spawnSync('node_modules/.bin/astro', ['build', '--outDir', join(work, 'second')], {
      env: buildEnv({ BUILD_LOCK_WAIT: '0' }),
      encoding: 'utf8',
    });
    expect(second.status).not.toBe(0);
    expect(second.stdout + second.stderr).toMatch(/another build is running in this tree\): pid \d+/);
    expect(existsSync(join(work, 'second'))).toBe(false);

    // Kill the first build once it has started writing pages.
    await until(() => existsSync(join(killed, 'index.html')) || existsSync(join(killed, 'craftsmen')));
    first.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(readdirSync(killed).length).toBeGreaterThan(0);
    expect(existsSync(join(killed, COMPLETE_MARKER))).toBe(false);
    expect(holder()).toBe(first.pid); // left behind by the killed build

    const preview = spawnSync('node_modules/.bin/astro', ['preview', '--outDir', killed, '--port', '0'], {
      env: buildEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(preview.status).not.toBe(0);
    expect(preview.stdout + preview.stderr).toMatch(/is not a complete build/);
  }, 300_000);

  it('the next build takes over the dead build’s lock and finishes, with the marker, drawing where dist/ replayed or replaying where it drew', () => {
    const distDrew = readFileSync(join(DIST, COMPLETE_MARKER), 'utf8').includes(DRAWN_AFRESH);
    const built = spawnSync('node_modules/.bin/astro', ['build', '--outDir', fresh], {
      env: buildEnv({ BUILD_LOCK_WAIT: '0', BRIEFS: 'required', ...(distDrew ? {} : { OG_CACHE_DIR: join(work, 'empty-cache') }) }),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(built.status, built.stderr.slice(-3000)).toBe(0);
    // The killed build may have left copies in Astro's incremental cache newer than its record: none is used.
    expect(built.stdout + built.stderr).toMatch(/the last build did not finish: every page is rendered afresh/);
    expect(built.stdout).not.toMatch(/\((?:restored|cached)\)/);
    if (distDrew) {
      // Every image taken from the cache, none drawn.
      expect(built.stdout).toMatch(/share images: 0 drawn, [1-9]\d* from cache/);
      expect(built.stdout).toMatch(/QR codes: 0 drawn, [1-9]\d* from cache/);
      expect(built.stdout).toMatch(/briefs: 0 made; [1-9]\d* from cache/);
    } else {
      // Every image drawn, none taken from a cache.
      expect(built.stdout).toMatch(/share images: [1-9]\d* drawn, 0 from cache/);
      expect(built.stdout).toMatch(/QR codes: [1-9]\d* drawn, 0 from cache/);
      expect(built.stdout).toMatch(/briefs: [1-9]\d* made.*; 0 from cache/);
    }
    const marker = readFileSync(join(fresh, COMPLETE_MARKER), 'utf8');
    expect(marker.includes(DRAWN_AFRESH)).toBe(!distDrew);
    expect(existsSync(LOCK_FILE)).toBe(false);
  }, 300_000);

  it('gives the same files as dist/, byte for byte', () => {
    const [ours, theirs] = [hashes(fresh), hashes(DIST)];
    // The completion markers differ only in saying which of the two drew the images.
    ours.delete(COMPLETE_MARKER);
    theirs.delete(COMPLETE_MARKER);
    expect(ours.size).toBeGreaterThan(300);
    const differ = [...new Set([...ours.keys(), ...theirs.keys()])].filter((f) => ours.get(f) !== theirs.get(f)).sort();
    expect(
      differ.map((f) => whereTheyDiffer(join(fresh, f), join(DIST, f))),
      'files that differ from dist/ (is dist/ built from this tree? `npm run build`)',
    ).toEqual([]);
  });
});
