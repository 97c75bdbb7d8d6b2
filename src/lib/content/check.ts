/**
 * The content check: reads every content and data file, validates it against the same
 * schemas Astro uses, and checks what a schema alone cannot (ids unique across files,
 * references that resolve, figures that point at figures). Runs before every build
 * (see `src/integrations/content-check.ts`) and in the tests against bad fixtures, so a
 * bad file stops the build with a message that names the file, the field and the problem.
 */
import { z } from 'astro/zod';
import { craftsmanSchema } from '../../schemas/craftsmen.ts';
import { datasetSchema } from '../../schemas/datasets.ts';
import { districtSchema } from '../../schemas/districts.ts';
import { eventSchema } from '../../schemas/events.ts';
import { figureSchema } from '../../schemas/figures.ts';
import { listingSchema } from '../../schemas/listings.ts';
import { newsSchema } from '../../schemas/news.ts';
import { organizationSchema } from '../../schemas/organizations.ts';
import { personSchema } from '../../schemas/people.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type RefFactory, slug } from '../../schemas/shared.ts';
import { sourceSchema } from '../../schemas/sources.ts';
import { studioSchema } from '../../schemas/studios.ts';
import { compute, roundingTolerance } from './derive.ts';
import { ContentError, type ContentProblem, type RawEntry, readAll } from './files.ts';

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(entry)';

/**
 * Loops in the figures' derivations, each as the ids round it with the first repeated at
 * the end (a figure derived from itself gives [a, a]). A depth-first walk finds at least
 * one loop in every tangle, which is enough to stop the build and name the figures.
 */
function derivationCycles(figures: ReadonlyMap<string, RawEntry>): string[][] {
  const of = (id: string) => {
    const list = (figures.get(id)?.data as { derivation?: { of?: unknown } } | undefined)?.derivation?.of;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && figures.has(p)) : [];
  };
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    path.push(id);
    for (const next of new Set(of(id))) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(id, 'done');
  };
  for (const id of figures.keys()) if (!state.has(id)) visit(id);
  return cycles;
}

