/**
 * What a Chromium (Skia) PDF says about its own text: how many pages, how far down each
 * page the text reaches, and how large it is set. The briefs (src/integrations/briefs.ts)
 * choose their scale by it, and the tests hold the printed briefs to it
 * (test/site/print.test.ts). It follows each page's transformation matrices to every text
 * run (Skia places each run with an absolute Tm after a Tf), which is all these measures need.
 */
import { inflateSync } from 'node:zlib';

/** A4 in points, and the page's margins (print.css: 14 mm top, 16 mm bottom). */
const PAGE_HEIGHT = 841.92;
const TOP = (14 / 25.4) * 72;
const BOTTOM = (16 / 25.4) * 72;

type Matrix = [number, number, number, number, number, number];
const multiply = (a: Matrix, b: Matrix): Matrix => [
  a[0] * b[0] + a[1] * b[2],
  a[0] * b[1] + a[1] * b[3],
  a[2] * b[0] + a[3] * b[2],
  a[2] * b[1] + a[3] * b[3],
  a[4] * b[0] + a[5] * b[2] + b[4],
  a[4] * b[1] + a[5] * b[3] + b[5],
];

/** One run of text: how far it sits above the page's foot and its size, in points; its glyphs. */
export interface TextRun {
  fromBottom: number;
  size: number;
  glyphs: number;
}

/** Number of pages in a PDF, from its page tree's root (/Type /Pages … /Count N). */
export function pdfPageCount(pdf: Uint8Array): number {
  const m = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(Buffer.from(pdf).toString('latin1'));
  if (!m) throw new Error('not a PDF with a page tree');
  return Number(m[1]);
}

/** Every page's text runs, in the order the page draws them. */
export function pdfTextRuns(pdf: Uint8Array): TextRun[][] {
  const bytes = Buffer.from(pdf);
  const text = bytes.toString('latin1');
  return [...text.matchAll(/\/Type \/Page\b[\s\S]*?\/Contents (\d+) 0 R/g)].map(([, num]) => {
    const head = new RegExp(`\\n${num} 0 obj\\s*<<[\\s\\S]*?>>\\s*stream\\r?\\n`).exec(text);
    if (!head) throw new Error(`PDF page contents ${num} not found`);
    const start = head.index + head[0].length;
    const ops = inflateSync(bytes.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    const runs: TextRun[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    const saved: Matrix[] = [];
    const operands: number[] = [];
    let fontSize = 0;
    let run: TextRun | undefined;
    /** Glyphs in the hex strings read since the last operator: shown only if a Tj or TJ follows. */
    let pending = 0;
    for (const token of ops.split(/\s+/)) {
      if (/^-?[\d.]+$/.test(token)) {
        operands.push(Number(token));
        continue;
      }
      const strings = token.match(/<[0-9A-Fa-f]*>/g);
      if (strings && !/^(Tj|TJ)$/.test(token)) {
        pending += strings.reduce((n, s) => n + (s.length - 2) / 4, 0);
        continue;
      }
      if (token === 'q') saved.push(ctm);
      else if (token === 'Q') ctm = saved.pop() ?? ctm;
      else if (token === 'cm') ctm = multiply(operands.slice(-6) as Matrix, ctm);
      else if (token === 'Tf') fontSize = operands.at(-1) ?? 0;
      else if (token === 'Tm') {
        const m = multiply(operands.slice(-6) as Matrix, ctm);
        run = { fromBottom: m[5], size: Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) * fontSize, glyphs: 0 };
        runs.push(run);
      } else if ((token === 'Tj' || token === 'TJ') && run) run.glyphs += pending;
      operands.length = 0;
      pending = 0;
    }
    return runs;
  });
}

/** Whether a run is in the page's printable area, not in the margin with the page numbers. */
const inBody = (r: TextRun) => r.fromBottom > BOTTOM;

/**
 * How far down each page its text reaches, as a share of the printable height (0 = nothing,
 * 1 = to the bottom margin); the page numbers in the margin do not count.
 */
export function pdfFill(pdf: Uint8Array): number[] {
  return pdfTextRuns(pdf).map((runs) => {
    const lowest = Math.min(PAGE_HEIGHT, ...runs.filter(inBody).map((r) => r.fromBottom));
    return Math.max(0, (PAGE_HEIGHT - TOP - lowest) / (PAGE_HEIGHT - TOP - BOTTOM));
  });
}

/**
 * The sizes the printable area's text is set in, over all pages, in points to a tenth: the
 * smallest, and the size that most of its glyphs are set in or above (the text one reads:
 * `body` is the largest size at or above which at least half the glyphs stand).
 */
export function pdfTextSizes(pdf: Uint8Array): { smallest: number; body: number } {
  const runs = pdfTextRuns(pdf)
    .flat()
    .filter((r) => inBody(r) && r.glyphs > 0)
    .sort((a, b) => b.size - a.size);
  const total = runs.reduce((n, r) => n + r.glyphs, 0);
  let seen = 0;
  let body = 0;
  for (const r of runs) {
    seen += r.glyphs;
    if (seen * 2 >= total) {
      body = r.size;
      break;
    }
  }
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return { smallest: tenth(runs.at(-1)?.size ?? 0), body: tenth(body) };
}
