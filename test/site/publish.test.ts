/**
 * Publishing never shows a half-built site (scripts/publish.sh): Debian's nginx serves
 * deploy/nginx.conf from a `current` link while two releases are published in turn and a
 * reader keeps asking for pages. Every answer is a whole page of one release or the other
 * (no 404, no mix), the switch is seen, an incomplete build is refused, and three releases
 * are kept.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLETE_MARKER } from '../../src/integrations/build-lock.ts';
import { type Nginx, startNginx } from '../support/nginx.ts';
import { DIST } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-publish-'));
const target = join(work, 'srv');
/** Two builds that differ in one visible word of the home page, each a copy of dist/. */
const builds = ['甲', '乙'].map((mark) => {
  const dir = join(work, `build-${mark}`);
  cpSync(DIST, dir, { recursive: true });
  const home = join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('</body>', `<p data-release>${mark}</p></body>`));
  return { dir, mark };
});
const publish = (dir: string) => spawnSync('bash', ['scripts/publish.sh', target, dir], { encoding: 'utf8' });
/** The same, without stopping this process's reader while it runs. */
const publishing = (dir: string) => promisify(execFile)('bash', ['scripts/publish.sh', target, dir], { encoding: 'utf8' });
let server: Nginx | undefined;

beforeAll(async () => {
  expect(publish(builds[0]!.dir).status).toBe(0);
  server = await startNginx(resolve(target, 'current'));
});
afterAll(() => {
  server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('publishing a build', () => {
  it('switches from one whole release to the next while readers keep reading', async () => {
    const seen: string[] = [];
    let done = false;
    const reader = (async () => {
      while (!done) {
        for (const path of ['/', '/about/', '/data/']) {
          const res = await fetch(`${server!.base}${path}`);
          const body = await res.text();
          expect(res.status, path).toBe(200);
          expect(body.trimEnd().endsWith('</html>'), `${path} is whole`).toBe(true);
          if (path === '/') seen.push(/data-release>(.)</.exec(body)?.[1] ?? '?');
        }
      }
    })();
    while (seen.length < 3) await new Promise((r) => setTimeout(r, 10));
    for (let i = 0; i < 3; i++) await publishing(builds[(i + 1) % 2]!.dir);
    const published = seen.length;
    while (seen.length < published + 3) await new Promise((r) => setTimeout(r, 10));
    done = true;
    await reader;
    expect(seen[0]).toBe('甲');
    expect(seen.at(-1)).toBe('乙');
    expect(seen.every((m) => m === '甲' || m === '乙')).toBe(true);
  });

  it('keeps the three newest releases, the served one among them', () => {
    const releases = readdirSync(join(target, 'releases')).sort();
    expect(releases).toHaveLength(3);
    expect(readlinkSync(join(target, 'current'))).toBe(`releases/${releases.at(-1)}`);
  });

  it('refuses a build that did not finish, and leaves the served one alone', () => {
    const before = readlinkSync(join(target, 'current'));
    rmSync(join(builds[0]!.dir, COMPLETE_MARKER));
    const out = publish(builds[0]!.dir);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('not a complete build');
    expect(readlinkSync(join(target, 'current'))).toBe(before);
  });
});