/** Validates all content under `root`; returns the problems found (empty when all is well). */
export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const entries = readAll(root, problems);

  const ids = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Map<string, RawEntry>()])) as Record<
    CollectionName,
    Map<string, RawEntry>
  >;
  for (const e of entries) {
    const seen = ids[e.collection].get(e.id);
    if (seen) {
      problems.push({ file: e.file, field: 'id', message: `id “${e.id}” 重复：${seen.file} 中已有同名条目` });
    } else {
      ids[e.collection].set(e.id, e);
    }
  }

  const ref = ((collection: CollectionName) =>
    z.string().superRefine((id, ctx) => {
      if (!ids[collection].has(id)) {
        ctx.addIssue({ code: 'custom', message: `引用了不存在的 ${collection} 条目 “${id}”` });
      }
    })) as unknown as RefFactory;
  const figure = figureSchema(ref);
  const schemas: Record<CollectionName, z.ZodType> = {
    sources: sourceSchema,
    districts: districtSchema(ref),
    craftsmen: craftsmanSchema(ref),
    organizations: organizationSchema(ref),
    studios: studioSchema(ref),
    news: newsSchema(ref),
    events: eventSchema(ref),
    datasets: datasetSchema(ref),
    figures: figure,
    listings: listingSchema(ref),
    people: personSchema(ref),
  };
  /** Values and derivations of the figures that passed their schema, for the recomputation below. */
  const valid = new Map<
    string,
    { value: number; kind: string; derivation?: { op: 'ratio' | 'sum' | 'difference'; of: string[] } | undefined }
  >();

  for (const e of entries) {
    const where = e.collection === 'figures' ? `figures › ${e.id} › ` : '';
    const named = COLLECTIONS[e.collection].stored === 'markdown' ? slug.safeParse(e.id) : undefined;
    if (named && !named.success) {
      const digitsOnly = /^[0-9-]+$/.test(e.id);
      problems.push({
        file: e.file,
        field: '(file name)',
        message: digitsOnly
          ? '文件名至少要有一个字母：纯数字的名字会和列表的分页网址（如 /craftsmen/2/）冲突'
          : '文件名须为小写 ASCII 加连字符，例如 zhang-jianping.mdx',
      });
    }
    if (e.collection === 'figures') {
      const parsed = figure.safeParse(e.data);
      if (parsed.success) valid.set(e.id, parsed.data);
    }
    const result = schemas[e.collection].safeParse(e.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: e.file, field: where + fieldPath(issue.path), message: issue.message });
      }
    }
  }

  // Figures that point at other figures: derivations and discrepancies.
  for (const e of ids.figures.values()) {
    const d = e.data as { derivation?: { of?: unknown }; discrepancy?: { with?: unknown } };
    const pointers = [
      ...(Array.isArray(d.derivation?.of) ? d.derivation.of.map((id, i) => [`derivation.of[${i}]`, id] as const) : []),
      ...(d.discrepancy?.with !== undefined ? [['discrepancy.with', d.discrepancy.with] as const] : []),
    ];
    for (const [field, id] of pointers) {
      if (typeof id === 'string' && !ids.figures.has(id)) {
        problems.push({ file: e.file, field: `figures › ${e.id} › ${field}`, message: `引用了不存在的数字 “${id}”` });
      }
    }
  }

  // A figure derived from itself, directly or round a loop, can never be recomputed.
  const inCycle = new Set<string>();
  for (const cycle of derivationCycles(ids.figures)) {
    for (const [k, id] of cycle.slice(0, -1).entries()) {
      inCycle.add(id);
      const of = (ids.figures.get(id)!.data as { derivation: { of: string[] } }).derivation.of;
      problems.push({
        file: ids.figures.get(id)!.file,
        field: `figures › ${id} › derivation.of[${of.indexOf(cycle[k + 1]!)}]`,
        message:
          cycle.length === 2 ? '由自己推算：derivation.of 不能含这个数字本身' : `推算成环（${cycle.join(' → ')}）：请改正 derivation.of`,
      });
    }
  }
  for (const e of ids.figures.values()) {
    if ((e.data as { discrepancy?: { with?: unknown } }).discrepancy?.with === e.id) {
      problems.push({ file: e.file, field: `figures › ${e.id} › discrepancy.with`, message: '指向自己：应指向与之矛盾的另一个数字' });
    }
  }

  // Parts that cannot belong to their whole, and ratios with nothing to divide by.
  for (const [id, f] of valid) {
    if (!f.derivation || inCycle.has(id)) continue;
    const { op, of } = f.derivation;
    const file = ids.figures.get(id)!.file;
    const value = (i: number) => valid.get(of[i]!)?.value;
    const at = (i: number) => `figures › ${id} › derivation.of[${i}]`;
    if (op === 'sum') {
      of.forEach((part, i) => {
        const v = value(i);
        if (v !== undefined && v > f.value)
          problems.push({ file, field: at(i), message: `部分 “${part}”（${v}）大于合计 ${f.value}：请核对` });
      });
    } else if (op === 'difference') {
      const [first, ...rest] = of.map((_, i) => value(i));
      const taken = rest.reduce<number | undefined>((a, b) => (a === undefined || b === undefined ? undefined : a + b), 0);
      if (first !== undefined && taken !== undefined && taken > first) {
        problems.push({ file, field: at(0), message: `减去的部分合计 ${taken} 大于 “${of[0]}”（${first}），差为负：请核对` });
      }
    } else if (value(1) === 0) {
      problems.push({ file, field: at(1), message: `分母 “${of[1]}” 的数值为 0：比率无从计算` });
    } else if (f.kind === 'share' && (value(0) ?? 0) > (value(1) ?? Number.POSITIVE_INFINITY)) {
      problems.push({ file, field: at(0), message: `部分 “${of[0]}”（${value(0)}）大于整体 “${of[1]}”（${value(1)}）：占比不能超过 100%` });
    }
  }

  // A district's key figures are its own.
  for (const e of ids.districts.values()) {
    const keyFigures = Array.isArray(e.data.keyFigures) ? e.data.keyFigures : [];
    keyFigures.forEach((id, i) => {
      const owner = ids.figures.get(String(id))?.data.district;
      if (ids.figures.has(String(id)) && owner !== e.id) {
        problems.push({
          file: e.file,
          field: `keyFigures[${i}]`,
          message: `数字 “${id}” 属于${owner ? `地区 “${owner}”` : '机构而非地区'}，不是本区的：只能列本区的数字`,
        });
      }
    });
  }

  // A derived value the report states must recompute from its parts within the report's rounding.
  for (const [id, f] of valid) {
    if (!f.derivation || inCycle.has(id)) continue;
    const parts = f.derivation.of.map((part) => valid.get(part)?.value);
    if (parts.some((v) => v === undefined)) continue;
    if (f.derivation.op === 'ratio' && parts[1] === 0) continue;
    const computed = compute(
      f.derivation.op,
      parts.filter((v) => v !== undefined),
    );
    const tolerance = roundingTolerance(f.value);
    if (!(Math.abs(computed - f.value) <= tolerance + 1e-9)) {
      problems.push({
        file: ids.figures.get(id)!.file,
        field: `figures › ${id} › value`,
        message: `报道所写的 ${f.value} 与由 ${f.derivation.of.join('、')} 重算的 ${Math.round(computed * 1000) / 1000} 不符（容差 ±${tolerance}）`,
      });
    }
  }
  return problems;
}

/** Throws a `ContentError` listing every problem, or returns quietly. */
export function assertContent(root: string): void {
  const problems = checkContent(root);
  if (problems.length > 0) throw new ContentError(problems);
}
