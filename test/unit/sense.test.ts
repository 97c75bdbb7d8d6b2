/**
 * The content check holds figures to sense (src/lib/content/sense.ts, the figure schema and
 * src/schemas/wording.ts): hostile edits to the valid fixture beyond the bad fixtures, each
 * refused for its own reason, and the look-alikes that must pass.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { hasNumeral, wordingNotInPassage } from '../../src/schemas/wording.ts';

const good = join(import.meta.dirname, '../fixtures/good');
const work = mkdtempSync(join(tmpdir(), 'atlas-sense-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const today = new Date(2026, 11, 5);
const DATASET = 'data/datasets/demo-training.json';

type Figure = Record<string, unknown> & { id: string };
let trees = 0;

/**
 * The problems of the valid fixture after `edit` has changed its figures (given by id; a new
 * id adds one, modelled on demo-achieved) and `files` have been written over it.
 */
function problemsAfter(edit: Record<string, Partial<Figure> | null>, files: Record<string, string> = {}) {
  const dir = join(work, String(trees++));
  cpSync(good, dir, { recursive: true });
  const dataset = JSON.parse(readFileSync(join(dir, DATASET), 'utf8')) as { figures: Figure[] };
  const model = dataset.figures.find((f) => f.id === 'demo-achieved')!;
  for (const [id, change] of Object.entries(edit)) {
    const at = dataset.figures.findIndex((f) => f.id === id);
    if (change === null) dataset.figures.splice(at, 1);
    else if (at >= 0) dataset.figures[at] = { ...dataset.figures[at]!, ...change };
    else dataset.figures.push({ ...model, ...change, id });
  }
  writeFileSync(join(dir, DATASET), JSON.stringify(dataset));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return checkContent(dir, { today });
}

/** The one problem expected, by the field it names (after "figures › <id> › ") and words of its message. */
const refused = (field: string, message: string) =>
  expect.arrayContaining([
    expect.objectContaining({ field: expect.stringMatching(new RegExp(`${field}$`)), message: expect.stringContaining(message) }),
  ]);

describe('a wording stands in its passage', () => {
  it('after full-width digits, thousands separators, range dashes and spaces are made alike', () => {
    expect(problemsAfter({ 'demo-achieved': { passage: '已开展职业技能培训３４，８４０ 人次' } })).toEqual([]);
    expect(wordingNotInPassage('8-15%', '%', '薪酬待遇提高了８～１５％')).toBeUndefined();
    expect(wordingNotInPassage('8-15%', '%', '提高了8—15%')).toBeUndefined();
  });

  it('not as the tail of a longer number', () => {
    expect(problemsAfter({ 'demo-online': { wording: '2000人次', value: 2000 } })).toEqual(
      refused('demo-online › wording', '摘录写的是“12000人次”'),
    );
    expect(wordingNotInPassage('6万人次以上', '人次', '开展培训2.6万人次以上')).toContain('与摘录不符');
    expect(wordingNotInPassage('15%', '%', '提高了8-15%')).toContain('与摘录不符');
    expect(wordingNotInPassage('十个', '个', '共二十个')).toContain('与摘录不符');
    // A dash that opens a listed line is no range.
    expect(wordingNotInPassage('1所', '所', '——新建1所产业网络大学;')).toBeUndefined();
  });

  it('with its qualifier, which may sit apart but must be the report’s', () => {
    expect(wordingNotInPassage('2.6万人次以上', '人次', '培训2.6万人次，人数在目标以上')).toBeUndefined();
    expect(wordingNotInPassage('超31万人', '人', '我区拥有技能人才31万人')).toContain('限定词“超”不在摘录中');
    expect(problemsAfter({ 'demo-online': { passage: '其中线上培训逾12000人次' } })).toEqual(
      refused('demo-online › wording', '限定词“逾”'),
    );
    // 约 ends 签约: no qualifier dropped there.
    expect(wordingNotInPassage('10家', '家', '签约10家企业')).toBeUndefined();
  });

  it('from a passage that has a numeral, Arabic or Chinese', () => {
    expect(hasNumeral('从教五年来')).toBe(true);
    expect(hasNumeral('累计开展评价３万人次')).toBe(true);
    expect(hasNumeral('已开展职业技能培训')).toBe(false);
  });
});

describe('a value is what its kind and unit say', () => {
  it('refuses a duration counted in people, and one that is a year', () => {
    expect(problemsAfter({ 'demo-years': { kind: 'duration', wording: '13人', value: 13, unit: '人', passage: '从业13人' } })).toEqual(
      refused('demo-years › unit', '时长（duration）应以时间计'),
    );
    expect(
      problemsAfter({ 'demo-years': { kind: 'duration', wording: '2011年', value: 2011, unit: '年', passage: '自2011年起' } }),
    ).toEqual(refused('demo-years › value', '是不是把年份写成了时长'));
  });

  it('refuses a stock in per cent and a count of heads with decimals in its range', () => {
    expect(problemsAfter({ 'demo-achieved': { kind: 'stock', wording: '34840%', unit: '%', passage: '已开展34840%' } })).toEqual(
      refused('demo-achieved › unit', '现有总数（stock）不以 % 计'),
    );
    expect(
      problemsAfter({ 'demo-people': { kind: 'count', wording: '8-9.5人', value: 8, valueTo: 9.5, unit: '人', passage: '参加8-9.5人' } }),
    ).toEqual(refused('demo-people › value', '数值应为整数'));
  });
});

