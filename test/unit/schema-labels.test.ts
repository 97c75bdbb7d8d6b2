/**
 * The editing desk (Decap CMS) takes its labels from the schemas: each field's Chinese title
 * and one-line hint are the Zod metadata on the property (`.meta({ title, description })`),
 * and an enum's `options` name each of its values. So every property of every object a
 * collection schema reaches carries its own metadata, on its outermost schema (after
 * `.optional()`, `.default()`, `.refine()`), and an enum's options name its values exactly.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, type RefFactory } from '../../src/schemas/shared.ts';

/** References as plain ids, as the content check builds them (src/lib/content/check.ts). */
const ref = ((_collection: CollectionName) => z.string()) as unknown as RefFactory;
const schemas = collectionSchemas(ref);

type Schema = z.core.$ZodType;

/** The longest title and hint a desk's form has room for. */
const TITLE_CHARS = [2, 8] as const;
const MAX_HINT_CHARS = 60;

/** The schemas a wrapper, array, union, intersection, pipe or lazy schema holds; none for others. */
function inside(schema: Schema): Schema[] {
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodNonOptional ||
    schema instanceof z.ZodReadonly ||
    schema instanceof z.ZodCatch
  ) {
    return [schema.def.innerType];
  }
  if (schema instanceof z.ZodPipe) return [schema.def.in, schema.def.out];
  if (schema instanceof z.ZodArray) return [schema.def.element];
  if (schema instanceof z.ZodUnion) return [...schema.def.options];
  if (schema instanceof z.ZodIntersection) return [schema.def.left, schema.def.right];
  if (schema instanceof z.ZodLazy) return [schema.def.getter()];
  return [];
}

/** The enum a property holds, through its wrappers and arrays (`z.array(z.enum(…)).default([])`). */
function enumOf(schema: Schema): z.ZodEnum | undefined {
  if (schema instanceof z.ZodEnum) return schema;
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodIntersection || schema instanceof z.ZodLazy) return undefined;
  for (const s of inside(schema)) {
    const found = enumOf(s);
    if (found) return found;
  }
  return undefined;
}

const chars = (s: string) => [...s].length;

/** What is wrong with one property's metadata, if anything. */
function propertyProblems(schema: Schema): string[] {
  const meta = z.globalRegistry.get(schema) as { title?: unknown; description?: unknown; options?: unknown } | undefined;
  const problems: string[] = [];
  if (!meta?.title && !meta?.description) {
    problems.push('没有 .meta({ title, description })（须放在最外层，即 .optional()/.default()/.refine() 之后）');
  } else {
    if (!z.globalRegistry.has(schema)) problems.push('说明是从共用的 schema 继承来的：这个字段要有自己的 .meta()');
    const { title, description } = meta;
    if (typeof title !== 'string' || chars(title) < TITLE_CHARS[0] || chars(title) > TITLE_CHARS[1] || !/\p{Script=Han}/u.test(title)) {
      problems.push(`title 应为 ${TITLE_CHARS.join('–')} 字的中文标签，这里是 ${JSON.stringify(title)}`);
    }
    if (typeof description !== 'string' || !/\p{Script=Han}/u.test(description) || /\n/.test(description)) {
      problems.push(`description 应为一行中文说明，这里是 ${JSON.stringify(description)}`);
    } else if (chars(description) > MAX_HINT_CHARS) {
      problems.push(`description 超过 ${MAX_HINT_CHARS} 字（${chars(description)} 字）`);
    }
  }
  const values = enumOf(schema)?.options.map(String);
  if (values) {
    const options = meta?.options;
    if (typeof options !== 'object' || options === null) {
      problems.push(`枚举没有 options：须为 ${values.join('、')} 各写一个中文名称`);
    } else {
      const named = Object.keys(options);
      const missing = values.filter((v) => !named.includes(v));
      const extra = named.filter((k) => !values.includes(k));
      const blank = Object.entries(options).filter(([, name]) => typeof name !== 'string' || name.trim() === '');
      if (missing.length > 0) problems.push(`options 缺少 ${missing.join('、')}`);
      if (extra.length > 0) problems.push(`options 多出 ${extra.join('、')}（不是枚举的值）`);
      if (blank.length > 0) problems.push(`options 中 ${blank.map(([k]) => k).join('、')} 没有名称`);
    }
  } else if (meta?.options !== undefined) {
    problems.push('不是枚举，却写了 options');
  }
  return problems;
}

