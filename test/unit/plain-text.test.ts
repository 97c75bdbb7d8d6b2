/** Front-matter and data text fields (`text` in src/schemas/shared.ts) are plain text. */
import { describe, expect, it } from 'vitest';
import { text } from '../../src/schemas/shared.ts';

const messages = (s: string) => (text.safeParse(s).error?.issues ?? []).map((i) => i.message);

describe('plain text', () => {
  it.each([
    ['<b>粗</b>', 'HTML 标记'],
    ['示例</b>', 'HTML 标记'],
    ['<SCRIPT>alert(1)</SCRIPT>', 'HTML 标记'],
    ['示例<!-- x -->', 'HTML 标记'],
    ['示例<?php ?>', 'HTML 标记'],
    ['示例\u0007', '控制字符 U+0007'],
    ['示例\u0085文字', '控制字符 U+0085'],
    ['示例\u007f', '控制字符 U+007F'],
    ['示例\u202e闻新', '文字方向控制字符 U+202E'],
    ['示例\u2066文字\u2069', '文字方向控制字符 U+2066'],
    ['示例\u200f文字', '文字方向控制字符 U+200F'],
    ['示例\u061c文字', '文字方向控制字符 U+061C'],
  ])('refuses %j', (s, words) => {
    expect(messages(s)).toContainEqual(expect.stringContaining(words));
  });

  it.each(['全国劳动模范', '数量 < 5、比例<10%', '第一行\n第二行\t制表', '“引号”与《书名》'])('accepts %j', (s) => {
    expect(messages(s)).toEqual([]);
  });
});
