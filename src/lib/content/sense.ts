/**
 * What the content check asks of figures taken together, beyond their schema: that a
 * derivation combines figures that can be combined, that a part is no larger than its
 * whole, that figures in a discrepancy name each other, and that nothing is dated after the
 * day of the build. Each function returns problems naming the file and field, in words an
 * editor reads; `check.ts` runs them after the schemas.
 */
import { type FigureRecord, type Kind, kindName } from '../../schemas/figures.ts';
import { DATE_PARTS } from '../../schemas/shared.ts';
import type { ContentProblem, RawEntry } from './files.ts';

/** The fields of a figure these rules read, typed by `figureFields`, with the file it sits in. */
export type CheckedFigure = Pick<
  FigureRecord,
  'id' | 'kind' | 'unit' | 'value' | 'valueTo' | 'derivation' | 'partOf' | 'wording' | 'craftsman' | 'source' | 'district' | 'dataset'
> & { file: string };
type Figures = ReadonlyMap<string, CheckedFigure>;

/** Measure words for people: "人" and "名" count the same heads ("88人 … 其中40多名"). */
export const PEOPLE = ['人', '名', '位'];

/** Two units count the same thing: equal, or both count people. */
export const sameUnit = (a: string, b: string) => a === b || (PEOPLE.includes(a) && PEOPLE.includes(b));

/** A target is what was planned; only another target adds to it, divides it or contains it. */
const mixesTarget = (a: Kind, b: Kind) => (a === 'target') !== (b === 'target');

/** Where a figure's field is named in a problem. */
const at = (f: CheckedFigure, field: string) => ({ file: f.file, field: `figures › ${f.id} › ${field}` });

/**
 * A derivation's figures must be combinable: each named once; a sum's or a difference's
 * parts in the unit of their result, never a rate, and targets only with targets; a ratio's
 * result a rate or a share of two figures in one unit, a rate being an achievement over its
 * target and a share a part over a whole of the same standing (both targets or neither).
 * Figures in a derivation loop (`skip`) are reported elsewhere.
 */
export function derivationProblems(figures: Figures, skip: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const f of figures.values()) {
    if (!f.derivation || skip.has(f.id)) continue;
    const { op, of } = f.derivation;
    const say = (i: number, message: string) => problems.push({ ...at(f, `derivation.of[${i}]`), message });
    of.forEach((id, i) => {
      if (of.indexOf(id) < i) say(i, `“${id}” 已在 derivation.of[${of.indexOf(id)}] 中：同一个数字不能算两次`);
    });
    const parts = of.map((id) => figures.get(id));
    if (op === 'ratio') {
      ratioProblems(f, parts, say, (message) => problems.push({ ...at(f, 'kind'), message }));
      continue;
    }
    const result = op === 'sum' ? '合计' : '差';
    parts.forEach((p, i) => {
      if (!p) return;
      if (!sameUnit(p.unit, f.unit)) {
        say(i, `“${p.id}” 以“${p.unit}”计，${result}以“${f.unit}”计：只有同一单位的数字才能相加减`);
      } else if (p.kind === 'rate') {
        say(i, `“${p.id}” 是完成率（rate）：完成率不能相加减`);
      } else if (mixesTarget(p.kind, f.kind)) {
        say(i, `“${p.id}” 是${kindName(p.kind)}，${result}是${kindName(f.kind)}：目标只能与目标相加减，不能算作实绩`);
      }
    });
  }
  return problems;
}

/** The ratio rules of `derivationProblems`, for one figure and its numerator and denominator. */
function ratioProblems(
  f: CheckedFigure,
  [top, bottom]: (CheckedFigure | undefined)[],
  say: (i: number, message: string) => void,
  sayKind: (message: string) => void,
) {
  if (f.kind !== 'rate' && f.kind !== 'share') {
    sayKind(`由 ratio 算出的是百分比：kind 应为 rate（完成率）或 share（占比），这里是${kindName(f.kind)}`);
    return;
  }
  if (!top || !bottom) return;
  if (!sameUnit(top.unit, bottom.unit)) {
    say(1, `分子 “${top.id}” 以“${top.unit}”计，分母 “${bottom.id}” 以“${bottom.unit}”计：比率只能在同一单位的数字之间计算`);
  } else if (f.kind === 'rate') {
    if (top.kind !== 'achievement') say(0, `完成率的分子应为实绩（achievement），“${top.id}” 是${kindName(top.kind)}`);
    if (bottom.kind !== 'target') {
      say(1, `完成率的分母应为目标（target），“${bottom.id}” 是${kindName(bottom.kind)}：部分占整体的比例请用 share（占比）`);
    }
  } else if (mixesTarget(top.kind, bottom.kind)) {
    say(
      0,
      `占比的部分 “${top.id}” 是${kindName(top.kind)}，整体 “${bottom.id}” 是${kindName(bottom.kind)}：实绩占目标的比例是完成率（rate），不是占比`,
    );
  }
}

/**
 * Every part the data declares no larger than its whole: a sum's parts than the total, what a
 * difference takes away than what it takes it from, a share's part than its whole, and a
 * figure than the whole it is `partOf` (which must also share its unit and standing). A
 * ratio must have something to divide by.
 */
