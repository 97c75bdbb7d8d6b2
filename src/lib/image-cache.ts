/**
 * A disk cache for images drawn at build time (share images, chart PNGs), keyed by the
 * hash of everything that goes into the drawing: an unchanged image costs a file read
 * on the next build instead of a render.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = process.env.OG_CACHE_DIR ?? 'node_modules/.cache/skills-atlas-og';

export async function cached(inputs: unknown[], draw: () => Promise<Buffer> | Buffer): Promise<Buffer> {
  const hash = createHash('sha256');
  for (const i of inputs) hash.update(typeof i === 'string' ? i : JSON.stringify(i));
  const file = join(DIR, `${hash.digest('hex').slice(0, 32)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await draw();
  mkdirSync(DIR, { recursive: true });
  writeFileSync(file, png);
  return png;
}
