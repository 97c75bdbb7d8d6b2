/**
 * The editing desk's configuration (Decap CMS, served at /admin/), generated from the
 * collection schemas: every field with its Chinese title and hint (the schemas' `.meta()`),
 * its kind of input, whether it may be left empty, and, for a reference, a pick-list of the
 * entries it may name. Nothing here is kept by hand: a field added to a schema appears in the
 * desk, and a kind of field the desk cannot offer stops the build (`DeskConfigError`).
 *
 * Where the files are and how each is written (a JSON array, a dataset file, MD/MDX with
 * front matter) comes from COLLECTIONS; the formats themselves are in ./formats.ts.
 */
import { z } from 'astro/zod';
import { collectionSchemas } from '../schemas/index.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName, NAMES_ENTRY_OF, type RefFactory } from '../schemas/shared.ts';
import { ENTRIES, FORMATS, type Format, frontMatter, jsonList, jsonObject, type KeyOrder } from './formats.ts';

/** One Decap field, collection or file, as its configuration says it. */
export type DeskNode = Record<string, unknown>;

export class DeskConfigError extends Error {
  constructor(where: string, problem: string) {
    super(`编辑台配置：${where}：${problem}`);
    this.name = 'DeskConfigError';
  }
}

/** The key under which a field that names another entry says which collection (its schema's, or the desk's reference factory's). */
const REFERENCE = NAMES_ENTRY_OF;
const deskRef = ((collection: CollectionName) => z.string().meta({ [REFERENCE]: collection })) as unknown as RefFactory;

/** The schemas as the desk reads them: references marked, not checked; made once. */
let made: ReturnType<typeof collectionSchemas> | undefined;
export const deskSchemas = () => (made ??= collectionSchemas(deskRef));

/** What the schemas' `.meta()` says of a field, for the desk. */
interface Meta {
  title?: string;
  description?: string;
  /** A text of several sentences, entered in a box of several lines. */
  multiline?: boolean;
  options?: Record<string, string>;
  [REFERENCE]?: CollectionName;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
  discriminator?: string;
  defaultValue?: unknown;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * A schema with its wrappers taken off: whether it may be left empty (optional, or with a
 * default the loader fills) and the metadata of every layer, the outer winning.
 */
function unwrap(schema: z.ZodType): { core: z.ZodType; required: boolean; meta: Meta } {
  const metas: Meta[] = [];
  let required = true;
  let s = schema;
  for (;;) {
    const meta = z.globalRegistry.get(s) as Meta | undefined;
    if (meta) metas.push(meta);
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      required = false;
      s = def.innerType!;
    } else if (def.type === 'nullable' || def.type === 'readonly' || def.type === 'catch') s = def.innerType!;
    else if (def.type === 'pipe') s = def.in!;
    else break;
  }
  return { core: s, required, meta: Object.assign({}, ...metas.reverse()) };
}

/** The fields of an object schema (after any refinement or transform around it). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const { core } = unwrap(schema);
  return defOf(core).type === 'object' ? defOf(core).shape : undefined;
}

/** The field a list of entries is summarised by in the desk: its name, else its title. */
const DISPLAY = ['name', 'title', 'label', 'id'];
const displayField = (shape: Record<string, z.ZodType>) => DISPLAY.find((k) => k in shape);

/** Where the entries of a collection are, for a pick-list: the list path inside the file, if any. */
function relation(target: CollectionName, multiple: boolean): DeskNode {
  const schemas = deskSchemas();
  const stored = COLLECTIONS[target].stored;
  const shape = shapeOf(schemas[target]) ?? shapeOf(defOf(unwrap(schemas[target]).core).options![0]!)!;
  const shown = displayField(shape) ?? 'id';
  // Figures are listed inside their dataset files, the entries of a JSON-array file inside
  // its one list; an MD/MDX entry or a dataset is its own file, named by its id.
  const list = target === 'figures' ? 'figures.*.' : stored === 'json-array' ? `${ENTRIES}.*.` : '';
  const value = list ? `${list}id` : '{{slug}}';
  return {
    widget: 'relation',
    collection: target === 'figures' ? 'datasets' : target,
    ...(stored === 'json-array' ? { file: target } : {}),
    value_field: value,
    search_fields: [`${list}${shown}`, ...(list ? [value] : [])],
    // A figure's label alone repeats across districts: its wording and id tell them apart.
    display_fields: target === 'figures' ? [`${list}${shown}`, `${list}wording`, `${list}id`] : [`${list}${shown}`],
    multiple,
    options_length: 50,
  };
}

