/**
 * Reading an .xlsx file back, as the tests need it: every part unzipped and checked to be
 * well-formed XML, each sheet's cells (text and numbers apart), column widths, filter and
 * frozen pane, and the document properties. A small reader of what src/lib/present/xlsx.ts
 * writes, not of every workbook.
 */
import { strFromU8, unzipSync } from 'fflate';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching these characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const BAD_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Throws unless `xml` is well-formed: one root, every tag closed in order, attributes quoted, entities known. */
export function assertWellFormed(xml: string, name: string): void {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  if (CONTROL.test(body)) throw new Error(`${name}: control character`);
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m.index !== at) throw new Error(`${name}: cannot read at ${at}`);
    at = token.lastIndex;
    const [, close, tag, attrs, selfClosing, text, stray] = m;
    if (stray) throw new Error(`${name}: stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error(`${name}: text outside the root`);
      if (BAD_ENTITY.test(text)) throw new Error(`${name}: bad entity in ${text.slice(0, 40)}`);
      continue;
    }
    if (BAD_ENTITY.test(attrs ?? '')) throw new Error(`${name}: bad entity in attributes of <${tag}>`);
    const names = [...(attrs ?? '').matchAll(/([\w.:-]+)="/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) throw new Error(`${name}: duplicate attribute on <${tag}>`);
    if (close) {
      const open = stack.pop();
      if (open !== tag) throw new Error(`${name}: </${tag}> closes <${open}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(tag!);
    }
  }
  if (at !== body.length) throw new Error(`${name}: trailing content`);
  if (stack.length > 0) throw new Error(`${name}: <${stack.at(-1)}> never closed`);
  if (roots !== 1) throw new Error(`${name}: ${roots} root elements`);
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface Cell {
  col: string;
  text: string | undefined;
  number: number | undefined;
}

export interface ReadSheet {
  name: string;
  rows: Cell[][];
  /** Each column's width, in order of <col> elements. */
  widths: number[];
  autoFilter: string | undefined;
  /** Whether the first row is frozen. */
  frozen: boolean;
  xml: string;
}

export interface ReadBook {
  parts: Record<string, string>;
  sheets: ReadSheet[];
  /** dc:title, dc:creator, dcterms:created … from docProps/core.xml, by local name. */
  properties: Record<string, string>;
  workbook: string;
}

/** Unzips an .xlsx file, checks every part is well-formed XML and reads its sheets and properties. */
export function readXlsx(bytes: Uint8Array): ReadBook {
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  for (const [name, xml] of Object.entries(parts)) assertWellFormed(xml, name);
  const workbook = parts['xl/workbook.xml']!;
  const names = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => unescapeXml(m[1]!));
  const sheets = names.map((name, i): ReadSheet => {
    const xml = parts[`xl/worksheets/sheet${i + 1}.xml`]!;
    return {
      name,
      xml,
      rows: [...xml.matchAll(/<row [^>]*>(.*?)<\/row>/g)].map((row) =>
        [...row[1]!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(?:<is><t[^>]*>(.*?)<\/t><\/is>|<v>(.*?)<\/v>)<\/c>/g)].map((c) => ({
          col: c[1]!,
          text: c[2] === undefined ? undefined : unescapeXml(c[2]),
          number: c[3] === undefined ? undefined : Number(c[3]),
        })),
      ),
      widths: [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1])),
      autoFilter: /<autoFilter ref="([^"]+)"/.exec(xml)?.[1],
      frozen: /<pane [^>]*ySplit="1"[^>]*state="frozen"/.test(xml),
    };
  });
  const core = parts['docProps/core.xml'] ?? '';
  const properties = Object.fromEntries(
    [...core.matchAll(/<(?:\w+):(\w+)(?: [^>]*)?>([^<]*)<\/\w+:\1>/g)].map((m) => [m[1]!, unescapeXml(m[2]!)]),
  );
  return { parts, sheets, properties, workbook };
}

/** A sheet's rows as objects keyed by its header row. */
export function records(sheet: ReadSheet): Record<string, string | number | undefined>[] {
  const [header, ...rows] = sheet.rows;
  const name = new Map(header!.map((c) => [c.col, c.text!]));
  return rows.map((r) => Object.fromEntries(r.map((c) => [name.get(c.col)!, c.number ?? c.text])));
}
