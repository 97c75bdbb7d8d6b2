/**
 * What the content check asks of chart declarations (data/charts.json) beyond their schema:
 * every figure a chart draws or names exists; a series keeps one unit; targets are drawn as
 * targets and results as results; nothing the site computes is larger than its whole; text
 * uses only the placeholders its kind fills, types no number and speaks of no relative time.
 */
import { z } from 'astro/zod';
import { PLACEHOLDERS } from '../../charts/index.ts';
import { placeholders } from '../../charts/text.ts';
import { type ChartDeclaration, chartSchema } from '../../schemas/charts.ts';
import type { RefFactory } from '../../schemas/shared.ts';
import type { ContentProblem, RawEntry } from './files.ts';
import { type CheckedFigure, sameUnit } from './sense.ts';

/** The schema with references as plain ids; whether they exist is checked below. */
const declaration = chartSchema(((_: string) => z.string()) as unknown as RefFactory);

/** Relative time: true only on the day it was written. A quotation of the report (“近3年”) may keep it. */
const RELATIVE_TIME =
  /今年|去年|明年|前年|本年度?|当年|近\s*[0-9一二两三四五六七八九十几]+\s*年|近年|今后|目前|近日|日前|本月|上月|下月|近期|最近/;

/** Text outside quotations (“…”, 「…」) and placeholders: what the site itself says. */
const ownWords = (s: string) => s.replace(/“[^”]*”|「[^」]*」/g, '').replace(/\{[^{}]*\}/g, '');

/**
 * What is wrong with one text the site writes over figures (a chart's title or note, a
 * district's takeaway): a placeholder it may not use here (`allowed`: name → number of
 * arguments) or with the wrong arguments, a figure that does not exist, a number typed
 * instead of filled, or relative time. `where` names the kind of text in the messages.
 */
export function claimProblems(
  text: string,
  allowed: Readonly<Record<string, number>>,
  fig: (id: string) => CheckedFigure | undefined,
  where: string,
): string[] {
  const out: string[] = [];
  for (const p of placeholders(text)) {
    const takes = allowed[p.name];
    if (takes === undefined) {
      out.push(
        `占位符 {${[p.name, ...p.args].join(':')}} 不能用在这里：${where}可用 ${
          Object.keys(allowed)
            .map((k) => `{${k}}`)
            .join('、') || '（无）'
        }`,
      );
    } else if (p.args.length !== takes) {
      out.push(`占位符 {${p.name}} 要 ${takes} 个参数，这里有 ${p.args.length} 个`);
    } else {
      for (const arg of p.args) if (/[a-z]/.test(arg) && !fig(arg)) out.push(`占位符 {${p.name}} 引用了不存在的数字 “${arg}”`);
    }
  }
  const own = ownWords(text);
  const typed = own.replace(/100\s*[%％]/g, '').match(/[0-9０-９]+(?:[.,][0-9]+)*\s*[%％]?/);
  if (typed) {
    out.push(`手写了数字“${typed[0]}”：数字要用占位符由数字算出（如 {value:<数字 id>}、{wording:<数字 id>}），引用报道原文请加引号“…”`);
  }
  const relative = RELATIVE_TIME.exec(own);
  if (relative) out.push(`说了相对时间“${relative[0]}”：读者看到时它已不对；请写明日期（如 {standsAt:<数字 id>}），或加引号说明是报道原话`);
  return out;
}

/** The text fields of a declaration, with their field paths. */
function texts(d: ChartDeclaration): [string, string][] {
  const out: [string, string][] = [
    ['title', d.title],
    ['subtitle', d.subtitle],
    ...d.notes.map((n, i): [string, string] => [`notes[${i}]`, n]),
  ];
  if (d.kind === 'parts-of-whole') {
    for (const [i, w] of d.wholes.entries()) out.push([`wholes[${i}].label`, w.label]);
  }
  return out;
}

/** Every figure a declaration draws, with its field path and the role it is drawn in. */
function drawn(d: ChartDeclaration): { field: string; id: string; role: 'result' | 'target' | 'rate' | 'whole' | 'any' }[] {
  switch (d.kind) {
    case 'counts':
      return d.series.flatMap((s, i) => [
        ...s.bars.map((b, j) => ({ field: `series[${i}].bars[${j}].figure`, id: b.figure, role: 'result' as const })),
        ...(s.shareOf ? [{ field: `series[${i}].shareOf`, id: s.shareOf, role: 'whole' as const }] : []),
        ...(s.remainder ? [{ field: `series[${i}].remainder.of`, id: s.remainder.of, role: 'whole' as const }] : []),
      ]);
    case 'target-vs-result':
      return d.rows.flatMap((r, i) => [
        { field: `rows[${i}].achieved`, id: r.achieved, role: 'result' as const },
        { field: `rows[${i}].target`, id: r.target, role: 'target' as const },
        ...(r.rate ? [{ field: `rows[${i}].rate`, id: r.rate, role: 'rate' as const }] : []),
      ]);
    case 'parts-of-whole':
      return d.wholes.flatMap((w, i) => [
        ...(w.whole ? [{ field: `wholes[${i}].whole`, id: w.whole, role: 'whole' as const }] : []),
        ...w.parts.map((p, j) => ({ field: `wholes[${i}].parts[${j}].figure`, id: p.figure, role: 'result' as const })),
      ]);
    case 'plan-targets':
      return d.targets.map((t, i) => ({ field: `targets[${i}].figure`, id: t.figure, role: 'target' as const }));
    case 'timeline':
      return [];
  }
}

