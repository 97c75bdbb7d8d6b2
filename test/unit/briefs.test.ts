/** The PDF helpers of the brief integration: page count, how full each page is, and the stamp that keeps builds identical. */
import { describe, expect, it } from 'vitest';
import { normalisePdf } from '../../src/integrations/briefs.ts';
import { pdfPageCount } from '../../src/lib/pdf-text.ts';

const pdf = (stamp: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj\n<</Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${stamp}+00'00')\n/ModDate (D:${stamp}+00'00')>>\nendobj\n2 0 obj\n<</Type /Pages\n/Count 2\n/Kids [3 0 R 4 0 R]>>\nendobj\n`,
    'latin1',
  );

describe('brief PDFs', () => {
  it('counts pages from the page tree', () => {
    expect(pdfPageCount(pdf('20261129065617'))).toBe(2);
    expect(() => pdfPageCount(Buffer.from('not a pdf'))).toThrow();
  });

  it('replaces the creation and modification times with the given date, keeping every offset', () => {
    const a = normalisePdf(pdf('20261129065617'), '2025-03-04');
    const b = normalisePdf(pdf('20990101235959'), '2025-03-04');
    expect(a.equals(b)).toBe(true);
    expect(a.length).toBe(pdf('20261129065617').length);
    expect(a.toString('latin1')).toContain("/CreationDate (D:20250304000000+00'00')");
    expect(a.toString('latin1')).toContain("/ModDate (D:20250304000000+00'00')");
  });
});
