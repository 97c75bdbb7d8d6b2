/**
 * A disk cache for images drawn at build time (share images, chart PNGs, QR codes), keyed
 * by the hash of everything that goes into the drawing: an unchanged image costs a file
 * read on the next build instead of a render.
 *
 * Nothing damaged is reused. Each file is written under a temporary name and renamed into
 * place, so a reader sees the whole file or none; next to it `<file>.sha256` holds the
 * hash of its bytes, written (the same way) after it. A file whose hash is missing or
 * differs (cut short by a full disk, a killed build, an edit) counts as absent and is
 * drawn again. Files leave the cache as copies (`copyOut`), never as links: editing a
 * built site cannot reach the cache, nor the cache a built site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

const DIR = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/skills-atlas-og';

/** Whether the cache holds nothing yet: a build that starts so draws every image afresh. */
export const cacheEmpty = (): boolean => !existsSync(DIR) || readdirSync(DIR).length === 0;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const hashFile = (file: string) => `${file}.sha256`;

/** Where the image drawn from these inputs is (or will be) kept. */
export function cacheFile(inputs: unknown[], ext = 'png'): string {
  const hash = createHash('sha256');
  for (const i of inputs) hash.update(typeof i === 'string' ? i : JSON.stringify(i));
  return join(DIR, `${hash.digest('hex').slice(0, 32)}.${ext}`);
}

let serial = 0;
/** Writes a file whole or not at all: a temporary name in the same directory, then a rename. */
export function writeAtomic(file: string, bytes: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}-${threadId}-${serial++}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Keeps a freshly drawn image under its cache file, with the hash of its bytes. */
export function store(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeAtomic(file, bytes);
  writeAtomic(hashFile(file), `${sha256(bytes)}\n`);
}

/** The cached image's bytes if they are whole (they match their stored hash), else undefined. */
export function load(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    return readFileSync(hashFile(file), 'utf8').trim() === sha256(bytes) ? bytes : undefined;
  } catch {
    return undefined; // absent, or removed or replaced while being read: draw it again
  }
}

/**
 * Writes checked bytes to a new file at `out` in the built site. Whatever was at `out` is
 * removed first, so a hard link left there by an older build is cut, not written through.
 * (The usual case, a new file in an existing folder, costs one call.)
 */
export function copyOut(bytes: Uint8Array, out: string): void {
  try {
    writeFileSync(out, bytes, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') mkdirSync(dirname(out), { recursive: true });
    else if (code === 'EEXIST') rmSync(out);
    else throw error;
    writeFileSync(out, bytes, { flag: 'wx' });
  }
}

/** The image drawn from these inputs: read from the cache if whole, or drawn and kept. */
export async function cached(inputs: unknown[], draw: () => Promise<Buffer> | Buffer, ext = 'png'): Promise<Buffer> {
  const file = cacheFile(inputs, ext);
  const kept = load(file);
  if (kept) return kept;
  const bytes = await draw();
  store(file, bytes);
  return bytes;
}