/** A union's option as a path names it: by its discriminator's value where it has one, else by position. */
function optionName(union: z.ZodUnion, option: Schema, index: number): string {
  const key = (union.def as { discriminator?: string }).discriminator;
  const value = key && option instanceof z.ZodObject ? option.shape[key] : undefined;
  return value instanceof z.ZodLiteral ? `(${key}: ${String(value.value)})` : `(#${index + 1})`;
}

/** Every object property the schema reaches, with what is wrong with it; `count` counts all of them. */
function audit(root: Schema): { count: number; problems: string[] } {
  const problems: string[] = [];
  let count = 0;
  const walk = (schema: Schema, path: string, stack: ReadonlySet<Schema>) => {
    if (stack.has(schema)) return;
    const within = new Set(stack).add(schema);
    if (schema instanceof z.ZodObject) {
      for (const [key, property] of Object.entries(schema.shape as Record<string, Schema>)) {
        const at = path ? `${path}.${key}` : key;
        count++;
        for (const problem of propertyProblems(property)) problems.push(`${at}：${problem}`);
        walk(property, at, within);
      }
      return;
    }
    if (schema instanceof z.ZodUnion) {
      schema.def.options.forEach((option, i) => {
        walk(option, `${path}${optionName(schema, option, i)}`, within);
      });
      return;
    }
    const suffix = schema instanceof z.ZodArray ? '[]' : '';
    for (const s of inside(schema)) walk(s, path + suffix, within);
  };
  walk(root, '', new Set());
  return { count, problems };
}

describe('the editing desk’s labels', () => {
  const audits = COLLECTION_NAMES.map((c) => [c, audit(schemas[c])] as const);

  it.each(audits)('name and explain every field of %s', (collection, { count, problems }) => {
    expect(count, `${collection}: no fields found`).toBeGreaterThan(0);
    expect(problems.map((p) => `${collection} › ${p}`)).toEqual([]);
  });

  it('reach the nested objects: dates’ parts, periods, derivations, chart parts', () => {
    const total = audits.reduce((n, [, a]) => n + a.count, 0);
    // 13 collections; the reach into nested objects is what makes the total this large.
    expect(total).toBeGreaterThan(200);
    const paths = (root: Schema) => {
      const seen: string[] = [];
      const walk = (s: Schema, at: string) => {
        if (s instanceof z.ZodObject) for (const [k, v] of Object.entries(s.shape as Record<string, Schema>)) walk(v, `${at}.${k}`);
        else for (const i of inside(s)) walk(i, at);
        seen.push(at);
      };
      walk(root, '');
      return seen;
    };
    expect(paths(schemas.figures)).toEqual(expect.arrayContaining(['.period.to.day', '.derivation.op', '.discrepancy.with']));
    expect(paths(schemas.charts)).toEqual(expect.arrayContaining(['.series.remainder.of', '.rows.achieved', '.wholes.parts.label']));
  });

  it('fail for a property without metadata, metadata inside .optional(), or an enum value left unnamed', () => {
    const bare = z.object({
      name: z.string().meta({ title: '名称', description: '写名称' }),
      missing: z.string(),
      inside: z.string().meta({ title: '内层', description: '放错了地方' }).optional(),
      nested: z
        .array(z.object({ deep: z.number() }))
        .meta({ title: '嵌套', description: '数组中的对象' })
        .optional()
        .meta({ title: '嵌套', description: '数组中的对象' }),
      kind: z.enum(['a', 'b']).meta({ title: '类型', description: '选一个', options: { a: '甲' } }),
      inherited: z.string().meta({ title: '继承', description: '来自共用的 schema' }).min(1),
    });
    const { count, problems } = audit(z.union([bare, z.object({ only: z.boolean() })]));
    expect(count).toBe(8);
    expect(problems.map((p) => p.split('：')[0])).toEqual([
      '(#1).missing',
      '(#1).inside',
      '(#1).nested[].deep',
      '(#1).kind',
      '(#1).inherited',
      '(#2).only',
    ]);
    expect(problems.find((p) => p.startsWith('(#1).kind'))).toContain('缺少 b');
  });

  it('give every collection a name and a hint for the desk’s sidebar', () => {
    for (const c of COLLECTION_NAMES) {
      const { label, hint } = COLLECTIONS[c];
      expect(label, c).toMatch(/^\p{Script=Han}{2,8}$/u);
      expect(hint, c).toMatch(/\p{Script=Han}/u);
      expect(chars(hint), c).toBeLessThanOrEqual(MAX_HINT_CHARS);
    }
    expect(new Set(COLLECTION_NAMES.map((c) => COLLECTIONS[c].label)).size).toBe(COLLECTION_NAMES.length);
  });
});
