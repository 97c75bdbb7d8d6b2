/**
 * A disk cache for images drawn at build time (share images, chart PNGs, QR codes), keyed
 * by the hash of everything that goes into the drawing: an unchanged image costs a file
 * read or link on the next build instead of a render.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/skills-atlas-og';

/** Where the image drawn from these inputs is (or will be) kept. */
export function cacheFile(inputs: unknown[], ext = 'png'): string {
  const hash = createHash('sha256');
  for (const i of inputs) hash.update(typeof i === 'string' ? i : JSON.stringify(i));
  return join(DIR, `${hash.digest('hex').slice(0, 32)}.${ext}`);
}

/** Keeps a freshly drawn image under its cache file. */
export function store(file: string, bytes: Uint8Array): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(file, bytes);
}

/** The image drawn from these inputs: read from the cache, or drawn and kept. */
export async function cached(inputs: unknown[], draw: () => Promise<Buffer> | Buffer, ext = 'png'): Promise<Buffer> {
  const file = cacheFile(inputs, ext);
  if (existsSync(file)) return readFileSync(file);
  const bytes = await draw();
  store(file, bytes);
  return bytes;
}
