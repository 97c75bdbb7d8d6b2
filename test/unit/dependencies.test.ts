/**
 * What the build imports, npm installs as a dependency: many hosts install with
 * `npm install --omit=dev` before `npm run build`, so a package that src/ or astro.config.mjs
 * imports must be in `dependencies`, not `devDependencies`, nor only there because another
 * package happens to bring it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|mts|mjs|js|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The package a bare specifier names: `astro/zod` → astro, `@astrojs/mdx/x` → @astrojs/mdx. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const imported = new Map<string, string>();
for (const file of [...sources('src'), 'astro.config.mjs']) {
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:^|\n)\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (!specifier || /^(\.|\/|node:|astro:|virtual:)/.test(specifier)) continue;
    imported.set(packageOf(specifier), file);
  }
}

describe('the build’s imports', () => {
  it('finds them', () => {
    expect(imported.has('astro')).toBe(true);
    expect(imported.size).toBeGreaterThan(8);
  });

  it('are all production dependencies', () => {
    const missing = [...imported].filter(([name]) => !(name in pkg.dependencies)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});

/** Every relative import of `file`, as a path from the project root. */
const relativeImports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) =>
    join(file, '..', m[1]!),
  );

describe('the layers of src/', () => {
  it('schemas import only schemas: the content check, the loaders and the editing desk all build on them', () => {
    const outside = sources('src/schemas').flatMap((f) =>
      relativeImports(f)
        .filter((to) => !to.startsWith('src/schemas/'))
        .map((to) => `${f} → ${to}`),
    );
    expect(sources('src/schemas').length).toBeGreaterThan(10);
    expect(outside).toEqual([]);
  });

  it('nothing in src/ imports from scripts/', () => {
    const bad = sources('src').flatMap((f) =>
      relativeImports(f)
        .filter((to) => to.startsWith('scripts/'))
        .map((to) => `${f} → ${to}`),
    );
    expect(bad).toEqual([]);
  });
});
