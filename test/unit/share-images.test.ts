/**
 * Share images are drawn in worker threads and reused by content: a second build with the
 * same cards draws nothing and writes the same bytes; the same card on two pages is drawn
 * once; a change to a card draws that card again.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'share-images-'));
process.env.OG_CACHE_DIR = join(tmp, 'cache');
const { writeCards } = await import('../../src/lib/images/og-pool.ts');
const { cardPixels, drawCard } = await import('../../src/lib/images/og-image.ts');
const { decodePng } = await import('../support/png.ts');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const card = (title: string) => ({ eyebrow: '工匠 · 萧山', title, subtitle: '测试用的一句话。' });
const jobs = [
  { path: 'craftsmen/a', card: card('甲') },
  { path: 'craftsmen/b', card: card('乙') },
  { path: 'news/c', card: card('甲') },
];
const read = (out: string, path: string) => readFileSync(join(tmp, out, `${path}.png`));

describe('share images', () => {
  it('draws each distinct card once, in worker threads, as a 1200×630 PNG', async () => {
    expect(await writeCards(jobs, join(tmp, 'one'), 2)).toEqual({ drawn: 2, reused: 0 });
    const png = read('one', 'craftsmen/a');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(read('one', 'news/c').equals(png)).toBe(true);
    expect(read('one', 'craftsmen/b').equals(png)).toBe(false);
  });

  it('reuses every unchanged card on the next build, byte for byte', async () => {
    expect(await writeCards(jobs, join(tmp, 'two'), 2)).toEqual({ drawn: 0, reused: 2 });
    for (const { path } of jobs) expect(read('two', path).equals(read('one', path))).toBe(true);
  });

  it('draws a card the same, byte for byte, each time (a build that drew it and one that replayed it agree)', async () => {
    expect((await drawCard(card('丁'))).equals(await drawCard(card('丁')))).toBe(true);
  });

  it('writes a card as a palette PNG with exactly the drawn pixels', async () => {
    const png = await drawCard(card('戊'));
    expect(png[25], 'colour type: palette').toBe(3);
    expect(decodePng(png, 1200, 630).equals((await cardPixels(card('戊'))).pixels)).toBe(true);
  });

  it('draws a changed card again', async () => {
    const changed = [...jobs.slice(0, 2), { path: 'news/c', card: card('丙') }];
    expect(await writeCards(changed, join(tmp, 'three'), 2)).toEqual({ drawn: 1, reused: 2 });
  });

  it('shows the site name and mark along the bottom, inside the 630 px', async () => {
    const image = await cardPixels(card('甲'));
    const { width, pixels } = image;
    // Dark text or the red mark in the band where the brand line sits (rows 500–600).
    const marked = (y: number) =>
      Array.from({ length: width }, (_, x) => pixels[(y * width + x) * 4]!).some(
        (red, x) => red < 200 || pixels[(y * width + x) * 4 + 1]! < 100,
      );
    expect(image.height).toBe(630);
    expect(Array.from({ length: 100 }, (_, i) => 500 + i).some(marked)).toBe(true);
  });
});
