import { Document, Packer } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { nationalHeader } from './header.ts';
import { mm, textWidthOf } from './index.ts';

const textOf = async (number?: string) => {
  const header = nationalHeader({
    width: textWidthOf('A4'),
    issuerShare: 0.38,
    issuer: ['ỦY BAN NHÂN DÂN', 'XÃ TÂN PHÚ'],
    number,
    placeAndDate: 'Tân Phú, ngày 03 tháng 6 năm 2025',
    sizes: { issuer: 13, nationalName: 12, motto: 14 },
    mottoRule: 0.55,
  });
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children: [header] }] }));
  return (await mammoth.extractRawText({ buffer: bytes })).value.split('\n').filter(Boolean);
};

describe('the national header (Nghị định 30/2020, Phụ lục I)', () => {
  it('puts the issuer and the number on the left, the Quốc hiệu, Tiêu ngữ and date on the right', async () => {
    expect(await textOf('Số: 30/BC-UBND')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN PHÚ',
      'Số: 30/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tân Phú, ngày 03 tháng 6 năm 2025',
    ]);
  });

  it('leaves the number out when there is none (a letter)', async () => {
    expect(await textOf()).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ TÂN PHÚ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tân Phú, ngày 03 tháng 6 năm 2025',
    ]);
  });

  it('measures A4 in whole twips between 30 mm and 15 mm margins', () => {
    expect(mm(210)).toBe(11906);
    expect(textWidthOf('A4')).toBe(mm(165));
  });
});
