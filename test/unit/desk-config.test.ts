/**
 * The editing desk's configuration (src/desk/config.ts) against the schemas as Astro itself
 * describes them (.astro/collections/<name>.schema.json, written by every build and sync):
 * every field of every collection an editor touches, no more and no fewer, each with its
 * Chinese label and hint; each pick-list pointing at a collection the desk has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DeskNode, deskConfig, fieldTitles } from '../../src/desk/config.ts';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../src/schemas/shared.ts';

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  type?: string;
};

/** A JSON Schema's alternatives (a union of kinds), or itself. */
const options = (s: JsonSchema) => s.oneOf ?? s.anyOf ?? [s];

const astroSchema = (c: CollectionName): JsonSchema => {
  const file = `.astro/collections/${c}.schema.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx astro sync\` (npm test builds first)`);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
  // Astro lets a data file name its schema ($schema): not a field of the content.
  for (const o of options(schema)) delete o.properties?.$schema;
  return schema;
};

const config = deskConfig();
const collections = config.collections as DeskNode[];
const byName = new Map(collections.map((c) => [c.name as string, c]));
const names = (fields: DeskNode[]) => fields.map((f) => f.name as string).sort();
const sorted = (keys: string[]) => [...keys].sort();

/** The fields an editor fills for one entry of `c`, as the desk offers them. */
function entryFields(c: CollectionName): DeskNode[] | DeskNode[][] {
  const desk = byName.get(c)!;
  if (COLLECTIONS[c].stored === 'json-array') {
    const list = ((desk.files as DeskNode[])[0]!.fields as DeskNode[])[0]!;
    return list.types ? (list.types as DeskNode[]).map((t) => t.fields as DeskNode[]) : (list.fields as DeskNode[]);
  }
  return desk.fields as DeskNode[];
}

/** Every field of a desk field tree, labelled or not, with where it is. */
function* walk(fields: DeskNode[], at: string): Generator<[string, DeskNode]> {
  for (const f of fields) {
    yield [`${at}.${f.name}`, f];
    if (Array.isArray(f.fields)) yield* walk(f.fields as DeskNode[], `${at}.${f.name}`);
    if (Array.isArray(f.types)) for (const t of f.types as DeskNode[]) yield* walk(t.fields as DeskNode[], `${at}.${f.name}(${t.name})`);
  }
}

describe('the editing desk’s configuration', () => {
  it('offers every collection but figures, which are edited inside their datasets', () => {
    expect(collections.map((c) => c.name)).toEqual(COLLECTION_NAMES.filter((c) => c !== 'figures'));
    for (const c of collections) expect(c.label, String(c.name)).toBe((COLLECTIONS[c.name as CollectionName] as { label: string }).label);
    expect(config.locale).toBe('zh_Hans');
  });

  it.each(COLLECTION_NAMES.filter((c) => c !== 'figures' && c !== 'datasets'))('gives %s exactly the fields of its schema', (c) => {
    const fields = entryFields(c);
    const schema = astroSchema(c);
    const kinds = options(schema);
    if (kinds.length > 1) {
      // A union of kinds: one set of fields per kind, the kind itself chosen, not typed.
      expect(fields.length).toBe(kinds.length);
      (fields as DeskNode[][]).forEach((f, i) => {
        expect(names(f)).toEqual(sorted(Object.keys(kinds[i]!.properties!).filter((k) => k !== 'kind')));
      });
    } else {
      const body = COLLECTIONS[c].stored === 'markdown' ? ['body'] : [];
      expect(names(fields as DeskNode[])).toEqual(sorted([...Object.keys(schema.properties!), ...body]));
    }
  });

  it('gives a dataset its fields and its figures theirs, less what the file itself says (its id, a figure’s dataset)', () => {
    const fields = entryFields('datasets') as DeskNode[];
    expect(names(fields)).toEqual(sorted([...Object.keys(astroSchema('datasets').properties!).filter((k) => k !== 'id'), 'figures']));
    const figures = fields.find((f) => f.name === 'figures')!.fields as DeskNode[];
    expect(names(figures)).toEqual(sorted(Object.keys(astroSchema('figures').properties!).filter((k) => k !== 'dataset')));
    // Its wording first after its id: value, qualifier and rounding are read from it.
    expect(figures.slice(0, 2).map((f) => f.name)).toEqual(['id', 'wording']);
  });

  it('labels and explains every field in Chinese', () => {
    const bad: string[] = [];
    for (const c of collections) {
      const top = c.files ? ((c.files as DeskNode[])[0]!.fields as DeskNode[]) : (c.fields as DeskNode[]);
      for (const [at, f] of walk(top, String(c.name))) {
        if (!/\p{Script=Han}/u.test(String(f.label))) bad.push(`${at}: label “${f.label}”`);
        if (!/\p{Script=Han}/u.test(String(f.hint))) bad.push(`${at}: hint “${f.hint}”`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives texts of several sentences a box of several lines, and names one line', () => {
    const news = entryFields('news') as DeskNode[];
    expect(news.find((f) => f.name === 'summary')!.widget).toBe('text');
    expect(news.find((f) => f.name === 'title')!.widget).toBe('string');
    const notes = ((byName.get('sources')!.files as DeskNode[])[0]!.fields as DeskNode[])[0]!.fields as DeskNode[];
    expect((notes.find((f) => f.name === 'notes')!.field as DeskNode).widget).toBe('text');
  });

  it('names a problem’s field as the desk titles it, for the editor who reads the refusal', () => {
    expect(fieldTitles('datasets', 'figures › shanghai-certifiers-total › value')).toBe('数字 › 数值');
    expect(fieldTitles('figures', 'figures › x › asOf.month')).toBe('数字 › 截至日期 › 月份');
    expect(fieldTitles('news', 'date.month')).toBe('日期 › 月份');
    expect(fieldTitles('sources', 'notes[1]')).toBe('读者须知');
    expect(fieldTitles('charts', 'some-chart › series[0].bars[0].label')).toBe('系列 › 横条 › 标签');
    expect(fieldTitles('news', '(file name)')).toBeUndefined();
  });

  it('points every pick-list at a collection the desk has, by the id the content check resolves', () => {
    const relations = collections.flatMap((c) => {
      const top = c.files ? ((c.files as DeskNode[])[0]!.fields as DeskNode[]) : (c.fields as DeskNode[]);
      return [...walk(top, String(c.name))].filter(([, f]) => f.widget === 'relation');
    });
    expect(relations.length).toBeGreaterThan(20);
    for (const [at, f] of relations) {
      const target = byName.get(String(f.collection));
      expect(target, at).toBeDefined();
      expect(String(f.value_field), at).toMatch(
        target!.files ? /^entries\.\*\.id$/ : f.collection === 'datasets' ? /^(\{\{slug\}\}|figures\.\*\.id)$/ : /^\{\{slug\}\}$/,
      );
    }
  });
});

describe('the desk with a GitHub repository (DESK_REPO)', () => {
  const github = deskConfig({ repo: 'skills-atlas/site', authUrl: 'https://auth.skills-atlas.cn' });

  it('saves through pull requests to that repository, signing in with the given service, and locally through npm run desk', () => {
    expect(github.backend).toEqual({ name: 'github', repo: 'skills-atlas/site', branch: 'main', base_url: 'https://auth.skills-atlas.cn' });
    expect(github.publish_mode).toBe('editorial_workflow');
    expect(github.local_backend).toEqual({ url: '/api/v1' });
    expect(github.collections).toEqual(config.collections);
  });

  it('without one, saves only through npm run desk', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: '/api/v1', branch: 'main' });
    expect(config.publish_mode).toBeUndefined();
  });
});