/** A select's options, each with its Chinese name from the schema. */
function options(values: readonly string[], meta: Meta, where: string) {
  return values.map((value) => {
    const label = meta.options?.[value];
    if (!label) throw new DeskConfigError(where, `选项 “${value}” 没有中文名（.meta 的 options）`);
    return { label, value };
  });
}

/** The desk field for one schema field, with its Chinese title and hint. */
function field(name: string, schema: z.ZodType, where: string): DeskNode {
  const { required, meta } = unwrap(schema);
  const at = `${where}.${name}`;
  if (!meta.title || !meta.description) throw new DeskConfigError(at, '字段缺中文标题或提示（.meta 的 title、description）');
  return { name, label: meta.title, hint: meta.description, required, ...input(schema, meta, at) };
}

/** How a value is entered: the widget and its settings, from the schema's kind of value. */
function input(schema: z.ZodType, meta: Meta, at: string): DeskNode {
  const { core, required } = unwrap(schema);
  const def = defOf(core);
  const inner = unwrap(core).meta;
  const ref = meta[REFERENCE] ?? inner[REFERENCE];
  switch (def.type) {
    case 'string':
      return ref ? relation(ref, false) : { widget: meta.multiline ? 'text' : 'string' };
    case 'number': {
      const json = z.toJSONSchema(core, { unrepresentable: 'any' }) as { type?: string; minimum?: number; maximum?: number };
      return {
        widget: 'number',
        value_type: json.type === 'integer' ? 'int' : 'float',
        ...(json.minimum !== undefined ? { min: json.minimum } : {}),
        ...(json.maximum !== undefined ? { max: json.maximum } : {}),
      };
    }
    case 'boolean':
      return { widget: 'boolean', ...(required ? { default: false } : {}) };
    case 'literal':
      if (def.values?.length === 1 && def.values[0] === true) return { widget: 'boolean' };
      break;
    case 'enum':
      return { widget: 'select', options: options(Object.values(def.entries!), meta, at) };
    case 'object':
      // Decap checks the fields of an object left out as if it were there: inside an optional
      // object every field is optional to the desk, and the content check holds a given one whole.
      return {
        widget: 'object',
        collapsed: !required,
        fields: fields(def.shape!, at).map((f) => (required ? f : { ...f, required: false })),
      };
    case 'array': {
      const element = unwrap(def.element!);
      const edef = defOf(element.core);
      const eref = element.meta[REFERENCE];
      if (eref) return { ...relation(eref, true) };
      if (edef.type === 'enum') {
        return { widget: 'select', multiple: true, options: options(Object.values(edef.entries!), meta, at) };
      }
      if (edef.type === 'object') {
        const shape = edef.shape!;
        const shown = displayField(shape);
        return {
          widget: 'list',
          collapsed: true,
          ...(shown ? { summary: `{{fields.${shown}}}` } : {}),
          fields: fields(shape, at),
        };
      }
      if (edef.type === 'string' || edef.type === 'number') {
        // Short lists of words or sentences: each shown open, not behind its own toggle.
        return {
          widget: 'list',
          collapsed: false,
          field: {
            name: 'item',
            label: meta.title,
            ...input(def.element!, { ...element.meta, multiline: meta.multiline === true }, `${at}[]`),
          },
        };
      }
      break;
    }
  }
  throw new DeskConfigError(at, `编辑台没有适合 ${def.type} 的输入方式`);
}

function fields(shape: Record<string, z.ZodType>, where: string, omit: readonly string[] = []): DeskNode[] {
  return Object.entries(shape)
    .filter(([name]) => !omit.includes(name))
    .map(([name, schema]) => field(name, schema, where));
}

/** An entry schema's fields, or for a union of kinds (charts, search words) one set of fields per kind. */
function entryFields(schema: z.ZodType, where: string, omit: readonly string[] = []): DeskNode {
  const { core } = unwrap(schema);
  const def = defOf(core);
  if (def.type === 'object') return { fields: fields(def.shape!, where, omit) };
  if (def.type === 'union' && def.discriminator) {
    const key = def.discriminator;
    return {
      typeKey: key,
      types: def.options!.map((option) => {
        const shape = shapeOf(option)!;
        const kind = defOf(unwrap(shape[key]!).core).values![0] as string;
        const meta = unwrap(shape[key]!).meta;
        return {
          name: kind,
          label: meta.options?.[kind] ?? meta.title ?? kind,
          widget: 'object',
          ...(displayField(shape) ? { summary: `{{fields.${displayField(shape)}}}` } : {}),
          fields: fields(shape, `${where}(${kind})`, [key, ...omit]),
        };
      }),
    };
  }
  throw new DeskConfigError(where, `编辑台没有适合 ${def.type} 的条目`);
}

