import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IntakeError } from './errors.ts';
import { intakeFile } from './intake.ts';
import { readReportBytes, readReportFile } from './read-file.ts';
import { valuesOf } from './test-helpers.ts';

/** A stored (uncompressed) ZIP: enough for a DOCX, without a zip package. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

const dir = mkdtempSync(join(tmpdir(), 'intake-'));

describe('reading report files', () => {
  it('reads the paragraphs of a .docx in order and extracts from them', async () => {
    const path = join(dir, 'bao-cao.docx');
    writeFileSync(
      path,
      docx([
        'BÁO CÁO Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2024 của UBND xã Tân Phú',
        'Diện tích tự nhiên là 1.250,5 ha, dân số 3.120 hộ với 12.480 nhân khẩu.',
        'Bộ phận Một cửa tiếp nhận 980 hồ sơ, trong đó trực tuyến 700 hồ sơ, trực tiếp 280 hồ sơ.',
      ]),
    );
    const file = await readReportFile(path);
    expect(file.format).toBe('docx');
    expect(file.text.split(/\n+/)[1]).toBe(
      'Diện tích tự nhiên là 1.250,5 ha, dân số 3.120 hộ với 12.480 nhân khẩu.',
    );
    const result = await intakeFile(path);
    expect(result.source.fileName).toBe('bao-cao.docx');
    expect(result.commune.name).toBe('Tân Phú');
    expect(result.period?.label).toBe('2024-H1');
    expect(valuesOf(result)).toMatchObject({
      'profile.areaHa': [1250.5],
      'profile.households': [3120],
      'profile.population': [12480],
      'onestop.dossiers.received': [980],
      'onestop.dossiers.receivedOnline': [700],
      'onestop.dossiers.receivedDirect': [280],
    });
    expect(result.findings).toEqual([]);
  });

  it('reads UTF-8 text with a BOM and composes decomposed tone marks (NFD → NFC)', async () => {
    const nfd = 'Xã có 7 thôn với 2.688 hộ.'.normalize('NFD');
    const file = await readReportBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(nfd)]),
      'a.txt',
    );
    expect(file.text.startsWith('X')).toBe(true);
    const path = join(dir, 'nfd.txt');
    writeFileSync(path, nfd);
    expect(valuesOf(await intakeFile(path))).toEqual({
      'profile.households': [2688],
      'profile.villages': [7],
    });
  });

  it.each([
    ['bao-cao.doc', 'intake.legacyWord', /Word cũ \(\.doc\)/],
    ['bao-cao.xlsx', 'intake.unsupportedFormat', /Không hỗ trợ định dạng tệp/],
  ])('refuses %s with a Vietnamese message', async (name, code, message) => {
    const error = await readReportBytes(Buffer.from('x'), name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntakeError);
    expect(error).toMatchObject({ intakeCode: code });
    expect((error as IntakeError).userMessage).toMatch(message);
  });

  it('refuses a legacy-encoded (not UTF-8) text file and a broken .docx', async () => {
    await expect(readReportBytes(Buffer.from([0x58, 0xe3, 0x20, 0xff]), 'tcvn3.txt')).rejects.toMatchObject({
      intakeCode: 'intake.notUtf8',
    });
    await expect(readReportBytes(Buffer.from('not a zip'), 'hong.docx')).rejects.toMatchObject({
      intakeCode: 'intake.unreadable',
    });
  });
});
