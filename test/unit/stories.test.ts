/**
 * Issue 27, item 3: a profile's story reads as a story. What a report leaves open goes in
 * the front matter's `unsaid` list (shown after the story under 报道没有写明), not the prose:
 * a story may spend at most one sentence on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, figureRefProblems, numbersIn } from '../../src/lib/content/figure-refs.ts';
import { bodyProblems, FIGURE_REF_IMPORT } from '../../src/lib/content/markup.ts';
import { unsaidItem } from '../../src/schemas/craftsmen.ts';

const dir = join(import.meta.dirname, '../../src/content/craftsmen');

/**
 * Wordings that mark a sentence as being about what the report does not say. They are the
 * ones the profiles used for it (报道没有写明…, 原文未载明…, 没有说是谁…, 文中没有交代…,
 * 本站对此留空/不作推测): a report, or the text, not giving something, and the site saying it
 * leaves a field empty or will not guess. Plain story sentences use none of them.
 */
const UNSAID_MARKERS = [
  '报道没有',
  '报道未',
  '报道中也没有',
  '原文未',
  '原文没有',
  '原文只写',
  '文中没有',
  '文中都没有',
  '文中同样没有',
  '没有写',
  '未载明',
  '未写明',
  '没有说',
  '没有明说',
  '不详',
  '没提到',
  '没有提到',
  '没有交代',
  '没有介绍',
  '没有记录',
  '没有点出',
  '没有标明',
  '没有着墨',
  '留空',
  '不作推测',
  '不作猜测',
  '不作补充',
] as const;

/** A story's sentences: split on 。！？ and on line ends, so a heading counts as one. */
function sentences(body: string): string[] {
  return body
    .split(/[。！？\n]/)
    .map((s) => s.replace(/^#+\s*/, '').trim())
    .filter((s) => s !== '');
}

/** The sentences of a story that are about what its report leaves unsaid. */
function unsaidSentences(body: string): string[] {
  return sentences(body).filter((s) => UNSAID_MARKERS.some((m) => s.includes(m)));
}

const profiles = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    if (!match) throw new Error(`${file}: no front matter`);
    return { file, data: load(match[1]!) as { unsaid?: unknown }, body: match[2]! };
  });

describe('stories', () => {
  it('finds every profile', () => {
    expect(profiles.length).toBeGreaterThan(0);
  });

  it('counts sentences the way a reader hears them', () => {
    expect(unsaidSentences('## 报道没有写到的\n\n他是技师。报道没有写明年份！他笑了？')).toEqual(['报道没有写到的', '报道没有写明年份']);
    expect(unsaidSentences('他在设备维修岗位上干了三十多年。')).toEqual([]);
  });

  it.each(profiles.map((p) => [p.file, p.body] as const))('%s spends at most one sentence on what the report leaves open', (_, body) => {
    expect(unsaidSentences(body).length, unsaidSentences(body).join('\n')).toBeLessThanOrEqual(1);
  });

  it('refuses an empty, marked-up or over-long unsaid item', () => {
    for (const bad of ['', '  ', '<b>单位</b>', '长'.repeat(41)]) expect(unsaidItem.safeParse(bad).success, bad).toBe(false);
    expect(unsaidItem.safeParse('演奏者是谁').success).toBe(true);
  });

  it.each(profiles.map((p) => [p.file, p.data.unsaid] as const))('%s: every unsaid item is short plain text', (_, unsaid) => {
    if (unsaid === undefined) return;
    expect(Array.isArray(unsaid)).toBe(true);
    for (const item of unsaid as unknown[]) {
      expect(typeof item).toBe('string');
      expect(unsaidItem.safeParse(item).error?.issues ?? [], String(item)).toEqual([]);
    }
  });
});

/**
 * Issue 27, item 4: numbers in stories are the figures. A profile writes `<FigureRef id="…" />`
 * for a number the site holds as a figure about that person, a district text for one about its
 * district, a news item for one taken from the reports it names as sources; the content check
 * refuses the bare number (test/fixtures/bad/story-number-not-figure, news-number-not-figure,
 * district-number-not-figure) and an id that names no figure (figure-ref-unknown). Here:
 * reading numbers as a story writes them, and the one component and the one import line the
 * body check lets through.
 */
