/**
 * Stopping `npm start` stops the server. `npm start` ends in `npm run preview`; whichever way
 * it is stopped (Ctrl-C in the terminal signals the whole process group; a process manager
 * or `kill` signals only the npm process at the top), the preview server must go with it,
 * and it must be the foreground process npm started: Astro backgrounds `astro preview` when
 * it thinks an AI agent runs it (CLAUDECODE and the like), which Ctrl-C would not stop.
 * Needs dist/ (npm test builds it first).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const answers = async (url: string) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
};

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
});

/** Runs `command` under `sh -c` as the leader of its own process group; resolves once the site answers. */
async function serve(command: string) {
  const port = await freePort();
  // CLAUDECODE=1: what Astro takes for an agent, the case in which it would background the server.
  const child = spawn('sh', ['-c', command], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PREVIEW_PORT: String(port), CLAUDECODE: '1' },
  });
  started.push(child);
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  while ((await answers(url)) !== 200) {
    if (Date.now() > deadline) throw new Error(`${command} did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, url, exited, pgid: child.pid as number };
}

/** Whether `promise` settles within `ms`. */
const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

async function expectStopped({ url, exited, pgid }: Awaited<ReturnType<typeof serve>>) {
  expect(await within(exited, 5000), 'the process we started exits within 5 s').toBe(true);
  const deadline = Date.now() + 5000;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(groupAlive(pgid), 'no process of the group is left').toBe(false);
  expect(await answers(url), 'the port no longer answers').toBe(0);
}

describe('stopping npm start stops the server', () => {
  it('Ctrl-C (SIGINT to the process group) stops `npm run preview`', async () => {
    const server = await serve('npm run preview');
    process.kill(-server.pgid, 'SIGINT');
    await expectStopped(server);
  });

  it('SIGTERM to the npm process alone stops the server too: nothing is left orphaned', async () => {
    const server = await serve('exec npm run preview');
    process.kill(server.pgid, 'SIGTERM');
    await expectStopped(server);
  });

  it("SIGTERM to the shell running `npm start`'s commands reaches the server", async () => {
    // The start script as npm runs it (sh -c), with the install and build steps already done.
    const steps = (scripts.start ?? '').split(' && ');
    const server = await serve([...steps.slice(0, -1).map(() => 'true'), steps.at(-1)].join(' && '));
    process.kill(server.pgid, 'SIGTERM');
    await expectStopped(server);
  });
});
