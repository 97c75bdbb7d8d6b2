/**
 * Stories and texts are content, not programs. MDX runs code as the site is built (an
 * `export` line can read the build machine's files and `{…}` publish them) and HTML can run
 * script, restyle or blank a page, or load things from other sites; editors who are not
 * programmers write these files. So every MD/MDX body is parsed, with Sätteri as the build
 * parses it, and what is not plain content is refused by file and line, in words an editor
 * can act on. The rule:
 *
 * - Markdown is free. Links (`[text](address)`) may go to any site, but never to an address
 *   that runs script or carries data (`javascript:`, `vbscript:`, `data:`; the rule of
 *   safe-links.ts, which also holds at build time). Images (`![alt](address)`, also through a
 *   `[label]: address` definition) must be files of this site: a path such as `./x.jpg` or
 *   `/images/x.jpg`, never `//…`, `http(s)://…` or another scheme.
 * - MDX adds no programs: no `import`/`export` (ESM), no `{expression}` except comments
 *   `{/* … *\/}`, no components (a capitalised tag, `a.b` or `<>…</>`), no attribute
 *   expressions `attr={…}` and no spread attributes `{...x}`. An MDX body the parser cannot
 *   read is refused with its line. One component is the exception, because numbers in
 *   stories are the figures (figure-refs.ts): `<FigureRef id="…" />`, with one literal `id`
 *   and nothing inside, brought in by exactly the line `FIGURE_REF_IMPORT`.
 * - HTML, raw in .md or as lowercase tags in .mdx, may use only the elements of `ELEMENTS`,
 *   each with its listed attributes and `title`/`lang`: an allow-list, so `<script>`,
 *   `<style>`, `<iframe>`, `<object>`, `<embed>`, `<form>`, `<link>`, `<meta>`, `<base>`,
 *   `<svg>`, `<math>`, `<textarea>` and whatever HTML adds next are out, as are event
 *   handlers (`on…`), `style`, `class` and `id`. `<img src/srcset>` follow the image rule,
 *   `<a href>` the link rule. In raw HTML an address may not use character references other
 *   than `&amp;` (a browser reads `jav&#x61;script:` as `javascript:`), and a tag or comment
 *   left open at the end of an HTML block is refused, as it would swallow what follows.
 *   Raw HTML is read as a browser's tokenizer reads it (`scanHtml`), not as a tree: a tree
 *   builder silently drops tags such as `<body onload=…>` that a browser still obeys.
 *   Closing tags are not checked: they carry nothing a browser acts on.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { slug } from '../../schemas/shared.ts';
import type { ContentProblem } from './files.ts';
import { unsafeUrl } from './safe-links.ts';

/** Elements of text and layout that take no attributes but `GLOBAL_ATTRIBUTES`. */
const TEXT_ELEMENTS = (
  'abbr b blockquote br caption cite code dd del dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i ins kbd li mark ' +
  'p pre q rp rt ruby s samp small span strong sub summary sup table tbody tfoot thead tr u ul var wbr'
).split(' ');

/**
 * The HTML elements a body may use, each with the attributes it may carry besides
 * `GLOBAL_ATTRIBUTES`: elements that neither run, load from elsewhere nor restyle anything.
 * The one list; widen it here.
 */
const ELEMENTS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...TEXT_ELEMENTS.map((name) => [name, []] as const),
  ['a', ['href']],
  ['img', ['src', 'srcset', 'sizes', 'alt', 'width', 'height']],
  ['details', ['open']],
  ['ol', ['start', 'reversed']],
  ['td', ['colspan', 'rowspan']],
  ['th', ['colspan', 'rowspan', 'scope']],
  ['time', ['datetime']],
]);
const GLOBAL_ATTRIBUTES = ['title', 'lang'];
/** The allowed attributes that hold an address. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset'];

/** Why the elements an editor is most likely to paste are refused, in words an editor understands. */
const REFUSED: Readonly<Record<string, string>> = {
  script: '会运行程序（script）',
  style: '会改变整页的样式，可能让页面一片空白（style）',
  iframe: '会在页面里嵌入别的网页（iframe）',
  object: '会嵌入插件或别的网页（object）',
  embed: '会嵌入插件或别的网页（embed）',
  form: '会把读者填写的内容发往别处（form）',
  link: '会让页面加载别的文件（link）',
  meta: '会改变页面设置或让页面跳转（meta）',
  base: '会改变页面上所有链接的去向（base）',
};