describe('a derivation combines what can be combined', () => {
  it('refuses a ratio read as a fact, a share of an achievement over a target, and a rate over a target', () => {
    expect(problemsAfter({ 'demo-rate': { kind: 'fact' } })).toEqual(
      refused('demo-rate › kind', 'kind 应为 rate（完成率）或 share（占比）'),
    );
    expect(
      problemsAfter({
        'demo-rate': {
          kind: 'share',
          wording: '46.15%',
          value: 46.15,
          passage: '占比46.15%',
          derivation: { op: 'ratio', of: ['demo-online', 'demo-target'] },
        },
      }),
    ).toEqual(refused('demo-rate › derivation.of\\[0\\]', '实绩占目标的比例是完成率（rate），不是占比'));
    expect(
      problemsAfter({
        'demo-target-2': { kind: 'target', wording: '13000人次', value: 13000, passage: '目标13000人次' },
        'demo-rate': { wording: '50%', value: 50, passage: '完成50%', derivation: { op: 'ratio', of: ['demo-target-2', 'demo-target'] } },
      }),
    ).toEqual(refused('demo-rate › derivation.of\\[0\\]', '完成率的分子应为实绩（achievement）'));
  });

  it('refuses rates added up, and a difference across units', () => {
    expect(
      problemsAfter({
        'demo-rates': {
          kind: 'rate',
          wording: '268%',
          value: 268,
          unit: '%',
          passage: '合计268%',
          derivation: { op: 'sum', of: ['demo-rate', 'demo-rate'] },
        },
      }),
    ).toEqual(refused('demo-rates › derivation.of\\[0\\]', '完成率不能相加减'));
    expect(
      problemsAfter({
        'demo-firms': { wording: '12家', value: 12, unit: '家', passage: '12家' },
        'demo-rest': {
          wording: '34828人次',
          value: 34828,
          passage: '其余34828人次',
          derivation: { op: 'difference', of: ['demo-achieved', 'demo-firms'] },
        },
      }),
    ).toEqual(refused('demo-rest › derivation.of\\[1\\]', '只有同一单位的数字才能相加减'));
  });
});

describe('a part is no larger than its whole, and of its kind', () => {
  it('refuses a target declared part of an achievement, a part in another unit, and a part of itself', () => {
    expect(problemsAfter({ 'demo-online': { kind: 'target' } })).toEqual(refused('demo-online › partOf', '目标与实绩不能互为部分和整体'));
    expect(problemsAfter({ 'demo-online': { unit: '人', wording: '12000人', passage: '其中线上培训12000人' } })).toEqual(
      refused('demo-online › partOf', '部分和整体须用同一单位'),
    );
    expect(problemsAfter({ 'demo-online': { partOf: 'demo-online' } })).toEqual(refused('demo-online › partOf', '指向自己'));
    expect(problemsAfter({ 'demo-online': { partOf: 'demo-nowhere' } })).toEqual(refused('demo-online › partOf', '引用了不存在的数字'));
  });

  it('counts 人 and 名 as the same heads', () => {
    expect(
      problemsAfter({
        'demo-people': { kind: 'count', wording: '88人', value: 88, unit: '人', passage: '88人取证' },
        'demo-chosen': { kind: 'count', wording: '40多名', value: 40, unit: '名', passage: '选拔了其中40多名', partOf: 'demo-people' },
      }),
    ).toEqual([]);
  });
});

describe('a discrepancy has two sides', () => {
  it('names both figures when each points at a third', () => {
    const problems = problemsAfter({
      'demo-achieved': { discrepancy: { with: 'demo-online', note: '说法不一。' } },
      'demo-online': { discrepancy: { with: 'demo-target', note: '说法不一。' } },
    });
    expect(problems).toEqual(refused('demo-achieved › discrepancy.with', '没有指回本数字'));
    expect(problems).toEqual(refused('demo-online › discrepancy.with', '没有指回本数字'));
  });
});

describe('nothing is dated after the build', () => {
  const date = (d: Record<string, unknown>) => ({ ...d, inferred: [], note: '示例。' });

  it('compares only the parts a date has', () => {
    expect(problemsAfter({ 'demo-achieved': { asOf: date({ year: 2026 }) } })).toEqual([]);
    expect(problemsAfter({ 'demo-achieved': { asOf: date({ year: 2026, month: 12, day: 5 }) } })).toEqual([]);
    expect(problemsAfter({ 'demo-achieved': { asOf: date({ month: 12, day: 31 }) } })).toEqual([]);
    expect(problemsAfter({ 'demo-achieved': { asOf: date({ year: 2026, month: 12, day: 6 }) } })).toEqual(
      refused('demo-achieved › asOf', '日期 2026年12月6日 晚于构建当天（2026年12月5日）'),
    );
  });

  it('lets a target’s period run into the years to come, but not an achievement’s', () => {
    const period = { from: date({ year: 2025 }), to: date({ year: 2030 }) };
    expect(problemsAfter({ 'demo-target': { asOf: undefined, period } })).toEqual([]);
    expect(problemsAfter({ 'demo-online': { asOf: undefined, period } })).toEqual(refused('demo-online › period.to', '2030年'));
  });

  it('holds reports, events and honours to it', () => {
    const event = JSON.parse(readFileSync(join(good, 'data/events.json'), 'utf8'));
    event[0].date = { year: 2027, month: 1 };
    expect(problemsAfter({}, { 'data/events.json': JSON.stringify(event) })).toEqual(refused('date', '2027年1月'));
    const person = readFileSync(join(good, 'src/content/craftsmen/demo-person.mdx'), 'utf8').replace(
      'level: national',
      'level: national\n    year: 2030',
    );
    expect(problemsAfter({}, { 'src/content/craftsmen/demo-person.mdx': person })).toEqual(refused('honours\\[0\\]\\.year', '2030年'));
  });
});
