/**
 * How the editing desk reads and writes the site's files, in the browser (src/desk/client.ts
 * registers these with Decap) and in the tests. Three kinds, as COLLECTIONS keeps them:
 *
 * - a JSON array file (sources, people …): Decap edits one object, so the array is offered as
 *   its one list field `entries` and written back as the bare array;
 * - a dataset file: one JSON object, its figures inside;
 * - MD/MDX: YAML front matter and a body.
 *
 * What the desk writes is what the repository's formatter would write (`npm run lint`), so a
 * desk commit passes the same checks as a developer's: JSON with two-space indents, every
 * object open, a list of plain values on one line when it fits in 140 columns. A field the
 * editor emptied is left out rather than written as "" or null, which the schemas would
 * refuse ("不能为空") for a field that may simply be absent.
 */
import { dump, load } from 'js-yaml';

/** The kinds of format; each collection has its own, named `<kind>-<collection>` (see ./config.ts). */
export const FORMATS = { list: 'atlas-json-list', dataset: 'atlas-json', markdown: 'atlas-frontmatter' } as const;

/**
 * The order a file's keys are written in, as the schema lists its fields: Decap keeps an
 * entry's fields in a map that forgets their order, and a desk commit that shuffled every key
 * of a file would hide its one real change from the reviewer. Keys the order does not know
 * follow, in the order they came.
 */
export interface KeyOrder {
  keys?: readonly string[];
  /** Fields that are either true or absent (a switch turned off is written as nothing, never `false`). */
  trueOnly?: readonly string[];
  fields?: Readonly<Record<string, KeyOrder>>;
  items?: KeyOrder;
  kinds?: { key: string; orders: Readonly<Record<string, KeyOrder>> };
}

/** `value` with every object's keys in `order`. */
export function ordered(value: unknown, order: KeyOrder = {}): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order.items));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const kind = order.kinds ? order.kinds.orders[String(record[order.kinds.key])] : undefined;
  const o = kind ?? order;
  const keys = [...(o.keys ?? []).filter((k) => k in record), ...Object.keys(record).filter((k) => !o.keys?.includes(k))].filter(
    (k) => !(o.trueOnly?.includes(k) && record[k] === false),
  );
  return Object.fromEntries(keys.map((k) => [k, ordered(record[k], o.fields?.[k])]));
}

/** The list field a JSON-array file is edited through. */
export const ENTRIES = 'entries';

/** The formatter's line width (biome.jsonc). */
const WIDTH = 140;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Drops what an editor emptied: "" and null values, and objects left with nothing once those
 * are gone (a date whose every part was cleared). An object written empty stays: `{}` may
 * mean something (an organisation that certifies, with nothing more to say).
 */
export function pruneEmpty(value: unknown): Json | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.map(pruneEmpty).filter((v): v is Json => v !== undefined);
  if (typeof value === 'object') {
    const all = Object.entries(value as Record<string, unknown>);
    const kept = all.map(([k, v]) => [k, pruneEmpty(v)] as const).filter(([, v]) => v !== undefined);
    return kept.length === 0 && all.length > 0 ? undefined : (Object.fromEntries(kept) as Json);
  }
  return value as Json;
}

/** Columns a string takes: Chinese and other wide characters count two, as the formatter counts them. */
const columns = (s: string) =>
  [...s].reduce(
    (n, c) =>
      n +
      (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(c) ||
      c.codePointAt(0)! > 0xffff
        ? 2
        : 1),
    0,
  );

/** `value` as the repository's formatter writes JSON, at `indent` spaces, after `prefix` on its first line. */
function write(value: Json, indent: number, prefix: number, last: boolean): string {
  const pad = ' '.repeat(indent + 2);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (prefix + columns(flat) + (last ? 0 : 1) <= WIDTH) return flat;
    }
    return `[\n${value.map((v, i) => pad + write(v, indent + 2, indent + 2, i === value.length - 1)).join(',\n')}\n${' '.repeat(indent)}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries
      .map(([k, v], i) => {
        const key = `${JSON.stringify(k)}: `;
        return pad + key + write(v, indent + 2, indent + 2 + columns(key), i === entries.length - 1);
      })
      .join(',\n')}\n${' '.repeat(indent)}}`;
  }
  return JSON.stringify(value);
}

/** A JSON file's text, as the formatter would leave it. */
export const formatJson = (value: unknown) => `${write((pruneEmpty(value) ?? null) as Json, 0, 0, true)}\n`;

/** How Decap reads a file into an entry and writes it back. */
export interface Format {
  fromFile: (text: string) => Record<string, unknown>;
  toFile: (data: Record<string, unknown>) => string;
}

/** A JSON array file, as one object with the array in `entries`, and back; `order` is an entry's. */
export const jsonList = (order: KeyOrder): Format => ({
  fromFile: (text) => ({ [ENTRIES]: JSON.parse(text) as unknown }),
  toFile: (data) => {
    // Never write an empty file for an entry that was not read whole: that would delete every entry.
    if (!Array.isArray(data[ENTRIES])) throw new Error('这个文件没有读全，不能保存：请重新打开编辑台');
    return formatJson(ordered(data[ENTRIES], { items: order }));
  },
});

/** A dataset file. */
export const jsonObject = (order: KeyOrder): Format => ({
  fromFile: (text) => JSON.parse(text) as Record<string, unknown>,
  toFile: (data) => formatJson(ordered(data, order)),
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * MD/MDX: the front matter's fields and the body (Decap's `body`). The body is kept as it is;
 * the front matter is written in one style, which the content files are kept in
 * (test/unit/desk-formats.test.ts), so that a desk edit changes only the lines it edits.
 */
export const frontMatter = (order: KeyOrder): Format => ({
  fromFile: (text) => {
    const match = FRONT_MATTER.exec(text);
    if (!match) return { body: text };
    return { ...(load(match[1]!) as Record<string, unknown>), body: text.slice(match[0].length) };
  },
  toFile: (data) => {
    const { body, ...fields } = data;
    const front = ordered(pruneEmpty(fields) ?? {}, order) as Record<string, unknown>;
    // Each field on its line; a list of entries (a craftsman's honours) as a block, one entry
    // after another; any other list or object (a date, a list of ids) on the field's line.
    const yaml = Object.entries(front)
      .map(([key, value]) => {
        const block = Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object');
        return dump({ [key]: value }, { flowLevel: block ? -1 : 1, lineWidth: -1, noRefs: true, quotingType: '"' });
      })
      .join('');
    return `---\n${yaml}---\n${typeof body === 'string' ? body : ''}`;
  },
});
