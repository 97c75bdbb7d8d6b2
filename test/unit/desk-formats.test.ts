/**
 * The editing desk writes files as the repository keeps them (src/desk/formats.ts): each
 * content file read and written back by the desk means the same, and its JSON is what the
 * formatter (`npm run lint`) would leave, so a desk commit passes the lint like any other.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deskFormats } from '../../src/desk/config.ts';
import { formatJson, pruneEmpty } from '../../src/desk/formats.ts';
import { readAll } from '../../src/lib/content/files.ts';

const entries = readAll('.', []);
const files = [...new Set(entries.map((e) => e.file))];
const json = files.filter((f) => f.endsWith('.json'));
const markdown = files.filter((f) => /\.mdx?$/.test(f));
/** Each collection's format, as the desk registers it; a figure is written with its dataset. */
const formats = new Map(deskFormats().map((f) => [f.collection, f.format]));
const formatOf = (file: string) => {
  const collection = entries.find((e) => e.file === file)!.collection;
  return formats.get(collection === 'figures' ? 'datasets' : collection)!;
};

/** What the repository's formatter makes of a JSON text, as if it were `file`. */
const formatted = (file: string, text: string) =>
  execFileSync('node_modules/.bin/biome', ['format', `--stdin-file-path=${file}`], {
    input: text,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
  });

describe('the desk’s file formats', () => {
  it('finds the content files', () => {
    expect(json.length).toBeGreaterThan(15);
    expect(markdown.length).toBeGreaterThan(20);
  });

  it('writes every JSON file back as it is, which is how the formatter writes it', () => {
    const bad: string[] = [];
    for (const file of json) {
      const text = readFileSync(file, 'utf8');
      const format = formatOf(file);
      const written = format.toFile(format.fromFile(text) as Record<string, unknown>);
      if (written !== text) bad.push(`${file}: not written back as it is`);
      else if (formatted(file, written) !== written) bad.push(`${file}: not as the formatter writes it`);
    }
    expect(bad).toEqual([]);
  });

  it('writes every MD/MDX file back as it is: front matter in the one style the files are kept in, body untouched', () => {
    const bad = markdown.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const format = formatOf(file);
      return format.toFile(format.fromFile(text)) !== text;
    });
    expect(bad).toEqual([]);
  });

  it('leaves out what an editor emptied, and keeps what was written empty on purpose', () => {
    expect(pruneEmpty({ a: '', b: null, c: { year: null, month: '' }, d: {}, e: [], f: 0, g: false, h: ['', 'x'] })).toEqual({
      d: {},
      e: [],
      f: 0,
      g: false,
      h: ['x'],
    });
    expect(formats.get('news')!.toFile({ title: '标题', note: '', body: '正文\n' })).toBe('---\ntitle: 标题\n---\n正文\n');
  });

  it('writes a switch that may only be on (a national figure) as nothing when it is off', () => {
    const dataset = formats.get('datasets')!;
    const written = dataset.toFile({
      title: 't',
      figures: [
        { id: 'a', national: false },
        { id: 'b', national: true },
      ],
    });
    expect(JSON.parse(written).figures).toEqual([{ id: 'a' }, { id: 'b', national: true }]);
  });

  it('puts a list of plain values on one line only when it fits the formatter’s 140 columns', () => {
    expect(formatJson({ a: ['x', 'y'] })).toBe('{\n  "a": ["x", "y"]\n}\n');
    const wide = { a: Array.from({ length: 30 }, () => '技能') };
    expect(formatJson(wide)).toMatch(/"a": \[\n {4}"技能",/);
    expect(formatted('data/x.json', formatJson(wide))).toBe(formatJson(wide));
  });
});