/** Series that must keep one unit: their field path and figure ids. */
function series(d: ChartDeclaration): { field: string; ids: string[] }[] {
  switch (d.kind) {
    case 'counts':
      return d.series.map((s, i) => ({
        field: `series[${i}]`,
        ids: [...s.bars.map((b) => b.figure), ...(s.shareOf ? [s.shareOf] : []), ...(s.remainder ? [s.remainder.of] : [])],
      }));
    case 'target-vs-result':
      return d.rows.map((r, i) => ({ field: `rows[${i}]`, ids: [r.achieved, r.target] }));
    case 'parts-of-whole':
      return d.wholes.map((w, i) => ({ field: `wholes[${i}]`, ids: [...(w.whole ? [w.whole] : []), ...w.parts.map((p) => p.figure)] }));
    default:
      // A plan's targets are each their own series: one lollipop per target, on a scale of magnitudes.
      return [];
  }
}

/** Parts the site adds up or subtracts, and the whole they must not exceed. */
function partsAndWholes(d: ChartDeclaration): { field: string; whole: string; parts: string[] }[] {
  if (d.kind === 'counts') {
    return d.series.flatMap((s, i) => [
      ...(s.remainder
        ? [
            {
              field: `series[${i}].remainder`,
              whole: s.remainder.of,
              parts: s.bars.map((b) => b.figure).filter((id) => id !== s.remainder!.of),
            },
          ]
        : []),
      ...(s.shareOf
        ? s.bars.filter((b) => b.figure !== s.shareOf).map((b) => ({ field: `series[${i}].shareOf`, whole: s.shareOf!, parts: [b.figure] }))
        : []),
    ]);
  }
  if (d.kind === 'parts-of-whole') {
    return d.wholes.flatMap((w, i) =>
      w.whole ? [{ field: `wholes[${i}].parts`, whole: w.whole, parts: w.parts.map((p) => p.figure) }] : [],
    );
  }
  return [];
}

const RESULT_KINDS = new Set(['achievement', 'stock', 'count']);

/** Problems of the chart declarations, given the figures whose fields have the right types. */
export function chartProblems(entries: readonly RawEntry[], figures: ReadonlyMap<string, CheckedFigure>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    if (e.collection !== 'charts') continue;
    const parsed = declaration.safeParse(e.data);
    if (!parsed.success) continue; // the schema's own problems are reported with every collection's
    const d = parsed.data as ChartDeclaration;
    const at = (field: string, message: string) => problems.push({ file: e.file, field: `${d.id} › ${field}`, message });
    const fig = (id: string) => figures.get(id);

    for (const { field, id, role } of drawn(d)) {
      const f = fig(id);
      if (!f) {
        at(field, `引用了不存在的数字 “${id}”`);
        continue;
      }
      if (role === 'result' && f.kind === 'target') {
        at(field, `“${id}”是目标（kind: target），不能当作完成数来画：目标请用 plan-targets，或放在 target-vs-result 的 target 里`);
      }
      if (role === 'result' && d.kind === 'target-vs-result' && !RESULT_KINDS.has(f.kind)) {
        at(field, `“${id}”的 kind 是 ${f.kind}，不是完成数：achieved 只能是 achievement、stock 或 count`);
      }
      if (role === 'target' && f.kind !== 'target') at(field, `“${id}”的 kind 是 ${f.kind}，不是目标：这里只能画 kind 为 target 的数字`);
      if (role === 'rate' && f.kind !== 'rate') at(field, `“${id}”的 kind 是 ${f.kind}，不是完成率：rate 只能是 kind 为 rate 的数字`);
    }

    for (const s of series(d)) {
      const known = s.ids.map(fig).filter((f) => f !== undefined);
      const first = known[0];
      const other = known.find((f) => !sameUnit(f.unit, first!.unit));
      if (first && other) {
        at(s.field, `一个系列混用了单位：“${first.id}”是“${first.unit}”，“${other.id}”是“${other.unit}”；不同单位的数字请放进不同的系列`);
      }
    }

    for (const p of partsAndWholes(d)) {
      const whole = fig(p.whole);
      const parts = p.parts.map(fig);
      if (!whole || parts.some((f) => f === undefined)) continue;
      const sum = parts.reduce((a, f) => a + f!.value, 0);
      if (whole.value <= 0) at(p.field, `整体“${p.whole}”为 ${whole.value}：无法算占比`);
      else if (sum > whole.value) {
        at(
          p.field,
          `组成部分（${p.parts.join(' + ')} = ${sum}）大于整体“${p.whole}”（${whole.value}）：本站算出的余数或占比会是负数或超过 100%`,
        );
      }
    }

    if (d.kind === 'target-vs-result' && /超额|全部完成|均已完成/.test(ownWords(d.title))) {
      d.rows.forEach((r, i) => {
        const a = fig(r.achieved);
        const t = fig(r.target);
        if (a && t && !(a.value > t.value))
          at(`rows[${i}]`, `标题说目标已超额完成，但“${r.achieved}”（${a.value}）没有超过目标“${r.target}”（${t.value}）：请改标题`);
      });
    }

    const allowed = PLACEHOLDERS[d.kind];
    for (const [field, text] of texts(d)) {
      const takes = field.startsWith('wholes[') ? { total: 0 } : allowed;
      for (const message of claimProblems(text, takes, fig, `${d.kind} 图表`)) at(field, message);
    }
  }
  return problems;
}
