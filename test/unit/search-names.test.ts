/**
 * Names typed not quite right (src/client/names.ts): one character off, or in pinyin, put
 * right only in the words the search found on no result, and only when one name fits.
 */
import { describe, expect, it } from 'vitest';
import { correctNames, type Name } from '../../src/client/names.ts';

const names: Name[] = [
  ['王露清', 'wang-luqing'],
  ['王曙群', 'wang-shuqun'],
  ['萧山技师学院'],
  ['萧山区', 'xiaoshan'],
  ['李庆恒', 'li-qingheng'],
  ['李庆衡'],
];
const fix = (q: string, unsure = q.split(' ')) => correctNames(q, unsure, names);

describe('a name one character off', () => {
  it('is put right, with what was typed', () => {
    expect(fix('王路清 保电', ['王路清'])).toEqual({ text: '王露清 保电', fixes: [['王路清', '王露清']] });
    expect(fix('萧山技师学校 订单班', ['萧山技师学校'])?.text).toBe('萧山技师学院 订单班');
  });

  it('inside a longer word', () => {
    expect(fix('王路清的工作室', ['王路清工作室'])?.text).toBe('王露清的工作室');
  });

  it('is left as typed when it could be either of two names, or is a name itself', () => {
    expect(fix('李庆亨', ['李庆亨'])).toBeUndefined();
    expect(fix('李庆衡', ['李庆衡'])).toBeUndefined();
  });

  it('not where the odd character belongs to a name the word spells right', () => {
    const places: Name[] = [['上海市'], ['上海'], ['临港']];
    expect(correctNames('上海临港经济发展', ['上海临港经济发展'], places)).toBeUndefined();
    expect(correctNames('上海临 培训', ['上海临'], places)?.text).toBe('上海市 培训');
  });

  it('only in the words found on no result, and not for two characters off', () => {
    expect(fix('王路清 保电', ['保电'])).toBeUndefined();
    expect(fix('王路明', ['王路明'])).toBeUndefined();
  });
});

describe('a name in pinyin', () => {
  it('in syllables, joined, with a hyphen, in capitals or surname last', () => {
    for (const q of ['wang shuqun', 'wangshuqun', 'wang-shuqun', 'shuqun wang']) expect(fix(q)?.text, q).toBe('王曙群');
    expect(correctNames('wang shuqun', ['wang', 'shuqun'], names)?.text).toBe('王曙群');
    expect(fix('xiao shan 培训', ['xiao', 'shan'])?.text).toBe('萧山区 培训');
  });

  it('not a word that spells no one name', () => {
    expect(fix('wang')).toBeUndefined();
    expect(fix('shuqun')).toBeUndefined();
  });
});