/** The order a schema lists its fields in, all the way down (see KeyOrder). */
function keyOrder(schema: z.ZodType): KeyOrder {
  const { core } = unwrap(schema);
  const def = defOf(core);
  if (def.type === 'object') {
    const trueOnly = Object.entries(def.shape!).filter(([, v]) => {
      const d = defOf(unwrap(v).core);
      return d.type === 'literal' && d.values?.length === 1 && d.values[0] === true;
    });
    return {
      keys: Object.keys(def.shape!),
      ...(trueOnly.length > 0 ? { trueOnly: trueOnly.map(([k]) => k) } : {}),
      fields: Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, keyOrder(v)])),
    };
  }
  if (def.type === 'array') return { items: keyOrder(def.element!) };
  if (def.type === 'union' && def.discriminator) {
    const key = def.discriminator;
    // The kind of an entry is read first, after its id.
    const first = (o: KeyOrder): KeyOrder => {
      const rest = (o.keys ?? []).filter((k) => k !== key && k !== 'id');
      return { ...o, keys: [...(o.keys?.includes('id') ? ['id'] : []), key, ...rest] };
    };
    const orders = def.options!.map((o) => [defOf(unwrap(shapeOf(o)![key]!).core).values![0] as string, first(keyOrder(o))] as const);
    return { kinds: { key, orders: Object.fromEntries(orders) } };
  }
  return {};
}

/** Each collection's format: how the desk reads and writes its files, its keys in the schema's order. */
export function deskFormats(): { collection: CollectionName; name: string; extension: string; format: Format }[] {
  const schemas = deskSchemas();
  return COLLECTION_NAMES.filter((c) => c !== 'figures').map((c) => {
    const stored = COLLECTIONS[c].stored;
    const order = keyOrder(schemas[c]);
    if (stored === 'json-array') return { collection: c, name: formatOf(c), extension: 'json', format: jsonList(order) };
    if (stored === 'dataset') {
      const file = { keys: [...(order.keys ?? []), 'figures'], fields: { ...order.fields, figures: { items: keyOrder(schemas.figures) } } };
      return { collection: c, name: formatOf(c), extension: 'json', format: jsonObject(file) };
    }
    return { collection: c, name: formatOf(c), extension: 'mdx', format: frontMatter(order) };
  });
}

/** The name of a collection's format. */
const formatOf = (c: CollectionName) =>
  `${FORMATS[COLLECTIONS[c].stored === 'json-array' ? 'list' : COLLECTIONS[c].stored === 'dataset' ? 'dataset' : 'markdown']}-${c}`;

/**
 * A new entry's file name: the kind and the moment it was created, which stays unique and
 * is a valid id. Chinese titles do not make ASCII ids; a developer may rename the file later.
 */
const newSlug = (prefix: string) => `${prefix}-{{year}}{{month}}{{day}}-{{hour}}{{minute}}{{second}}`;