export function partWholeProblems(figures: Figures, skip: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const f of figures.values()) {
    if (f.partOf !== undefined) problems.push(...partOfProblems(f, figures.get(f.partOf)));
    if (!f.derivation || skip.has(f.id)) continue;
    const { op, of } = f.derivation;
    const value = (i: number) => figures.get(of[i]!)?.value;
    const say = (i: number, message: string) => problems.push({ ...at(f, `derivation.of[${i}]`), message });
    if (op === 'sum') {
      of.forEach((part, i) => {
        const v = value(i);
        if (v !== undefined && v > f.value) say(i, `部分 “${part}”（${v}）大于合计 ${f.value}：请核对`);
      });
    } else if (op === 'difference') {
      const [first, ...rest] = of.map((_, i) => value(i));
      const taken = rest.reduce<number | undefined>((a, b) => (a === undefined || b === undefined ? undefined : a + b), 0);
      if (first !== undefined && taken !== undefined && taken > first) {
        say(0, `减去的部分合计 ${taken} 大于 “${of[0]}”（${first}），差为负：请核对`);
      }
    } else if (value(1) === 0) {
      say(1, `分母 “${of[1]}” 的数值为 0：比率无从计算`);
    } else if (f.kind === 'share' && (value(0) ?? 0) > (value(1) ?? Number.POSITIVE_INFINITY)) {
      say(0, `部分 “${of[0]}”（${value(0)}）大于整体 “${of[1]}”（${value(1)}）：占比不能超过 100%`);
    }
  }
  return problems;
}

/** The `partOf` rules of `partWholeProblems`; a whole that is missing or invalid is reported elsewhere. */
function partOfProblems(part: CheckedFigure, whole: CheckedFigure | undefined): ContentProblem[] {
  if (!whole || whole.id === part.id) return [];
  const where = at(part, 'partOf');
  if (!sameUnit(part.unit, whole.unit)) {
    return [{ ...where, message: `本数字以“${part.unit}”计，整体 “${whole.id}” 以“${whole.unit}”计：部分和整体须用同一单位` }];
  }
  if (mixesTarget(part.kind, whole.kind)) {
    return [
      { ...where, message: `本数字是${kindName(part.kind)}，整体 “${whole.id}” 是${kindName(whole.kind)}：目标与实绩不能互为部分和整体` },
    ];
  }
  const [v, w] = [part.valueTo ?? part.value, whole.valueTo ?? whole.value];
  return v > w ? [{ ...where, message: `本数字（${v}${part.unit}）大于整体 “${whole.id}”（${w}${whole.unit}）：部分不能超过整体` }] : [];
}

/**
 * Figures in a discrepancy name each other: a disagreement has two sides, and each figure's
 * page shows the other. A pointer to a missing figure or to itself is reported elsewhere.
 */
export function discrepancyProblems(figures: ReadonlyMap<string, RawEntry>): ContentProblem[] {
  const withOf = (e: RawEntry | undefined) => (e?.data as { discrepancy?: { with?: unknown } } | undefined)?.discrepancy?.with;
  return [...figures.values()].flatMap((e) => {
    const other = withOf(e);
    if (typeof other !== 'string' || other === e.id || !figures.has(other) || withOf(figures.get(other)) === e.id) return [];
    return [
      {
        file: e.file,
        field: `figures › ${e.id} › discrepancy.with`,
        message: `“${other}” 没有指回本数字：矛盾的两个数字须互相指向（在 “${other}” 的 discrepancy.with 写 “${e.id}”）`,
      },
    ];
  });
}

/** The fields of a report date (src/schemas/shared.ts). */
const DATE_KEYS: readonly string[] = [...DATE_PARTS, 'inferred', 'note'];

/** A date's known parts as read from raw content; any part may be missing. */
interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
}

/** The known parts of a date in the Chinese order: "2031年", "2031年11月", "2031年11月20日". */
const dateText = ({ year, month, day }: { year: number; month?: number | undefined; day?: number | undefined }) =>
  `${year}年${month === undefined ? '' : `${month}月${day === undefined ? '' : `${day}日`}`}`;

/**
 * True when a date's known parts put it after `today`. Only known parts are compared, from
 * the year down, so a date in this year with no month is not after today, and a date
 * without a year (a month and day the report gives alone) is never after anything.
 */
function after(d: DateParts, today: Date): d is { year: number; month?: number; day?: number } {
  if (typeof d.year !== 'number') return false;
  const parts = [d.year, d.month, typeof d.month === 'number' ? d.day : undefined];
  const now = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  for (const [i, part] of parts.entries()) {
    if (typeof part !== 'number' || part !== now[i]) return typeof part === 'number' && part > now[i]!;
  }
  return false;
}

/**
 * Every date in the content no later than `today`, the day of the build: a figure's `asOf`
 * and `period`, a report's, a news item's, an event's or a craftsman's `date`, an honour's
 * `year`; any object with a numeric `year` is a date, so a date field added later is held to
 * it too. The one exception is the period of a target, which may run into years to come (a
 * plan "到2035年"); the date the target stands at may not.
 */
export function futureDateProblems(entries: readonly RawEntry[], today: Date): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const built = dateText({ year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() });
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const visit = (e: RawEntry, value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(e, v, `${path}[${i}]`);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (after(value, today)) {
      // A date object is named by its field ("asOf"); a year inside something else by the year ("honours[0].year").
      const field = Object.keys(value).every((k) => DATE_KEYS.includes(k)) ? path : join(path, 'year');
      problems.push({
        file: e.file,
        field: e.collection === 'figures' ? `figures › ${e.id} › ${field}` : field,
        message: `日期 ${dateText(value)} 晚于构建当天（${built}）：不能写将来的日期，请核对年份`,
      });
      return;
    }
    for (const [key, v] of Object.entries(value)) {
      if (e.collection === 'figures' && path === '' && key === 'period' && e.data.kind === 'target') continue;
      visit(e, v, join(path, key));
    }
  };
  for (const e of entries) visit(e, e.data, '');
  return problems;
}
