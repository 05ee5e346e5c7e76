import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey } from '../../../domain/vi/index.ts';
import { dossierSearchText } from '../dossiers.ts';
import { codeKey, SearchKeyCache } from './dossier-rows.ts';
import { dossierFields } from './fields.ts';
import { normalizeMapping, resolveColumns } from './headers.ts';
import { cellText, sniffDelimiter } from './reader.ts';
import { parseFee, parseImportDate, parseWorkingDays, valueKey } from './values.ts';

describe('dates of an export', () => {
  it.each([
    ['03/06/2025', { date: '2025-06-03' }],
    ['3/6/2025', { date: '2025-06-03' }],
    ['03-06-2025', { date: '2025-06-03' }],
    ['03.06.2025', { date: '2025-06-03' }],
    ['2025-06-03', { date: '2025-06-03' }],
    ['  03/06/2025 08:15 ', { date: '2025-06-03', time: '08:15:00' }],
    ['03/06/2025 8:15:30', { date: '2025-06-03', time: '08:15:30' }],
    ['08:15 03/06/2025', { date: '2025-06-03', time: '08:15:00' }],
    ['08:15 - 03/06/2025', { date: '2025-06-03', time: '08:15:00' }],
    ['2025-06-03 08:15:00', { date: '2025-06-03', time: '08:15:00' }],
    ['2025-06-03T08:15:00.000', { date: '2025-06-03', time: '08:15:00' }],
    ['03/06/2025 00:00:00', { date: '2025-06-03' }],
    // a zone is converted to Vietnam time: 18:30 UTC is 01:30 the next day
    ['2025-06-02T18:30:00Z', { date: '2025-06-03', time: '01:30:00' }],
    ['2025-06-03T08:15:00+07:00', { date: '2025-06-03', time: '08:15:00' }],
    ['2025-06-03T00:00:00+09:00', { date: '2025-06-02', time: '22:00:00' }],
    // an Excel serial that lost its date format
    ['45811', { date: '2025-06-03' }],
    ['45811.5', { date: '2025-06-03', time: '12:00:00' }],
  ])('%s', (text, expected) => {
    expect(parseImportDate(text)).toEqual(expected);
  });

  it.each([
    '31/02/2025',
    '29/02/2025',
    '2025-13-01',
    '06/03/25',
    '03/06/2025 24:00',
    '03/06/2025 08:61',
    '01/01/1899',
    'hôm qua',
    '',
    '2025/06/03',
  ])('refuses %s', (text) => {
    expect(parseImportDate(text)).toBeUndefined();
  });

  it('reads day first, never month first', () => {
    expect(parseImportDate('05/04/2025')?.date).toBe('2025-04-05');
  });
});

describe('values of a catalogue', () => {
  it.each([
    ['3', 3],
    ['03 ngày', 3],
    ['3 ngày làm việc', 3],
    ['Trong ngày', 0],
    ['15 NGÀY', 15],
    ['ba ngày', undefined],
    ['3,5', undefined],
  ])('working days %s', (text, expected) => {
    expect(parseWorkingDays(text)).toBe(expected);
  });

  it.each([
    ['', null],
    ['Không', 0],
    ['Miễn phí', 0],
    ['8.000', 8000],
    ['8.000 đồng', 8000],
    ['50,000đ', 50000],
    ['100000 VNĐ', 100000],
    ['1.200.000', 1200000],
    ['8.000 đồng/bản; 5.000 đồng/trang', undefined],
    ['8,5', undefined],
    ['tùy trường hợp', undefined],
  ])('fee %s', (text, expected) => {
    expect(parseFee(text)).toBe(expected);
  });
});

describe('headers', () => {
  it('compares without case, diacritics, spacing or punctuation', () => {
    expect(valueKey('  NGÀY   tiếp nhận (*):')).toBe('ngay tiep nhan');
    expect(valueKey('Phí, lệ phí')).toBe(valueKey('PHI LE PHI'));
  });

  it('finds columns by canonical header, alias, saved and explicit mapping', () => {
    const cells = [
      'STT',
      'Số hồ sơ',
      'TEN THU TUC',
      'Kênh',
      'Ngày tiếp nhận',
      'Ngày hẹn trả',
      'Trạng thái',
      'Ngày tiếp nhận',
    ];
    const plain = resolveColumns(cells, dossierFields);
    expect(plain.columns.code).toEqual({ index: 1, header: 'Số hồ sơ' });
    expect(plain.columns.receivedDate?.index).toBe(4);
    expect(plain.missing.map((m) => m.field)).toEqual(['channel']);
    const saved = resolveColumns(cells, dossierFields, { saved: { channel: 'Kênh', sector: 'Không có' } });
    expect(saved.missing).toEqual([]);
    expect(saved.columns.sector).toBeUndefined();
    const explicit = resolveColumns(cells, dossierFields, {
      explicit: { channel: 'Kênh', sector: 'Không có' },
    });
    expect(explicit.missing).toEqual([{ field: 'sector', header: 'Không có', mapped: true }]);
  });

  it('reads a mapping keyed by field or by canonical header, and refuses anything else', () => {
    expect(normalizeMapping({ code: 'Số biên nhận', 'NGAY TIEP NHAN': 'Nhận lúc' }, dossierFields)).toEqual({
      code: 'Số biên nhận',
      receivedDate: 'Nhận lúc',
    });
    expect(() => normalizeMapping({ 'Họ tên': 'X' }, dossierFields)).toThrow(/không thuộc bố cục chuẩn/);
    expect(() => normalizeMapping({ code: 3 }, dossierFields)).toThrow(/phải là chữ/);
    expect(() => normalizeMapping(['x'], dossierFields)).toThrow(/dạng/);
  });

  it('sniffs the separator from the header line, even below a title line', () => {
    expect(sniffDelimiter(Buffer.from('Mã hồ sơ;Tên thủ tục;"a;b"\r\n1;2;3'))).toBe(';');
    expect(sniffDelimiter(Buffer.from('DANH SÁCH, THÁNG 1\nMã hồ sơ\tTên\tKênh\tNgày\n'))).toBe('\t');
    expect(sniffDelimiter(Buffer.from('"Mã, hồ sơ",Tên\n'))).toBe(',');
  });

  it('turns Excel cells into text', () => {
    expect(cellText(new Date('2025-06-03T00:00:00Z'))).toBe('2025-06-03');
    expect(cellText(new Date('2025-06-03T08:14:59.999Z'))).toBe('2025-06-03 08:15:00');
    expect(cellText({ richText: [{ text: 'Đăng ký ' }, { text: 'khai sinh' }] })).toBe('Đăng ký khai sinh');
    expect(cellText({ formula: 'A1', result: 3 })).toBe('3');
    expect(cellText({ text: 'HS-1', hyperlink: 'http://x' })).toBe('HS-1');
    expect(cellText({ error: '#N/A' })).toBe('');
    expect(cellText(null)).toBe('');
  });
});

describe('search text', () => {
  it('is what the desk stores: searchKey(code + name)', () => {
    const names = new SearchKeyCache();
    const text = fc.string({
      unit: fc.constantFrom(...'aZđĐệỄ0.9-/_ \t'.split(''), 'e\u0301'),
      minLength: 1,
    });
    fc.assert(
      fc.property(text, text, (rawCode, rawName) => {
        const code = rawCode.trim() || 'x';
        const name = rawName.trim() || 'y';
        const built = `${codeKey(code)} ${names.get(name)}`;
        expect(built).toBe(dossierSearchText({ code, procedureName: name }));
        expect(codeKey(code)).toBe(searchKey(code));
      }),
    );
  });
});
