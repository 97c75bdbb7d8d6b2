/**
 * Numbers in stories are the figures. Where a story gives a number that the site holds as a
 * figure it must cite, it writes `<FigureRef id="…" />` (src/components/FigureRef.astro): the
 * reader sees the number as the report words it and can follow it to the figure's page, and
 * a corrected figure corrects the story. A craftsman profile cites the figures about its
 * person (陆忠明's 30多年 at the machines, 戴华恺's 40万元 offer); a district text cites the
 * figures about its district (a figure whose `district` is the text's id); a news item cites
 * the figures taken from the reports it is told from (a figure whose `source` is one of the
 * item's `sources`) about its district or in its `datasets`, so its training results,
 * targets and counts are the data's, not retyped. An ordinal (第六个) and an adjective made
 * with a measure word (一次性) are not counts.
 * This check refuses such a number written out instead, in digits or in Chinese numerals
 * (三十多年, 两个月), and a FigureRef, in any body, that names no figure. A plain Markdown
 * (.md) body cannot import the component, so there the message asks for the file to be
 * renamed to .mdx first. A number counts as the figure when its value is the figure's (or
 * the top of its range) and the figure's unit follows it, past a 多 or 余 (people counted in
 * 人, 名 or 位 alike). Value and unit are all it reads, so the figure it names is only the
 * first that fits: the writer cites the one the number really is (two targets of 10000名 are
 * two figures), and a number of the report that is another fact than any figure (a count of
 * firms met, not of studios) becomes a figure of its own before it is cited.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { ContentProblem, RawEntry } from './files.ts';
import { FEATURES, FIGURE_REF } from './markup.ts';
import { type CheckedFigure, PEOPLE, sameUnit } from './sense.ts';

/** The parts of an mdast/MDX node read here. */
interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a number in Chinese numerals: "四十" 40, "十五" 15, "一千零五" 1005, "两" 2, "三万" 30000. */
export function chineseNumeral(numeral: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of numeral) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else if (ch in POWERS) {
      section += (digit || 1) * POWERS[ch]!;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit || 1) * 10_000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** A number as a story writes it: its text, a value it may be read as, and what follows (past 多/余). */
export interface Written {
  text: string;
  value: number;
  after: string;
}

/** Digits, or Chinese numerals that do not start with 万 (a lone 万 after 600余 belongs to 万元). */
const NUMBER = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千万]*)([多余]?)/g;

/**
 * Every number in a text, each with the values it may be read as: "2.6万人次" as 26000 before
 * "人次" (and as 2.6 before "万人次"), "四十万元" as 400000 before "元" and as 40 before "万元".
 */
export function numbersIn(text: string): Written[] {
  const found: Written[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, numeral = '', more = ''] = m;
    // An ordinal (第六个, 第46届) names a place in a series, not a count.
    if (text[m.index - 1] === '第') continue;
    const after = text.slice(m.index + whole.length);
    if (/^\d/.test(numeral)) {
      found.push({ text: whole, value: Number(numeral), after });
      if (!more && after.startsWith('万')) found.push({ text: `${whole}万`, value: Number(numeral) * 10_000, after: after.slice(1) });
    } else {
      found.push({ text: whole, value: chineseNumeral(numeral), after });
      if (!more && numeral.length > 1 && numeral.endsWith('万')) {
        found.push({ text: whole.slice(0, -1), value: chineseNumeral(numeral.slice(0, -1)), after: `万${after}` });
      }
    }
  }
  return found;
}

/** Whether what follows a number starts with a figure's unit (or, for people, any measure word for them). */
const unitFollows = (after: string, unit: string) =>
  // Not a count when the measure word makes an adjective: 一次性 (one-off) is no number of times.
  [unit, ...PEOPLE.filter((u) => sameUnit(u, unit))].some((u) => after.startsWith(u) && after[u.length] !== '性');

/** The text nodes of a body, each with its line in the body, and the FigureRef ids it names. */
function read(body: string, mdx: boolean): { texts: { value: string; line: number }[]; refs: { id: string; line: number }[] } | undefined {
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast : markdownToMdast)(body, { features: FEATURES }) as Node;
  } catch {
    return undefined; // markup.ts reports a body that does not parse
  }
  const texts: { value: string; line: number }[] = [];
  const refs: { id: string; line: number }[] = [];
  const stack = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'text' && typeof node.value === 'string') texts.push({ value: node.value, line });
    const id = node.attributes?.find((a) => a.name === 'id')?.value;
    if (node.name === FIGURE_REF && typeof id === 'string') refs.push({ id, line });
    // Children in reverse, so the body is read from top to bottom.
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  return { texts, refs };
}

/**
 * The figures a story must cite rather than retype: a profile's, those about its person; a
 * district text's, those about its district; a news item's, those from the reports it names
 * in `sources` that are about its district or in its `datasets`; any other entry's, none.
 */
function citedBy(e: RawEntry, figures: ReadonlyMap<string, CheckedFigure>): CheckedFigure[] {
  const all = [...figures.values()];
  if (e.collection === 'craftsmen') return all.filter((f) => f.craftsman === e.id);
  if (e.collection === 'districts') return all.filter((f) => f.district === e.id);
  if (e.collection === 'news') {
    // From the reports it is told from, and about its district or in the datasets it names: a
    // report that covers several districts does not make one district's six areas another's.
    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    const [sources, datasets] = [list(e.data.sources), list(e.data.datasets)];
    return all.filter((f) => sources.includes(f.source) && (f.district === e.data.district || datasets.includes(f.dataset)));
  }
  return [];
}

/** A story's bare numbers that are figures it must cite, and FigureRefs that name no figure. */
export function figureRefProblems(entries: readonly RawEntry[], figures: ReadonlyMap<string, CheckedFigure>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    if (!e.body) continue;
    const body = read(e.body.text, e.body.mdx);
    if (!body) continue;
    const field = (line: number) => `(body) 第${line + e.body!.line - 1}行`;
    for (const { id, line } of body.refs) {
      if (!figures.has(id)) problems.push({ file: e.file, field: field(line), message: `<${FIGURE_REF} id="${id}" /> 引用了不存在的数字` });
    }
    const own = citedBy(e, figures);
    if (own.length === 0) continue;
    // A .md body cannot import the component: the file has to become .mdx first.
    const mdxFirst = e.body.mdx ? '' : `（.md 文件不能引入组件：请先把文件改名为 .mdx，在正文开头 import ${FIGURE_REF}）`;
    for (const { value, line } of body.texts) {
      for (const w of numbersIn(value)) {
        const f = own.find((f) => (w.value === f.value || w.value === f.valueTo) && unitFollows(w.after, f.unit));
        if (!f) continue;
        problems.push({
          file: e.file,
          field: field(line),
          message: `“${w.text}${f.unit}”是数字 ${f.id}（报道原文“${f.wording}”）：请写 <${FIGURE_REF} id="${f.id}" />${mdxFirst}，让读者看到报道的写法并能点到出处`,
        });
      }
    }
  }
  return problems;
}
