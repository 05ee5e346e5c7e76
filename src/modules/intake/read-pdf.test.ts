import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intakeFile, intakeText } from './intake.ts';
import { readReportBytes } from './read-file.ts';
import { valuesOf } from './test-helpers.ts';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const fixture = new URL('./fixtures/bao-cao-dan-van-6-thang-2023-hoang-dieu.txt', import.meta.url);

/** A one-page PDF with nothing written on it, as a scanner without OCR leaves a page (no text layer). */
function blankPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

describe('PDF text layer', () => {
  it.skipIf(!soffice)(
    'reads a report exported to PDF with the same figures as its text',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'intake-pdf-'));
      const txt = join(dir, 'hoang-dieu.txt');
      copyFileSync(fixture, txt);
      // A font with every Vietnamese letter: a fallback font's text layer can lose some ("Di u").
      const infilter = '--infilter=Text (encoded):UTF8,LF,DejaVu Sans,vi';
      execFileSync(soffice as string, ['--headless', infilter, '--convert-to', 'pdf', '--outdir', dir, txt], {
        timeout: 120_000,
        env: { ...process.env, HOME: dir },
      });
      const fromPdf = await intakeFile(join(dir, 'hoang-dieu.pdf'));
      const fromText = intakeText(readFileSync(fixture, 'utf8'));
      expect(fromPdf.commune).toMatchObject({ name: 'Hoàng Diệu', district: 'Gia Lộc' });
      expect(fromPdf.period?.label).toBe('2023-H1');
      expect(valuesOf(fromPdf)).toEqual(valuesOf(fromText));
      expect(fromPdf.findings.map((f) => f.rule)).toEqual(fromText.findings.map((f) => f.rule));
    },
    180_000,
  );

  it('tells in Vietnamese that a PDF without a text layer (a scan) cannot be read', async () => {
    await expect(readReportBytes(blankPdf(), 'ban-scan.pdf')).rejects.toMatchObject({
      intakeCode: 'intake.pdfNoText',
      userMessage: expect.stringMatching(/"ban-scan\.pdf" không có lớp chữ .*bản Word \(\.docx\)/),
    });
  });

  it('refuses a broken PDF', async () => {
    await expect(readReportBytes(Buffer.from('%PDF-1.4 hỏng'), 'hong.pdf')).rejects.toMatchObject({
      intakeCode: 'intake.unreadable',
    });
  });
});
