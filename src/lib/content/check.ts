/**
 * The content check: reads every content and data file, validates it against the same
 * schemas Astro uses, and checks what a schema alone cannot (ids unique across files,
 * references that resolve, figures that point at figures, figures that make sense together
 * and dates no later than the build: see `sense.ts`). Runs before every build
 * (see `src/integrations/content-check.ts`) and in the tests against bad fixtures, so a
 * bad file stops the build with a message that names the file, the field and the problem.
 */
import { z } from 'astro/zod';
import { figureFields } from '../../schemas/figures.ts';
import { collectionSchemas } from '../../schemas/index.ts';
import { COLLECTION_NAMES, type CollectionName, type RefFactory } from '../../schemas/shared.ts';
import { chartProblems } from './chart-check.ts';
import { compute, roundingTolerance } from './derive.ts';
import { entryProblems } from './entry-check.ts';
import { figureRefProblems } from './figure-refs.ts';
import { ContentError, type ContentProblem, type RawEntry, readAll } from './files.ts';
import { type CheckedFigure, derivationProblems, discrepancyProblems, futureDateProblems, partWholeProblems } from './sense.ts';
import { takeawayProblems } from './takeaway-check.ts';

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

/** How a check runs: `today` is the day of the build, after which no date may fall (tests fix it). */
export interface CheckOptions {
  today?: Date;
}

/** Validates all content under `root`; returns the problems found (empty when all is well). */
export function checkContent(root: string, { today = new Date() }: CheckOptions = {}): ContentProblem[] {
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
  const fields = figureFields(ref);
  const schemas = collectionSchemas(ref);
  /** The figures whose fields have the right types, for the checks across figures below. */
  const valid = new Map<string, CheckedFigure>();

  for (const e of entries) {
    if (e.collection === 'figures') {
      const parsed = fields.safeParse(e.data);
      // References are plain ids in this check (see `ref` above), not Astro's reference objects.
      if (parsed.success) valid.set(e.id, { ...(parsed.data as unknown as CheckedFigure), file: e.file });
    }
    problems.push(...entryProblems(e, schemas));
  }

  // Figures that point at other figures: derivations, discrepancies and wholes.
  for (const e of ids.figures.values()) {
    const d = e.data as { derivation?: { of?: unknown }; discrepancy?: { with?: unknown }; partOf?: unknown };
    const pointers = [
      ...(Array.isArray(d.derivation?.of) ? d.derivation.of.map((id, i) => [`derivation.of[${i}]`, id] as const) : []),
      ...(d.discrepancy?.with !== undefined ? [['discrepancy.with', d.discrepancy.with] as const] : []),
      ...(d.partOf !== undefined ? [['partOf', d.partOf] as const] : []),
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
    const d = e.data as { discrepancy?: { with?: unknown }; partOf?: unknown };
    if (d.discrepancy?.with === e.id) {
      problems.push({ file: e.file, field: `figures › ${e.id} › discrepancy.with`, message: '指向自己：应指向与之矛盾的另一个数字' });
    }
    if (d.partOf === e.id) {
      problems.push({ file: e.file, field: `figures › ${e.id} › partOf`, message: '指向自己：应指向包含这个数字的整体' });
    }
  }
  problems.push(...discrepancyProblems(ids.figures));

  // Derivations of figures that cannot be combined, and parts larger than their whole.
  problems.push(...derivationProblems(valid, inCycle), ...partWholeProblems(valid, inCycle));

  // A district's key figures are its own, each listed once.
  for (const e of ids.districts.values()) {
    const keyFigures = Array.isArray(e.data.keyFigures) ? e.data.keyFigures : [];
    keyFigures.forEach((id, i) => {
      const first = keyFigures.indexOf(id);
      if (first < i) {
        problems.push({
          file: e.file,
          field: `keyFigures[${i}]`,
          message: `数字 “${id}” 重复：keyFigures[${first}] 已列出，每个数字只列一次`,
        });
      }
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

  // Numbers in stories are the figures: see figure-refs.ts.
  problems.push(...figureRefProblems(entries, valid));

  // Charts declared over figures: see chart-check.ts.
  problems.push(...chartProblems(entries, valid));

  // A district's takeaways rest on its figures: see takeaway-check.ts.
  problems.push(...takeawayProblems(entries, valid));

  // Nothing is dated after the build: a report, a figure or an event from the future is a typo.
  problems.push(...futureDateProblems(entries, today));
  return problems;
}

/** Throws a `ContentError` listing every problem, or returns quietly. */
export function assertContent(root: string, options: CheckOptions = {}): void {
  const problems = checkContent(root, options);
  if (problems.length > 0) throw new ContentError(problems);
}
