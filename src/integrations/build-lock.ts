import { closeSync, existsSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheEmpty } from '../lib/images/cache.ts';

/**
 * One build at a time, and never a partial site that looks whole.
 *
 * Lock: `astro build` takes `.build.lock` in the project root (created exclusively; it
 * holds the pid) before anything is written, waits while another live build holds it
 * (BUILD_LOCK_WAIT seconds, default 600; 0 refuses at once), and takes over a lock whose
 * process is gone (a killed build). It is let go when the build process exits.
 *
 * Completion marker: `<outDir>/.build-complete` is removed as the build starts and written
 * as the process exits successfully after `astro:build:done` ran, i.e. after every
 * integration's build:done hook (share images, _headers, briefs, and Pagefind, awaited in the last one).
 * A dist/ without it is partial or still being written: `astro preview` refuses it, and so
 * does the test setup. Deploy scripts should check for it too (`test -f dist/.build-complete`).
 * It also says when the build began with an empty image cache (DRAWN_AFRESH): every share
 * image, chart image and brief in it was then drawn by this build, none replayed from the
 * cache, which the reproducibility test (test/builds/lock-and-reproduce.test.ts) reads.
 */
export const LOCK_FILE = '.build.lock';
export const COMPLETE_MARKER = '.build-complete';
export const DRAWN_AFRESH = 'Every image in it was drawn by this build: the image cache was empty when it began.';

interface Holder {
  pid: number;
  host: string;
  started: string;
}

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readHolder(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return undefined; // gone, or being written this instant
  }
}

/** Tries once to take the lock; returns the live holder when someone else has it. */
function tryAcquire(file: string): Holder | undefined {
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  try {
    const fd = openSync(file, 'wx');
    writeFileSync(fd, `${JSON.stringify(me)}\n`);
    closeSync(fd);
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const holder = readHolder(file);
  if (!holder) return { pid: 0, host: hostname(), started: '' }; // just created by another build: look again
  if (holder.pid === process.pid) return undefined; // an earlier build in this same process
  if (holder.host === hostname() && !alive(holder.pid)) {
    // Stale: its process is gone. Move it aside under a name of our own, and check that what
    // we moved is that stale lock (another build may have taken it over a moment ago).
    const aside = `${file}.${process.pid}.stale`;
    try {
      renameSync(file, aside);
    } catch {
      return { pid: 0, host: hostname(), started: '' };
    }
    const moved = readHolder(aside);
    if (moved?.pid !== holder.pid) {
      try {
        linkSync(aside, file); // put the live one back, unless yet another build holds the name
      } catch {}
    }
    rmSync(aside, { force: true });
    return { pid: 0, host: hostname(), started: '' };
  }
  return holder;
}

/** Takes the build lock, waiting up to `waitSeconds` for a live holder; throws naming the holder if it is still there. */
export async function acquire(file: string, waitSeconds: number, say: (message: string) => void = () => {}): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  let told = false;
  for (;;) {
    const holder = tryAcquire(file);
    if (!holder) return;
    if (holder.pid !== 0) {
      const who = `另一个构建正在进行 (another build is running in this tree): pid ${holder.pid} on ${holder.host}, started ${holder.started}; lock ${file}`;
      if (Date.now() >= deadline) {
        throw new Error(`${who}. 请等它结束后再构建 (wait for it to finish; if no such build is running, delete the lock file).`);
      }
      if (!told) say(`${who}; waiting up to ${waitSeconds} s…`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, holder.pid === 0 ? 20 : 250));
  }
}

/** Lets the lock go if this process holds it. */
export function release(file: string): void {
  if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
}

export function buildLock(): AstroIntegration {
  let finished = false;
  return {
    name: 'skills-atlas:build-lock',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const outDir = fileURLToPath(config.outDir);
        const marker = join(outDir, COMPLETE_MARKER);
        if (command === 'preview' && !existsSync(marker)) {
          throw new Error(
            `${outDir} 不是完整的构建 (is not a complete build: ${COMPLETE_MARKER} is missing). Run \`npm run build\` and let it finish.`,
          );
        }
        if (command !== 'build') return;
        const lock = join(fileURLToPath(config.root), LOCK_FILE);
        const wait = Number(process.env.BUILD_LOCK_WAIT ?? 600);
        await acquire(lock, Number.isFinite(wait) && wait >= 0 ? wait : 600, (m) => logger.warn(m));
        rmSync(marker, { force: true });
        finished = false;
        const afresh = cacheEmpty();
        process.once('exit', (code) => {
          // Written last of all: after every build:done hook, and only when the build succeeded.
          if (finished && code === 0)
            writeFileSync(marker, `This directory holds a complete build of the site.\n${afresh ? `${DRAWN_AFRESH}\n` : ''}`);
          release(lock);
        });
      },
      'astro:build:done': () => {
        finished = true;
      },
    },
  };
}
