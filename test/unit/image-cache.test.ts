/**
 * The image cache cannot ship damage: files are written whole (temporary name, then
 * rename), reused only when their bytes match the stored hash (anything else is drawn
 * again), and the built site gets copies that share no inode with the cache. The QR codes'
 * pack is checked the same way.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'image-cache-'));
process.env.OG_CACHE_DIR = join(tmp, 'cache');
const { writeCards } = await import('../../src/lib/images/og-pool.ts');
const { cardFile } = await import('../../src/lib/images/og-image.ts');
const { cached, cacheFile, store } = await import('../../src/lib/images/cache.ts');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const card = { eyebrow: '工匠 · 测试', title: '缓存', subtitle: '损坏的缓存不能出现在网站上。' };
const jobs = [
  { path: 'craftsmen/a', card },
  { path: 'craftsmen/b', card },
];
const out = (build: string, path = 'craftsmen/a') => join(tmp, build, `${path}.png`);

describe('image cache', () => {
  let good: Buffer;

  it('copies into the site: no built file shares an inode with the cache', async () => {
    expect(await writeCards(jobs, join(tmp, 'one'), 1)).toEqual({ drawn: 1, reused: 0 });
    good = readFileSync(out('one'));
    expect(await writeCards(jobs, join(tmp, 'two'), 1)).toEqual({ drawn: 0, reused: 1 });
    const cache = statSync(cardFile(card));
    for (const build of ['one', 'two']) {
      for (const path of ['craftsmen/a', 'craftsmen/b']) {
        const s = statSync(out(build, path));
        expect(s.ino).not.toBe(cache.ino);
        expect(s.nlink).toBe(1);
      }
    }
    writeFileSync(out('two'), 'edited in dist');
    expect(readFileSync(cardFile(card)).equals(good)).toBe(true);
  });

  it('cuts a hard link an older build left in the site instead of writing through it', async () => {
    rmSync(out('three'), { force: true });
    await writeCards(jobs, join(tmp, 'three'), 1);
    rmSync(out('three'));
    linkSync(cardFile(card), out('three'));
    await writeCards(jobs, join(tmp, 'three'), 1);
    expect(statSync(out('three')).ino).not.toBe(statSync(cardFile(card)).ino);
    expect(readFileSync(cardFile(card)).equals(good)).toBe(true);
  });

  it('draws a truncated cached image again instead of shipping it', async () => {
    truncateSync(cardFile(card), 100);
    expect(await writeCards(jobs, join(tmp, 'four'), 1)).toEqual({ drawn: 1, reused: 0 });
    expect(readFileSync(out('four')).equals(good)).toBe(true);
    expect(readFileSync(cardFile(card)).equals(good)).toBe(true);
  });

  it('draws again an image kept without its hash, or with bytes changed in place', async () => {
    rmSync(`${cardFile(card)}.sha256`);
    expect(await writeCards(jobs, join(tmp, 'five'), 1)).toEqual({ drawn: 1, reused: 0 });
    const bytes = readFileSync(cardFile(card));
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff; // same length, one byte flipped
    writeFileSync(cardFile(card), bytes);
    expect(await writeCards(jobs, join(tmp, 'six'), 1)).toEqual({ drawn: 1, reused: 0 });
    expect(readFileSync(out('six')).equals(good)).toBe(true);
  });

  it('writes by rename: a reader of the old file keeps whole bytes, and no temporary file stays', () => {
    const file = cacheFile(['rename-test'], 'svg');
    store(file, Buffer.from('<svg>old</svg>'));
    const before = statSync(file).ino;
    store(file, Buffer.from('<svg>new</svg>'));
    expect(statSync(file).ino).not.toBe(before); // a new file took the name; the old one was not rewritten in place
    expect(readdirSync(join(tmp, 'cache')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('redraws a damaged chart image (cached())', async () => {
    let draws = 0;
    const draw = () => {
      draws++;
      return Buffer.from('<svg>chart</svg>');
    };
    await cached(['chart-test'], draw, 'svg');
    truncateSync(cacheFile(['chart-test'], 'svg'), 5);
    expect((await cached(['chart-test'], draw, 'svg')).toString()).toBe('<svg>chart</svg>');
    expect(await cached(['chart-test'], draw, 'svg')).toEqual(Buffer.from('<svg>chart</svg>'));
    expect(draws).toBe(2);
  });

  it('keeps the QR codes a build used in one pack, and draws them all again from a damaged one', async () => {
    // each build in a fresh copy of the module, as each build is a process of its own
    // `copied`: the pages the build did not render but copied from the last build into its site
    let builds = 0;
    const build = async (urls: string[], copied: string[] = []) => {
      vi.resetModules();
      const { keepQrCodes, qrSvg } = await import('../../src/lib/images/qr.ts');
      const svgs = await Promise.all(urls.map((u) => qrSvg(u)));
      const site = join(tmp, `dist-${++builds}`);
      for (const url of [...urls, ...copied]) {
        mkdirSync(join(site, new URL(url).pathname), { recursive: true });
        writeFileSync(join(site, new URL(url).pathname, 'index.html'), '');
      }
      return { svgs, ...(await keepQrCodes(pathToFileURL(`${site}/`))) };
    };
    const a = 'https://example.org/craftsmen/a/';
    const b = 'https://example.org/craftsmen/b/';
    const first = await build([a, b, a]);
    expect(first).toMatchObject({ drawn: 2, reused: 0 }); // codes, not calls: a asked twice is drawn once
    expect(first.svgs[0]).toMatch(/^<svg[^>]*viewBox/);
    expect(first.svgs[0]).not.toBe(first.svgs[1]);
    const pack = readdirSync(join(tmp, 'cache')).filter((f) => f.endsWith('.json'));
    expect(pack).toHaveLength(1);
    const file = join(tmp, 'cache', pack[0]!);
    // a build for another address keeps a pack of its own …
    expect(await build(['https://preview.example.org/craftsmen/a/'])).toMatchObject({ drawn: 1, reused: 0 });
    expect(readdirSync(join(tmp, 'cache')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    // … and the next build for this one reads every code from its pack, and keeps only those it used
    const unchanged = statSync(file).ino;
    expect(await build([a, b])).toMatchObject({ drawn: 0, reused: 2 });
    expect(statSync(file).ino, 'a pack that would not change is not written').toBe(unchanged);
    const second = await build([b]);
    expect(second).toEqual({ svgs: [first.svgs[1]], drawn: 0, reused: 1 });
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toEqual([b]);
    // a page copied from the last build keeps its code for the build that renders it again
    expect(await build([a, b])).toMatchObject({ drawn: 1, reused: 1 });
    expect(await build([b], [a])).toMatchObject({ drawn: 0, reused: 1 });
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).sort()).toEqual([a, b]);
    // … and no longer once its page has gone from the site
    expect(await build([a])).toMatchObject({ drawn: 0, reused: 1 });
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')))).toEqual([a]);
    expect(await build([b])).toMatchObject({ drawn: 1, reused: 0 });
    // a pack cut short, or changed in place, is not read at all
    truncateSync(file, 40);
    expect(await build([b])).toMatchObject({ svgs: [first.svgs[1]], drawn: 1, reused: 0 });
    const bytes = readFileSync(file);
    bytes[bytes.indexOf('<svg')] = 'x'.charCodeAt(0);
    writeFileSync(file, bytes);
    expect(await build([b])).toMatchObject({ svgs: [first.svgs[1]], drawn: 1, reused: 0 });
  });
});