/** The desk's collection for one of the site's collections. */
function collection(name: CollectionName): DeskNode {
  const info = COLLECTIONS[name] as { stored: string; path: string; label?: string; hint?: string };
  const schema = deskSchemas()[name];
  const label = info.label ?? name;
  const common = { name, label, description: info.hint, editor: { preview: false } };
  if (info.stored === 'json-array') {
    const entry = entryFields(schema, name);
    const shape = shapeOf(schema);
    const shown = shape ? displayField(shape) : 'id';
    return {
      ...common,
      format: formatOf(name),
      files: [
        {
          name,
          label,
          file: info.path,
          fields: [
            {
              name: ENTRIES,
              label,
              hint: info.hint,
              widget: 'list',
              collapsed: true,
              ...(shown ? { summary: `{{fields.${shown}}}` } : {}),
              ...entry,
            },
          ],
        },
      ],
    };
  }
  if (info.stored === 'dataset') {
    const figures = deskSchemas().figures;
    const figureShape = shapeOf(figures)!;
    const figureMeta = COLLECTIONS.figures as { label?: string; hint?: string };
    // After its id, a figure's wording: its value, qualifier and rounding are read from it.
    const rank = (f: DeskNode) => (f.name === 'id' ? 0 : f.name === 'wording' ? 1 : 2);
    // A figure's dataset is the file it is listed in, not a field of it.
    const figureFields = fields(figureShape, 'figures', ['dataset']).sort((a, b) => rank(a) - rank(b));
    return {
      ...common,
      folder: info.path,
      extension: 'json',
      format: formatOf(name),
      create: true,
      slug: newSlug('dataset'),
      identifier_field: 'title',
      summary: '{{title}}',
      fields: [
        // The id is the file name, not a field of the file.
        ...fields(shapeOf(schema)!, name, ['id']),
        {
          name: 'figures',
          label: figureMeta.label ?? 'figures',
          hint: figureMeta.hint,
          widget: 'list',
          collapsed: true,
          summary: '{{fields.label}}（{{fields.wording}}）',
          fields: figureFields,
        },
      ],
    };
  }
  const shape = shapeOf(schema)!;
  return {
    ...common,
    folder: info.path,
    extension: 'mdx',
    format: formatOf(name),
    create: true,
    slug: newSlug(name),
    identifier_field: displayField(shape) ?? 'title',
    summary: `{{${displayField(shape) ?? 'title'}}}`,
    fields: [
      ...fields(shape, name),
      {
        name: 'body',
        label: '正文',
        hint: '用自己的话写，可用 Markdown；报道里的数字用 <FigureRef id="数字的编号" /> 引用，不要手打（文件开头须有 import FigureRef 那一行）。',
        widget: 'text',
      },
    ],
  };
}

/** Where the desk saves: a GitHub repository through pull requests, or a working copy (`npm run desk`). */
export interface DeskBackend {
  /** owner/name of the site's repository on GitHub, if edits go there. */
  repo?: string | undefined;
  /** The address of the OAuth service that signs editors in to GitHub, if not Netlify's. */
  authUrl?: string | undefined;
}

/** The address at which `npm run desk` answers the desk, on the desk's own origin. */
export const LOCAL_API = '/api/v1';

/** The whole configuration, as Decap reads it from /admin/config.yml. */
export function deskConfig({ repo, authUrl }: DeskBackend = {}): DeskNode {
  return {
    locale: 'zh_Hans',
    backend: repo
      ? { name: 'github', repo, branch: 'main', ...(authUrl ? { base_url: authUrl } : {}) }
      : { name: 'proxy', proxy_url: LOCAL_API, branch: 'main' },
    ...(repo ? { publish_mode: 'editorial_workflow', local_backend: { url: LOCAL_API } } : {}),
    // Required by Decap; the schemas have no image or file field, so nothing is uploaded.
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: COLLECTION_NAMES.filter((c) => c !== 'figures').map(collection),
  };
}

/** The fields an entry of `c` is edited through (of every kind, for a union of kinds). */
function entryNodes(c: CollectionName): DeskNode[] {
  const node = collection(c);
  const list = node.files ? (((node.files as DeskNode[])[0]!.fields as DeskNode[])[0] as DeskNode) : node;
  return list.types ? (list.types as DeskNode[]).flatMap((t) => t.fields as DeskNode[]) : (list.fields as DeskNode[]);
}

/**
 * A problem's field as the desk titles it: "figures › x › asOf.month" of a dataset file is
 * "数字 › 截至日期 › 月份". Undefined for what is not a field (the entry, the file's name).
 */
export function fieldTitles(c: CollectionName, field: string): string | undefined {
  const parts = field.split(' › ');
  const titles: string[] = [];
  let fields = entryNodes(c === 'figures' ? 'datasets' : c);
  const path = parts.at(-1)!;
  if (parts[0] === 'figures' && parts.length === 3) {
    const figures = fields.find((f) => f.name === 'figures')!;
    titles.push(String(figures.label));
    fields = figures.fields as DeskNode[];
  }
  for (const name of path.split('.').map((s) => s.replace(/\[\d+\]$/, ''))) {
    const node = fields.find((f) => f.name === name);
    if (!node) return titles.length > 1 ? titles.join(' › ') : undefined;
    titles.push(String(node.label));
    fields = node.types
      ? (node.types as DeskNode[]).flatMap((t) => t.fields as DeskNode[])
      : ((node.fields as DeskNode[] | undefined) ?? []);
  }
  return titles.join(' › ');
}
