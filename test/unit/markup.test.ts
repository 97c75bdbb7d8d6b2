/**
 * The check of MD/MDX bodies (src/lib/content/markup.ts) against hostile variants beyond the
 * bad fixtures: each must be refused at its line with the words that say why, and plain
 * content, including the HTML an editor may write, must pass.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/lib/content/markup.ts';

/** [what, body, MDX?, line, words the message must hold] */
const refused: [string, string, boolean, number, string][] = [
  ['an upper-case raw <SCRIPT>', 'text\n\n<SCRIPT>alert(1)</SCRIPT>\n', false, 3, '<script>'],
  ['a mixed-case JSX <sCRIPT>', '<sCRIPT>alert(1)</sCRIPT>\n', true, 1, '<script>'],
  ['<script> inside <svg> (MDX)', '<svg><script>alert(1)</script></svg>\n', true, 1, '<svg>'],
  ['<script> inside <svg> (Markdown)', '<svg><script>alert(1)</script></svg>\n', false, 1, '<script>'],
  ['a quoted remote <img src>', 'a <img src="//evil.example/x.png"> b\n', false, 1, '图片只能用本站的文件'],
  ['<IMG SRC> to another site, upper case', '<IMG SRC="https://evil.example/x.png">\n', false, 1, '图片只能用本站的文件'],
  [
    'a remote candidate in <img srcset>',
    '<img srcset="/a.png 1x, https://evil.example/b.png 2x">\n',
    false,
    1,
    '“https://evil.example/b.png”',
  ],
  ['a remote candidate in JSX srcSet', '<img srcSet="/a.png 1x,//evil.example/b.png 2x" />\n', true, 1, '“//evil.example/b.png”'],
  ['a backslash address (/\\host)', '<img src="/\\evil.example/x.png">\n', false, 1, '图片只能用本站的文件'],
  ['a blank before //', '<img src=" //evil.example/x.png">\n', false, 1, '图片只能用本站的文件'],
  ['a data: image in Markdown', '![x](data:image/png;base64,AAAA)\n', true, 1, '图片只能用本站的文件'],
  ['a remote image through a definition', 'text ![x][pic]\n\n[pic]: https://evil.example/x.png\n', false, 1, '图片只能用本站的文件'],
  [
    'a remote image through the first of two definitions',
    '![x][pic]\n\n[pic]: //evil.example/x.png\n[pic]: /ok.png\n',
    true,
    1,
    '“//evil.example/x.png”',
  ],
  ['<a href="javascript:…"> in raw HTML', '<a href="javascript:alert(1)">x</a>\n', false, 1, 'javascript:'],
  ['a Markdown javascript: link', '[x](javascript:alert(1))\n', false, 1, '会运行程序或内嵌数据'],
  ['a javascript: autolink', 'see <javascript:alert(1)>\n', false, 1, '会运行程序或内嵌数据'],
  ['a numeric character reference in href', '<a href="jav&#x61;script:alert(1)">x</a>\n', false, 1, '含字符引用'],
  ['a named character reference in href', '<a href="java&Tab;script:alert(1)">x</a>\n', false, 1, '含字符引用'],
  ['an event handler after a tab', '<img src="/a.png"\tonerror="alert(1)">\n', false, 1, 'onerror 是事件属性'],
  ['an event handler after a slash', '<div>\n<img/src="/a.png"/onerror="alert(1)">\n</div>\n', false, 2, 'onerror 是事件属性'],
  ['an upper-case event handler', '<img src="/a.png" OnError="alert(1)">\n', false, 1, 'onerror 是事件属性'],
  ['a camel-case JSX event handler', '<div onClick="alert(1)">y</div>\n', true, 1, 'onclick 是事件属性'],
  ['a style attribute', '<p style="display:none">x</p>\n', false, 1, 'style 属性'],
  ['a class attribute', '<span className="sr-only">x</span>\n', true, 1, '不能带 classname 属性'],
  ['<body onload> (a tree builder drops it, a browser obeys it)', 'x\n\n<body onload="alert(1)">\n', false, 3, '<body>'],
  ['a comment closed early by --!>', '<!-- --!> <script>alert(1)</script> -->\n', false, 1, '<script>'],
  ['a tag left open before a blank line', '<div>\n<img src="/a.png"\n\nonerror=alert(1)>\n', false, 2, '没有写完'],
  ['a comment never closed', 'x\n\n<!-- 待补\n', false, 3, '没有写完'],
  ['<meta http-equiv=refresh>', '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n', false, 1, '<meta>'],
  ['<base>', '<base href="https://evil.example/">\n', false, 1, '<base>'],
  ['<link rel=stylesheet>', '<link rel="stylesheet" href="https://evil.example/x.css">\n', false, 1, '<link>'],
  ['<object>', '<object data="/x.swf"></object>\n', true, 1, '<object>'],
  ['<embed>', '<embed src="/x.swf">\n', false, 1, '<embed>'],
  ['<form>', '<form action="https://evil.example/"><button>go</button></form>\n', false, 1, '<form>'],
  ['<textarea> hiding a comment', '<textarea><!--</textarea><script>alert(1)</script>-->\n', false, 1, '<textarea>'],
  ['a custom element', '<my-widget></my-widget>\n', true, 1, '<my-widget>'],
  ['export default', 'export default function Layout() {}\n', true, 1, 'import/export'],
  ['an import', 'text\n\nimport Chart from "../../components/Chart.astro"\n', true, 3, 'import/export'],
  ['an expression inside link text', '[{process.env.HOME}](/a/)\n', true, 1, '花括号'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: an MDX body holding a template literal is the point
  ['a template literal', 'x {`${1 + 1}`} y\n', true, 1, '花括号'],
  ['code between two comments', 'x {/* a */ process.env.HOME /* b */}\n', true, 1, '花括号'],
  ['a line comment (not an MDX comment)', '{// note\n}\n', true, 1, '花括号'],
  ['a spread attribute', '<b {...props}>x</b>\n', true, 1, '展开属性'],
  ['an attribute expression', '<img src={"//evil.example/x.png"} />\n', true, 1, 'src={…}'],
  ['<Fragment set:html>', '<Fragment set:html={"<script>alert(1)</script>"} />\n', true, 1, '<Fragment>'],
  ['a member component', '<ui.Card />\n', true, 1, '<ui.Card>'],
  ['a component starting with _', '<_x />\n', true, 1, '<_x>'],
  ['a fragment', '<>x</>\n', true, 1, '不能使用组件'],
  ['an HTML comment in MDX', 'x\n\n<!-- 待补 -->\n', true, 3, 'MDX 无法解析'],
  ['a stray {', 'a { b\n', true, 1, 'MDX 无法解析'],
];

/** [what, body, MDX?] */
const allowed: [string, string, boolean][] = [
  ['plain Markdown with a link to another site', '## 标题\n\n正文，[报道](https://example.com/a?b=1&c=2)。\n\n- 一\n- 二\n', true],
  ['a local image', '![现场](./photo.jpg) ![图](/images/x.png)\n', true],
  ['an MDX comment', '{/* 待补 */}\n\n正文。 {/* 行内 */}\n', true],
  ['escaped braces', '集合 \\{1, 2\\} 与 `{code}`\n', true],
  ['simple HTML in Markdown', 'x<sup>2</sup>、<b>粗</b>、<br/> <abbr title="示例">SA</abbr> <!-- 注释 --> <!doctype html>\n', false],
  ['simple HTML in MDX', 'x<sup>2</sup>、<b>粗</b>、<br/> <abbr title="示例">SA</abbr>\n', true],
  [
    'a raw link to another site and a local image',
    '<a href="https://example.com/?a=1&amp;b=2">x</a> <img src="/a.png" alt="a" width="10">\n',
    false,
  ],
  ['a table with HTML', '| a | b |\n|---|---|\n| <b>x</b> | 2 |\n', false],
  ['code that shows HTML', '`<script>`\n\n```html\n<iframe src="https://evil.example/"></iframe>\n```\n', false],
  ['a literal < in text', '1 < 2，a<b 不成标签时照样显示\n', false],
];

describe('the body check', () => {
  it.each(refused)('refuses %s', (_, body, mdx, line, words) => {
    expect(bodyProblems(body, mdx, 1)).toContainEqual({ field: `(body) 第${line}行`, message: expect.stringContaining(words) });
  });

  it.each(allowed)('allows %s', (_, body, mdx) => {
    expect(bodyProblems(body, mdx, 1)).toEqual([]);
  });

  it('names the line in the file, after the front matter', () => {
    expect(bodyProblems('正文。\n\n<Chart />\n', true, 19)).toEqual([
      { field: '(body) 第21行', message: expect.stringContaining('<Chart>') },
    ]);
    expect(bodyProblems('正文。\n\n<div>\n\n未闭合\n', true, 19)[0]?.message).toContain('(第21行)');
  });

  it.each(['<img src=//evil.example/x.png>\n', 'x <b/onclick="alert(1)">y</b>\n'])(
    'reads %j, which Markdown keeps as text, as the build does',
    (body) => {
      expect(bodyProblems(body, false, 1)).toEqual([]);
      expect(markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } }).html).toMatch(/&lt;(img|b)/);
    },
  );
});