describe('numbers in stories are the figures', () => {
  it('reads Chinese numerals as a story writes them', () => {
    expect(['两', '五', '十五', '二十', '四十', '一百二十九', '一千', '一千零五', '三万'].map(chineseNumeral)).toEqual([
      2, 5, 15, 20, 40, 129, 1000, 1005, 30000,
    ]);
  });

  it('finds each number with what follows it, past 多 or 余, and reads 万 either way', () => {
    const read = (text: string) => numbersIn(text).map((w) => [w.value, w.after.slice(0, 2)]);
    expect(read('干了三十多年。')).toEqual([[30, '年。']]);
    expect(read('带来600余万元')).toEqual([[600, '万元']]);
    expect(read('两个月前')).toEqual([[2, '个月']]);
    expect(read('2.6万人次以上')).toEqual([
      [2.6, '万人'],
      [26000, '人次'],
    ]);
    expect(read('四十万元')).toEqual([
      [400000, '元'],
      [40, '万元'],
    ]);
  });

  it('does not take an ordinal for a count', () => {
    expect(numbersIn('第六个领域，第46届大赛')).toEqual([]);
    expect(numbersIn('六个领域').map((w) => w.value)).toEqual([6]);
  });

  it('does not take 一次性 (one-off) for a number of times', () => {
    const figure = {
      id: 'demo-once',
      kind: 'target',
      unit: '次',
      value: 1,
      wording: '一次',
      source: 'demo-source',
      district: 'demo-district',
      dataset: 'demo',
      file: 'x.json',
    };
    const news = (text: string) => ({
      collection: 'news' as const,
      id: 'demo-news',
      file: 'src/content/news/demo-news.mdx',
      data: { sources: ['demo-source'], district: 'demo-district', datasets: [] },
      body: { text, line: 1, mdx: true },
    });
    const figures = new Map([[figure.id, figure as never]]);
    expect(figureRefProblems([news('获评者可得一次性奖金。')], figures)).toEqual([]);
    expect(figureRefProblems([news('每年举办一次大赛。')], figures)).toHaveLength(1);
  });

  const story = (body: string) => bodyProblems(body, true, 1);
  const ref = '<FigureRef id="demo-years" />';

  it('lets through the figure component with its import, and nothing like it', () => {
    expect(story(`${FIGURE_REF_IMPORT}\n\n他干了${ref}。\n`)).toEqual([]);
    expect(story(`import FigureRef from "../../components/FigureRef.astro"\n\n他干了${ref}。\n`)).toEqual([]);
    const refused: [string, string][] = [
      [`他干了${ref}。\n`, '要先在正文第一行写'],
      [`${FIGURE_REF_IMPORT}\n\n他干了<FigureRef id="demo-years">三十年</FigureRef>。\n`, '里面不写文字'],
      [`${FIGURE_REF_IMPORT}\n\n他干了<FigureRef id={x} />。\n`, '只写一个属性 id'],
      [`${FIGURE_REF_IMPORT}\n\n他干了<FigureRef id="demo-years" wording="三十年" />。\n`, '只写一个属性 id'],
      [`${FIGURE_REF_IMPORT}\n\n他干了<FigureRef id="Demo Years" />。\n`, '只写一个属性 id'],
      ["import FigureRef from '../../components/Chart.astro';\n\n他干了。\n", 'import/export'],
      [`${FIGURE_REF_IMPORT}\nexport const x = 1;\n\n正文。\n`, 'import/export'],
    ];
    for (const [body, words] of refused)
      expect(story(body), body).toContainEqual(expect.objectContaining({ message: expect.stringContaining(words) }));
  });

  it('refuses the component in Markdown, which cannot run it', () => {
    expect(bodyProblems(`他干了${ref}。\n`, false, 1)).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('<figureref>') }),
    );
  });
});
