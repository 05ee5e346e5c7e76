import { describe, expect, it } from 'vitest';
import { committeeInText, placeName, upperName } from './names.ts';

describe('commune names on forms', () => {
  it('writes the name as each part of a form needs it', () => {
    expect(placeName('Xã Tân Phú')).toBe('Tân Phú');
    expect(placeName('Phường Hòa Bình')).toBe('Hòa Bình');
    expect(committeeInText('Xã Tân Phú')).toBe('UBND xã Tân Phú');
    expect(committeeInText('Thị trấn Đông Anh')).toBe('UBND thị trấn Đông Anh');
    expect(upperName('Xã Yên Sơn')).toBe('XÃ YÊN SƠN');
  });
});