/**
 * The Markdown features the build parses with (Astro's Sätteri defaults), so a body is read
 * here as it is there; without front matter, which the body no longer has.
 */
export const FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const;

/** The one component a body may use: a figure, by id, in the report's wording (src/components/FigureRef.astro). */
export const FIGURE_REF = 'FigureRef';
/** The one line of ESM a body may hold: the import of `FIGURE_REF`, from a file in src/content/<collection>/. */
export const FIGURE_REF_IMPORT = `import ${FIGURE_REF} from '../../components/${FIGURE_REF}.astro';`;

/** Whether an ESM block is exactly the import of `FIGURE_REF` (either quotes, blanks as they fall, `;` optional). */
const isFigureRefImport = (esm: string) =>
  `${esm.trim().replace(/\s+/g, ' ').replaceAll('"', "'").replace(/;$/, '')};` === FIGURE_REF_IMPORT;

/** A problem at a line of the body (1 = its first line). */
interface Found {
  line: number;
  message: string;
}

/** The parts of an mdast/MDX node this check reads. */
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  identifier?: string;
  name?: string | null;
  attributes?: JsxAttribute[];
}
type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** An attribute as written: a value, or `null` for one written bare (`<details open>`). */
interface Attribute {
  name: string;
  value: string | null;
}

/**
 * What is wrong in the body of an MD (`mdx` false) or MDX file, each named by the line in
 * the file (`firstLine` is the file line the body starts on, after the front matter).
 */
export function bodyProblems(body: string, mdx: boolean, firstLine: number): Omit<ContentProblem, 'file'>[] {
  const field = (line: number) => `(body) 第${line + firstLine - 1}行`;
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast : markdownToMdast)(body, { features: FEATURES }) as Node;
  } catch (e) {
    // Only MDX can fail to parse; its messages read "line:column: reason (rule)".
    const { line, reason } = parseError(e instanceof Error ? e.message : String(e));
    return [{ field: field(line), message: unparseable(reason.replace(/\((\d+):\d+\)/g, (_, l) => `(第${Number(l) + firstLine - 1}行)`)) }];
  }
  const definitions = new Map<string, string>();
  walk(tree, (node) => {
    // The first definition of a label is the one Markdown uses.
    if (node.type === 'definition' && node.identifier !== undefined && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url ?? '');
    }
  });
  const found: Found[] = [];
  let imported = false;
  const refs: number[] = [];
  walk(tree, (node) => {
    found.push(...nodeProblems(node, definitions));
    if (node.type === 'mdxjsEsm' && isFigureRefImport(node.value ?? '')) imported = true;
    if (isJsx(node) && node.name === FIGURE_REF) refs.push(node.position?.start.line ?? 1);
  });
  if (!imported) {
    for (const line of refs) found.push({ line, message: `用 <${FIGURE_REF}> 要先在正文第一行写：${FIGURE_REF_IMPORT}` });
  }
  return found.map(({ line, message }) => ({ field: field(line), message }));
}

