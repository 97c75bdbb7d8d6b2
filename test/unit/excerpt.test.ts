/** The search page's excerpts (src/client/excerpt.ts): they read as sentences about the result. */
import { describe, expect, it } from 'vitest';
import { cleanExcerpt, fromSentenceStart } from '../../src/client/excerpt.ts';

const CONTENT = '李庆恒. 快递 · 萧山区. 李庆恒. 快递员出身，拿下省赛一等奖后当上主管。他说“快”。';

describe('an excerpt that starts inside a sentence', () => {
  it('starts at the next sentence when what it drops holds no highlight', () => {
    expect(cleanExcerpt('山区. <mark>李庆恒</mark>. <mark>快递</mark>员出身', CONTENT)).toBe(
      '<mark>李庆恒</mark>。<mark>快递</mark>员出身',
    );
  });

  it('keeps its start behind an ellipsis when the highlight is in the part that would go', () => {
    expect(cleanExcerpt('<mark>递</mark>员出身，拿下省赛一等奖后当上主管。他说', CONTENT)).toBe(
      '…<mark>递</mark>员出身，拿下省赛一等奖后当上主管。他说',
    );
  });

  it('keeps its start behind an ellipsis when nothing would follow', () => {
    expect(fromSentenceStart('出身，拿下省赛', CONTENT)).toBe('…出身，拿下省赛');
  });
});

describe('an excerpt that starts where a sentence does', () => {
  it('is left as it is: at the start of the page, after a full stop, after a block', () => {
    expect(fromSentenceStart('<mark>李庆恒</mark>. 快递', CONTENT)).toBe('<mark>李庆恒</mark>. 快递');
    expect(fromSentenceStart('他说“快”。', CONTENT)).toBe('他说“快”。');
    expect(fromSentenceStart('快递员出身', CONTENT)).toBe('快递员出身');
  });

  it('is left as it is when the page text is not given or does not hold it', () => {
    expect(fromSentenceStart('山区. 李庆恒')).toBe('山区. 李庆恒');
    expect(fromSentenceStart('别处的文字。李庆恒', CONTENT)).toBe('别处的文字。李庆恒');
  });
});

describe('an excerpt that starts at a separator', () => {
  it('loses the separator: a card line’s “·” as a full stop', () => {
    expect(cleanExcerpt('· 萧山区. <mark>李庆恒</mark>', CONTENT)).toBe('萧山区。<mark>李庆恒</mark>');
  });

  it('starts after a card line’s “·” when it starts inside the fact before it', () => {
    expect(cleanExcerpt('递 · 萧山区. <mark>李庆恒</mark>', CONTENT)).toBe('萧山区。<mark>李庆恒</mark>');
  });
});

describe('a district’s line of other names', () => {
  it('goes whole, with the name it starts with, so the text around it does not run together', () => {
    expect(cleanExcerpt('<mark>萧山区</mark>，也称萧山、杭州萧山、萧山区. <mark>萧山区</mark>是本站唯一来自杭州的样本')).toBe(
      '<mark>萧山区</mark>是本站唯一来自杭州的样本',
    );
    expect(cleanExcerpt('全部超额。 萧山区，也称萧山. 萧山区是样本')).toBe('全部超额。 萧山区是样本');
  });
});
