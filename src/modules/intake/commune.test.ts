import { describe, expect, it } from 'vitest';
import { extractCommune } from './commune.ts';

describe('the commune a report is about', () => {
  it('does not run the committee name into the title on the next line', () => {
    const text =
      'UBND XÃ YÊN SƠN\nBÁO CÁO kết quả công tác dân vận chính quyền năm 2023\nToàn xã có 1.204 hộ.';
    expect(extractCommune(text)).toMatchObject({ name: 'Yên Sơn', kind: 'xã' });
  });

  it('reads the province a news item puts in brackets after the district', () => {
    const text = 'Đảng ủy xã Vĩnh Phú, huyện Giang Thành (Kiên Giang) tổ chức hội nghị sơ kết.';
    expect(extractCommune(text)).toMatchObject({
      name: 'Vĩnh Phú',
      district: 'Giang Thành',
      province: 'Kiên Giang',
    });
  });
});