/** Visits every node in document order, with a stack, not recursion: `>` repeated 50,000 times nests as deep. */
function walk(root: Node, visit: (node: Node) => void) {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

function parseError(message: string) {
  const m = /^(\d+):\d+: ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(message);
  return m ? { line: Number(m[1]), reason: m[2]! } : { line: 1, reason: message };
}

const unparseable = (reason: string) =>
  `MDX 无法解析（parse error: ${reason}）：常见原因是标签没有闭合（如 <div> 缺少 </div>）、花括号 { 没有配对（要写花括号本身请写 \\{），或用了 <!-- -->（MDX 的注释写作 {/* … */}）`;

/** The problems of one node (its children are visited on their own). */
function nodeProblems(node: Node, definitions: ReadonlyMap<string, string>): Found[] {
  const line = node.position?.start.line ?? 1;
  const at = (messages: string[]) => messages.map((message) => ({ line, message }));
  switch (node.type) {
    case 'mdxjsEsm':
      if (isFigureRefImport(node.value ?? '')) return [];
      return at(['import/export 语句（ESM）会在生成网站时运行程序，正文里不能用：若这是正文文字，请不要让一段以 import 或 export 开头']);
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return onlyComments(node.value ?? '')
        ? []
        : at(['花括号 {…} 里的内容会被当作程序运行（expression）：要写花括号本身请写 \\{ 和 \\}；注释请写 {/* … */}']);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return at(node.name === FIGURE_REF ? figureRefProblems(node) : jsxProblems(node.name ?? null, node.attributes ?? []));
    case 'html':
      return rawHtmlProblems(node.value ?? '').map((p) => ({ line: line + p.line - 1, message: p.message }));
    case 'image':
      return at(imageProblems(node.url ?? ''));
    case 'imageReference':
      return at(imageProblems(definitions.get(node.identifier ?? '') ?? ''));
    case 'link':
    case 'definition':
      return at(unsafeUrl(node.url ?? '') ? [scriptLink(node.url ?? '')] : []);
    default:
      return [];
  }
}

const isJsx = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** `<FigureRef id="…" />`: one attribute, `id`, a literal id, and nothing inside (it shows the report's wording). */
function figureRefProblems(node: Node): string[] {
  const example = `<${FIGURE_REF} id="数字的 id" />`;
  const problems: string[] = [];
  const [first, ...rest] = node.attributes ?? [];
  const literal = first?.type === 'mdxJsxAttribute' && first.name === 'id' && typeof first.value === 'string';
  if (!literal || rest.length > 0 || !slug.safeParse(first.value).success) {
    problems.push(`<${FIGURE_REF}> 只写一个属性 id，值是一个数字的 id（小写字母、数字和连字符），例如 ${example}`);
  }
  if ((node.children ?? []).length > 0) {
    problems.push(`<${FIGURE_REF}> 里面不写文字：写成 ${example}，页面显示的是报道原文的写法`);
  }
  return problems;
}

/** An MDX expression that holds nothing but block comments (`{/* … *\/}`), which renders nothing. */
const onlyComments = (source: string) => /^(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/)*$/.test(source);

/** An address as it would be shown in a message: whole if short. */
const shown = (url: string) => `“${url.length > 60 ? `${url.slice(0, 60)}…` : url}”`;

const scriptLink = (url: string) => `链接地址 ${shown(url)} 会运行程序或内嵌数据（javascript:、vbscript:、data:）：请改为网页地址`;

/**
 * Whether an address is a file of this site: a path, with no scheme (`https:`, `data:` …)
 * and not starting with two slashes (`//host/…`, another site; browsers read `\` as `/`).
 * Read as a browser would: blanks and control characters at the ends and tabs and line
 * breaks anywhere are dropped first.
 */
function isSitePath(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
  const squeezed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return !/^[/\\]{2}/.test(squeezed) && !/^[a-z][a-z0-9+.-]*:/i.test(squeezed);
}

const remoteImage = (url: string) =>
  `图片地址 ${shown(url)} 指向其他网站或不是网页文件：图片只能用本站的文件，请写站内路径，如 ./photo.jpg 或 /images/photo.jpg`;

function imageProblems(url: string): string[] {
  return isSitePath(url) ? [] : [remoteImage(url)];
}

/** The addresses in a `srcset` ("a.jpg 1x, b.jpg 2x"); splitting at every comma can only find more of them. */
const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** An MDX tag: a component is refused outright, an HTML element by `elementProblems`. */
function jsxProblems(name: string | null, attributes: readonly JsxAttribute[]): string[] {
  // As JSX reads a tag: one that does not start with a lower-case letter, or names a member, is a variable.
  if (name === null || !/^[a-z]/.test(name) || name.includes('.')) {
    return [`不能使用组件 <${name ?? ''}>（component）：本站正文只写 Markdown 和简单的 HTML 标签，不调用程序部件`];
  }
  const problems: string[] = [];
  const plain: Attribute[] = [];
  for (const a of attributes) {
    if (a.type === 'mdxJsxExpressionAttribute') {
      problems.push(`<${name}> 的 {${a.value}} 是展开属性（spread attribute），会运行程序：请删去，属性请写成 名称="值"`);
    } else if (a.value !== null && typeof a.value === 'object') {
      problems.push(`<${name}> 的 ${a.name}={…} 是程序表达式（expression）：请写成 ${a.name}="…"`);
    } else {
      plain.push({ name: a.name.toLowerCase(), value: a.value ?? null });
    }
  }
  return [...elementProblems(name.toLowerCase(), plain), ...problems];
}

/** An HTML element and its attributes (names lower-cased, values as the page will hold them) against the allow-list. */
function elementProblems(name: string, attributes: readonly Attribute[]): string[] {
  const allowed = ELEMENTS.get(name);
  if (!allowed) {
    const why = REFUSED[name] ?? '不在允许的元素之列';
    return [`不能使用 HTML 元素 <${name}>：${why}。正文只能用 Markdown 和简单的文字标签，如 <b>、<sup>、<br>`];
  }
  return attributes.flatMap((a) => attributeProblems(name, [...allowed, ...GLOBAL_ATTRIBUTES], a));
}

function attributeProblems(element: string, allowed: readonly string[], { name, value }: Attribute): string[] {
  if (!allowed.includes(name)) {
    if (name.startsWith('on')) return [`<${element}> 的 ${name} 是事件属性（event handler），会运行程序：请删去`];
    if (name === 'style') return [`<${element}> 的 style 属性会改变页面样式，可能让内容消失：请删去，样式由网站统一设定`];
    return [`<${element}> 不能带 ${name} 属性：这里只允许 ${allowed.join('、')}`];
  }
  if (value === null) return [];
  if (name === 'srcset') return srcsetUrls(value).flatMap(imageProblems);
  if (name === 'src') return imageProblems(value);
  if (name === 'href' && unsafeUrl(value)) return [scriptLink(value)];
  return [];
}

/**
 * Character references other than `&amp;` (`&#x61;`, `&colon;`, `&Tab;`): a browser decodes
 * them inside an attribute, so they can disguise an address, and an editor never needs them
 * there. (Those without `;` decode only to characters that cannot make a scheme, such as `©`.)
 */
const CHARACTER_REFERENCE = /&(?:#|(?!amp;)[a-z][a-z0-9]*;)/i;

/** HTML written into a Markdown file, passed to the page as it is; lines count from the node's first. */
function rawHtmlProblems(html: string): Found[] {
  // Counts line breaks as it goes: the offsets asked for only grow (tags in order, then `unfinished`).
  let line = 1;
  let counted = 0;
  const lineOf = (offset: number) => {
    for (; counted < offset; counted++) if (html[counted] === '\n') line++;
    return line;
  };
  const { tags, unfinished } = scanHtml(html);
  const disguised = (a: Attribute) => a.value !== null && URL_ATTRIBUTES.includes(a.name) && CHARACTER_REFERENCE.test(a.value);
  const found = tags.flatMap((tag) => {
    const attributes = tag.attributes.filter((a) => !disguised(a)).map((a) => ({ ...a, value: a.value?.replace(/&amp;/gi, '&') ?? null }));
    const problems = [
      ...elementProblems(tag.name, attributes),
      ...tag.attributes
        .filter(disguised)
        .map((a) => `<${tag.name}> 的 ${a.name} 含字符引用（如 &#x61;、&colon;），会掩盖真实地址：请直接写出地址，& 只写作 &amp;`),
    ];
    return problems.map((message) => ({ line: lineOf(tag.offset), message }));
  });
  if (unfinished !== undefined) {
    found.push({ line: lineOf(unfinished), message: 'HTML 标签或注释没有写完（缺少 > 或 -->），会吞掉后面的内容：请补全或删去' });
  }
  return found;
}

interface RawTag {
  name: string;
  attributes: Attribute[];
  offset: number;
}

const BLANK = /[\t\n\f\r ]/;
const LETTER = /[a-zA-Z]/;

/**
 * The start tags in a piece of raw HTML, read as a browser's tokenizer reads them (WHATWG
 * HTML, "Tokenization"): names lower-cased, `/` between attributes taken as a blank, quoted
 * and unquoted values, comments (closed by `-->`, `--!>`, or at once by `<!-->`) and
 * declarations (`<!…>`, `<?…>`, `</…>` not naming a tag) skipped. `unfinished` is where a tag,
 * comment or declaration starts that the piece never closes. The text inside `<script>`,
 * `<textarea>` and the like is read as HTML too: those elements are refused anyway.
 */
function scanHtml(html: string): { tags: RawTag[]; unfinished?: number } {
  const tags: RawTag[] = [];
  for (let i = html.indexOf('<'); i !== -1; ) {
    const next = readMarkup(html, i, tags);
    if (next === undefined) return { tags, unfinished: i };
    i = html.indexOf('<', next);
  }
  return { tags };
}

/** Reads what starts at the `<` at `i`, adding a start tag to `tags`; returns where it ends (undefined: never). */
function readMarkup(html: string, i: number, tags: RawTag[]): number | undefined {
  const after = html[i + 1];
  if (after === undefined) return undefined;
  if (html.startsWith('<!--', i)) return commentEnd(html, i + 4);
  if (after === '!' || after === '?' || (after === '/' && !LETTER.test(html[i + 2] ?? ''))) {
    const end = html.indexOf('>', i + 2);
    return end === -1 ? undefined : end + 1;
  }
  if (after === '/') {
    // A closing tag: skipped to its end, attributes and all.
    return readTag(html, i + 2)?.end;
  }
  if (!LETTER.test(after)) return i + 1;
  const tag = readTag(html, i + 1);
  if (tag) tags.push({ name: tag.name, attributes: tag.attributes, offset: i });
  return tag?.end;
}

/** Where a comment whose text starts at `from` ends: at once (`<!-->`, `<!--->`) or after the first `-->` or `--!>`. */
function commentEnd(html: string, from: number): number | undefined {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const close = /--!?>/g;
  close.lastIndex = from;
  const m = close.exec(html);
  return m ? m.index + m[0].length : undefined;
}

/** A tag's name and attributes from `j`, just after `<` or `</`; undefined when it never ends. */
function readTag(html: string, from: number): { name: string; attributes: Attribute[]; end: number } | undefined {
  let j = from;
  const endOf = (stop: (c: string) => boolean) => {
    while (j < html.length && !stop(html[j]!)) j++;
  };
  endOf((c) => BLANK.test(c) || c === '/' || c === '>');
  const name = html.slice(from, j).toLowerCase();
  const attributes: Attribute[] = [];
  for (;;) {
    endOf((c) => !BLANK.test(c) && c !== '/');
    if (j >= html.length) return undefined;
    if (html[j] === '>') return { name, attributes, end: j + 1 };
    const start = j++; // the first character of a name may be `=`
    endOf((c) => BLANK.test(c) || c === '/' || c === '>' || c === '=');
    const attribute: Attribute = { name: html.slice(start, j).toLowerCase(), value: null };
    endOf((c) => !BLANK.test(c));
    if (html[j] === '=') {
      j++;
      endOf((c) => !BLANK.test(c));
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close === -1) return undefined;
        attribute.value = html.slice(j + 1, close);
        j = close + 1;
      } else {
        const start = j;
        endOf((c) => BLANK.test(c) || c === '>');
        attribute.value = html.slice(start, j);
      }
    }
    attributes.push(attribute);
  }
}
