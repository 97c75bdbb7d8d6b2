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
import { COLLECTIONS, type CollectionName, type RefFactory, slug } from '../../schemas/shared.ts';
import { sourceSchema } from '../../schemas/sources.ts';
import { studioSchema } from '../../schemas/studios.ts';
import { compute, roundingTolerance } from './derive.ts';
import { ContentError, type ContentProblem, type RawEntry, readAll } from './files.ts';

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '') || '(entry)';

/** Validates all content under `root`; returns the problems found (empty when all is well). */
export function checkContent(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const entries = readAll(root, problems);

  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, RawEntry>()])) as Record<CollectionName, Map<string, RawEntry>>;
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
  const valid = new Map<string, { value: number; derivation?: { op: 'ratio' | 'sum' | 'difference'; of: string[] } | undefined }>();

  for (const e of entries) {
    const where = e.collection === 'figures' ? `figures › ${e.id} › ` : '';
    if (['districts', 'craftsmen', 'news'].includes(e.collection) && !slug.safeParse(e.id).success) {
      problems.push({ file: e.file, field: '(file name)', message: '文件名须为小写 ASCII 加连字符，例如 zhang-jianping.mdx' });
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

  // A derived value the report states must recompute from its parts within the report's rounding.
  for (const [id, f] of valid) {
    if (!f.derivation) continue;
    const parts = f.derivation.of.map((part) => valid.get(part)?.value);
    if (parts.some((v) => v === undefined)) continue;
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
