import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContext } from '../../platform/context.ts';
import type { Client } from '../../testing/http.ts';
import { twoProvinceWorld } from '../../testing/world.ts';
import { detectFileType } from './files.ts';

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const pdfBytes = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
// The start of a Windows program ("MZ" … "This program cannot be run in DOS mode").
const exe = Buffer.concat([
  Buffer.from([0x4d, 0x5a, 0x90, 0x00]),
  Buffer.from('This program cannot be run in DOS mode.'),
]);
const zipNotDocx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('payload.txt hello')]);
const docx = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('[Content_Types].xml ... word/document.xml'),
]);

describe('file type by content', () => {
  it('knows PDF, JPG, PNG and DOCX by their first bytes and spots programs whatever their name', () => {
    expect(detectFileType(pdfBytes(100))).toBe('pdf');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpg');
    expect(detectFileType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('png');
    expect(detectFileType(docx)).toBe('docx');
    expect(detectFileType(zipNotDocx)).toBeNull();
    expect(detectFileType(exe)).toBe('executable');
    expect(detectFileType(Buffer.from('\x7fELF\x02\x01'))).toBe('executable');
    expect(detectFileType(Buffer.from('Xin chào'))).toBeNull();
  });
});

/** Issue 5, must-show 4: invalid uploads are refused with a clear message and nothing is stored. */
describe('invalid uploads over HTTP', () => {
  let w: Awaited<ReturnType<typeof twoProvinceWorld>>;
  let officer: Client;
  let portal: string;
  beforeAll(async () => {
    w = await twoProvinceWorld();
    officer = await w.as(w.users.officerA);
    portal = `/api/public/communes/${w.communes.a.code}/petitions`;
  });
  afterAll(() => w?.close());

  const stored = () =>
    withContext(w.db, null, async (ctx) => {
      const [row] = await ctx.tx.query<{ petitions: number; files: number }>(
        `select (select count(*)::int from petitions) as petitions, (select count(*)::int from petition_attachments) as files`,
      );
      return row;
    });
  const submit = (attachments: object[]) =>
    w.client().post(portal, {
      name: 'Công Dân',
      topic: 'other',
      subject: 'Kiến nghị có đính kèm',
      content: 'Nội dung.',
      attachments,
    });

  it('refuses on the portal a file over 5 MB, a renamed program, a file of another type, an oversized request', async () => {
    const before = await stored();

    const big = await submit([
      { fileName: 'bien-ban.pdf', contentBase64: b64(pdfBytes(5 * 1024 * 1024 + 1)) },
    ]);
    expect(big.status).toBe(400);
    expect(big.body.error.message).toContain('tối đa 5 MB');
    expect(big.body.error.fields['body.attachments.0.contentBase64']).toBeTruthy();

    const renamed = await submit([{ fileName: 'don-kien-nghi.pdf', contentBase64: b64(exe) }]);
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toBe(
      'Tệp "don-kien-nghi.pdf" là chương trình máy tính, không được phép gửi. Chỉ nhận tệp PDF, JPG, PNG hoặc DOCX.',
    );
    expect(renamed.body.error.fields['attachments.0']).toBeTruthy();

    const other = await submit([
      { fileName: 'anh.jpg', contentBase64: b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0])) },
      { fileName: 'tai-lieu.docx', contentBase64: b64(zipNotDocx) },
    ]);
    expect(other.status).toBe(400);
    expect(other.body.error.message).toContain('"tai-lieu.docx" không phải PDF, JPG, PNG hoặc DOCX');
    expect(other.body.error.fields['attachments.1']).toBeTruthy();

    const huge = 'A'.repeat(15 * 1024 * 1024);
    const tooMuch = await submit([{ fileName: 'a.pdf', contentBase64: huge }]);
    expect(tooMuch.status).toBe(413);
    expect(tooMuch.body.error.message).toBe('Dữ liệu gửi lên quá lớn.');

    expect(await stored()).toEqual(before);
  });

  it('refuses the same on the desk, and stores a good file once', async () => {
    const p = (
      await officer.post(`/api/communes/${w.communes.a.id}/petitions`, {
        kind: 'complaint',
        channel: 'mail',
        submitter: { name: 'Đỗ Văn Khải' },
        subject: 'Khiếu nại',
        topic: 'land',
        content: 'Nội dung.',
      })
    ).body;
    const url = `/api/communes/${w.communes.a.id}/petitions/${p.id}/attachments`;
    const before = await stored();
    const renamed = await officer.post(url, { fileName: 'scan.png', contentBase64: b64(exe) });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.fields.file).toBeTruthy();
    const big = await officer.post(url, {
      fileName: 'scan.pdf',
      contentBase64: b64(pdfBytes(5 * 1024 * 1024 + 10)),
    });
    expect(big.status).toBe(400);
    const text = await officer.post(url, { fileName: 'ghi-chu.docx', contentBase64: b64('Chỉ là chữ') });
    expect(text.status).toBe(400);
    const notBase64 = await officer.post(url, { fileName: 'x.pdf', contentBase64: 'không phải base64!' });
    expect(notBase64.status).toBe(400);
    expect(notBase64.body.error.message).toContain('base64');
    expect(await stored()).toEqual(before);

    const ok = await officer.post(url, { fileName: 'Đơn khiếu nại.docx', contentBase64: b64(docx) });
    expect(ok.status).toBe(201);
    expect(ok.body.attachments).toMatchObject([
      {
        fileName: 'Đơn khiếu nại.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        sizeBytes: docx.length,
      },
    ]);
    const after = await stored();
    expect(after?.files).toBe((before?.files ?? 0) + 1);
  });
});
