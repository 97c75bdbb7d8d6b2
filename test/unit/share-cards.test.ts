/**
 * Chat apps show a 1200×630 link image as a square cut from its centre. Whatever a card
 * must say (its name, a district's headline number and date) lies inside that square: a
 * card drawn with a different name or number differs from the first only inside it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'share-cards-'));
process.env.OG_CACHE_DIR = join(tmp, 'cache');
const { cardPixels, SQUARE } = await import('../../src/lib/images/og-image.ts');
type Card = Parameters<typeof cardPixels>[0];
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Columns (x) where two renderings of the same size differ. */
async function differingColumns(a: Card, b: Card): Promise<number[]> {
  const [x, y] = await Promise.all([cardPixels(a), cardPixels(b)]);
  expect([x.width, x.height]).toEqual([1200, 630]);
  const [p, q] = [x.pixels, y.pixels];
  const columns = new Set<number>();
  for (let i = 0; i < p.length; i += 4) {
    if (Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) > 24) columns.add((i / 4) % x.width);
  }
  return [...columns].sort((p, q) => p - q);
}

const figure = { value: '10000名', label: '储备重点产业高技能人才（目标）', when: '2020年—2022年' };
const district: Card = {
  eyebrow: '技能工作 · 上海市',
  title: '临港新片区',
  subtitle: '“一十百千万”',
  figure,
  more: [{ value: '1000名', label: '培养“临港学徒”（目标）', when: '2020年—2022年' }],
};

describe('share cards and the centre square', () => {
  it('the square is the centre 630 px of the 1200 px width', () => {
    expect(SQUARE).toEqual({ left: 285, right: 915 });
  });

  it("a district's name is drawn inside the centre square", async () => {
    const cols = await differingColumns(district, { ...district, title: '浦东新区' });
    expect(cols.length, 'the name is drawn').toBeGreaterThan(100);
    expect(cols[0]).toBeGreaterThanOrEqual(SQUARE.left);
    expect(cols.at(-1)).toBeLessThan(SQUARE.right);
  });

  it("a district's headline number and its date are drawn inside the centre square", async () => {
    const number = await differingColumns(district, { ...district, figure: { ...figure, value: '26000人次' } });
    const date = await differingColumns(district, { ...district, figure: { ...figure, when: '截至2023年11月20日（年份为推断）' } });
    for (const cols of [number, date]) {
      expect(cols.length).toBeGreaterThan(50);
      expect(cols[0]).toBeGreaterThanOrEqual(SQUARE.left);
      expect(cols.at(-1)).toBeLessThan(SQUARE.right);
    }
  });

  it("a craftsman's name and an article's long headline stay inside it too", async () => {
    const person: Card = { eyebrow: '工匠 · 萧山区', title: '张建平', subtitle: '三十年扎根数控加工。' };
    const article: Card = {
      eyebrow: '新闻 · 临港新片区 · 2020年5月26日',
      title: '“一十百千万”！临港新片区推出职工技能登高计划，着力培养一批高技能技术人才',
      subtitle: '一所大学、十个基地、百名工匠、千名学徒、万名职工。',
    };
    for (const [a, b] of [
      [person, { ...person, title: '王露清' }],
      [article, { ...article, title: `${article.title}（续）` }],
    ] as const) {
      const cols = await differingColumns(a, b);
      expect(cols.length).toBeGreaterThan(20);
      expect(cols[0]).toBeGreaterThanOrEqual(SQUARE.left);
      expect(cols.at(-1)).toBeLessThan(SQUARE.right);
    }
  });
});
