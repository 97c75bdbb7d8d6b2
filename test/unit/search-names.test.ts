/**
 * Names typed not quite right (src/client/names.ts): a person's name with one character of
 * the given name off, or a name in pinyin; a whole word only, only words the search found on
 * no result, and only when one name fits.
 */
import { describe, expect, it } from 'vitest';
import { type Name, nameFixes } from '../../src/client/names.ts';

const people: Name[] = [
  ['王露清', 'wang-luqing'],
  ['王曙群', 'wang-shuqun'],
  ['张建平', 'zhang-jianping'],
  ['陆立军', 'lu-lijun'],
  ['李庆恒', 'li-qingheng'],
  ['李庆衡'],
];
const places: Name[] = [['萧山区', 'xiaoshan'], ['上海市', 'shanghai'], ['萧山技师学院']];
const fix = (...unsure: string[]) => nameFixes(unsure, people, places);

describe('a person’s name one character off', () => {
  it('is put right, with the word as typed', () => {
    expect(fix('王路清', '保电')).toEqual([{ words: ['王路清'], typed: '王路清', name: '王露清' }]);
    expect(fix('保电', '王路清')).toEqual([{ words: ['王路清'], typed: '王路清', name: '王露清' }]);
  });

  it('at the start of a word, as a title follows it', () => {
    expect(fix('王路清师傅')).toEqual([{ words: ['王路清师傅'], typed: '王路清', name: '王露清' }]);
  });

  it('once, however often it is typed', () => {
    expect(fix('王路清', '王路清')).toHaveLength(1);
  });

  it('is left as typed in the surname: another person', () => {
    expect(fix('李建平')).toEqual([]);
    expect(fix('王立军')).toEqual([]);
  });

  it('is left as typed when it could be either of two names, or is or starts with a name itself', () => {
    expect(fix('李庆亨')).toEqual([]);
    expect(fix('李庆衡')).toEqual([]);
    expect(fix('李庆恒师傅')).toEqual([]);
  });

  it('only at the start of a word, and never to a place or an organisation', () => {
    expect(fix('电力抢修王路清')).toEqual([]);
    for (const word of ['金山区', '宝山区', '上海人', '上海站', '萧山技师学校', '区总工会']) expect(fix(word), word).toEqual([]);
  });

  it('not for two characters off', () => {
    expect(fix('王路明')).toEqual([]);
  });
});

describe('a name in pinyin', () => {
  it('in syllables, joined, with a hyphen, in capitals or surname last', () => {
    for (const words of [['wang', 'shuqun'], ['wangshuqun'], ['wang-shuqun'], ['Wang', 'Shuqun'], ['shuqun', 'wang']])
      expect(fix(...words), words.join(' ')).toEqual([{ words, typed: words.join(' '), name: '王曙群' }]);
  });

  it('of a place as well as a person, among other words', () => {
    expect(fix('xiao', 'shan', '培训')).toEqual([{ words: ['xiao', 'shan'], typed: 'xiao shan', name: '萧山区' }]);
  });

  it('not a word that spells no one name', () => {
    expect(fix('wang')).toEqual([]);
    expect(fix('shuqun')).toEqual([]);
    expect(fix('png')).toEqual([]);
  });
});
