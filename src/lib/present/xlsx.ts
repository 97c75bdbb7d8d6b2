/**
 * A minimal .xlsx writer: one workbook, one or more sheets of plain cells (text and numbers),
 * a bold, frozen header row with an autofilter, columns as wide as their content (a Chinese
 * character counts double), and the document's properties (title, creator, date). Text is
 * written as inline strings, so a cell that starts with "=" is text, never a formula; numbers
 * stay numbers. fflate zips the parts with a fixed timestamp and nothing here reads the clock,
 * the time zone or the locale, so the same rows give the same bytes (builds stay
 * reproducible). The `xlsx` package on npm is stale and flagged by audits; this is all the
 * site needs of the format.
 */
import { strToU8, zipSync } from 'fflate';

export interface Sheet {
  /** Sheet name (at most 31 characters, no []:*?/\). */
  name: string;
  header: string[];
  rows: (string | number | null)[][];
  /** A filter on the header row (Excel's 筛选); on unless false. */
  filter?: boolean;
  /** The widest a column grows, in characters of "0"; longer text wraps. 60 unless given. */
  maxWidth?: number;
}

/** The workbook's document properties (File › Info in Excel, 属性 in WPS). */
export interface Properties {
  title: string;
  creator: string;
  subject?: string | undefined;
  description?: string | undefined;
  /** The data's date, YYYY-MM-DD (a commit's date, never the clock); left out when unknown. */
  created?: string | undefined;
}

/** XML 1.0 cannot hold control characters other than tab and line breaks: they are dropped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching these characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const xml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(CONTROL, '');

/** Column letters: 0 → A, 26 → AA. */
export const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + column(i % 26));

/** East Asian wide and full-width characters (CJK, kana, hangul, full-width punctuation): two columns each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How many columns of "0" a value takes: wide characters count two, the longest line counts. */
export function textWidth(value: string | number | null): number {
  if (value === null) return 0;
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => [...line].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0)),
  );
}

/** Style indexes in styles.xml: plain, bold (header), wrapped text; 等线 is Excel's own Chinese default font. */
const STYLE = { plain: 0, bold: 1, wrap: 2 } as const;

function cell(value: string | number | null, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  const text = value === null ? '' : String(value);
  if (text === '') return '';
  return `<c r="${ref}" t="inlineStr"${s}><is><t xml:space="preserve">${xml(text)}</t></is></c>`;
}

/** Each column's width: its widest cell, header included, plus a margin; at least 6, at most `max`. */
export function columnWidths(sheet: Sheet): { width: number; wraps: boolean }[] {
  const max = sheet.maxWidth ?? 60;
  return sheet.header.map((h, c) => {
    // The header leaves room for the filter's drop-down button.
    const widest = Math.max(textWidth(h) + (sheet.filter === false ? 0 : 3), ...sheet.rows.map((r) => textWidth(r[c] ?? null)));
    const width = Math.min(max, Math.max(6, widest + 2));
    return { width, wraps: widest + 2 > max };
  });
}

/** The range a sheet fills, "A1:BK110". */
const range = (sheet: Sheet) => `A1:${column(Math.max(sheet.header.length, 1) - 1)}${sheet.rows.length + 1}`;

function sheetXml(sheet: Sheet): string {
  const widths = columnWidths(sheet);
  const rows = [sheet.header, ...sheet.rows].map(
    (row, r) =>
      `<row r="${r + 1}">${row
        .map((v, c) => cell(v, `${column(c)}${r + 1}`, r === 0 ? STYLE.bold : widths[c]?.wraps ? STYLE.wrap : STYLE.plain))
        .join('')}</row>`,
  );
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w.width}" customWidth="1"/>`).join('');
  const filter = sheet.filter === false ? '' : `<autoFilter ref="${range(sheet)}"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${range(sheet)}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>${filter}</worksheet>`;
}

/** A sheet name as a formula names it: 'name', with quotes doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Excel's hidden name for each filter; without it some versions drop the filter. */
function definedNames(sheets: Sheet[]): string {
  const names = sheets.flatMap((s, i) => {
    if (s.filter === false) return [];
    const [from, to] = range(s).split(':') as [string, string];
    const abs = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xml(`${quoted(s.name.slice(0, 31))}!${abs(from)}:${abs(to)}`)}</definedName>`,
    ];
  });
  return names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
}

function coreXml(p: Properties): string {
  const when = p.created && /^\d{4}-\d{2}-\d{2}$/.test(p.created) ? `${p.created}T00:00:00Z` : undefined;
  const date = (tag: string) => (when ? `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${when}</dcterms:${tag}>` : '');
  const text = (tag: string, v: string | undefined) => (v ? `<${tag}>${xml(v)}</${tag}>` : '');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${text('dc:title', p.title)}${text('dc:subject', p.subject)}${text('dc:creator', p.creator)}${text('dc:description', p.description)}<dc:language>zh-CN</dc:language>${text('cp:lastModifiedBy', p.creator)}${date('created')}${date('modified')}</cp:coreProperties>`;
}

/** The bytes of an .xlsx file holding `sheets`, with `properties` if given. */
export function xlsx(sheets: Sheet[], properties?: Properties): Uint8Array {
  const props = properties
    ? [
        ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
        ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
      ]
    : [];
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${props.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>${
      properties
        ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        : ''
    }</Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xml(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${definedNames(sheets)}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s);
  });
  if (properties) {
    files['docProps/core.xml'] = coreXml(properties);
    files['docProps/app.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xml(properties.creator)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>${xml(properties.creator)}</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>1.0</AppVersion></Properties>`;
  }
  // A fixed timestamp: the same rows make the same file on every build. Zip stores local
  // time and fflate reads the Date's local fields, so the Date is made from local fields too:
  // a UTC instant would come out a day apart in Shanghai and in Los Angeles.
  const mtime = new Date(2000, 0, 1, 0, 0, 0);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])), { level: 6 });
}
