import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose.ts';
import { renderDocx } from './docx.ts';
import { makeReportData } from './test-data.ts';

const draft = { ...composeDraft(makeReportData()), reference: '30/BC-UBND' };
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const unzip = ['/usr/bin/unzip'].find(existsSync);

describe('the report as DOCX (Nghị định 30/2020)', () => {
  it('is a Word document with the header block, number, title, body, recipients and signature as text', async () => {
    const bytes = await renderDocx(draft);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'XÃ HOÀNG DIỆU',
      'Số: 30/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hoàng Diệu, ngày 03 tháng 6 năm 2025',
      'BÁO CÁO',
      'I. KHÁI QUÁT CHUNG',
      'Trong kỳ, tiếp nhận 4.080 hồ sơ',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN XÃ',
      'CHỦ TỊCH',
      'Nguyễn Đức Du',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.skipIf(!unzip)(
    'sets A4 portrait, the margins and Times New Roman, with page numbers from page 2',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'danvan-docx-'));
      try {
        const file = path.join(dir, 'bao-cao.docx');
        await writeFile(file, await renderDocx(draft));
        const xml = execFileSync(unzip as string, ['-p', file, 'word/document.xml']).toString();
        expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // 210 × 297 mm in twips
        expect(xml).toMatch(/w:left="1701"/); // 30 mm
        expect(xml).toMatch(/w:top="1134"/); // 20 mm
        expect(xml).toContain('<w:titlePg/>'); // no page number on page 1
        expect(xml).toContain('w:ascii="Times New Roman"');
        expect(xml).toContain('w:jc w:val="both"'); // justified body
        const header = execFileSync(unzip as string, ['-p', file, 'word/header1.xml']).toString();
        expect(header).toContain('PAGE');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  it.skipIf(!soffice)(
    'opens in LibreOffice and prints A4 pages with the header block and the signature',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'danvan-docx-'));
      try {
        const file = path.join(dir, 'bao-cao.docx');
        await writeFile(file, await renderDocx(draft));
        execFileSync(soffice as string, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
          timeout: 120_000,
          env: { ...process.env, HOME: dir },
        });
        const pdf = path.join(dir, 'bao-cao.pdf');
        expect(existsSync(pdf)).toBe(true);
        const info = execFileSync('pdfinfo', [pdf]).toString();
        expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
        // pdftotext splits some Vietnamese letters with spaces (font substitution): compare without spaces.
        const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
        const text = squeeze(execFileSync('pdftotext', ['-layout', pdf, '-']).toString());
        for (const expected of [
          'ỦY BAN NHÂN DÂN',
          'Số: 30/BC-UBND',
          'Độc lập - Tự do - Hạnh phúc',
          'BÁO CÁO',
          'Nơi nhận:',
          'CHỦ TỊCH',
          'Nguyễn Đức Du',
        ]) {
          expect(text).toContain(squeeze(expected));
        }
        expect((await readFile(pdf)).length).toBeGreaterThan(1000);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
