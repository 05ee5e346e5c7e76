import { describe, expect, it } from 'vitest';
import { contentTypeOf, csvCut, mappingToSend, previewBytes, previewSlice, xlsxType } from './import-file.ts';

describe('import file helpers', () => {
  it('labels the upload by extension and leaves unknown ones to the server', () => {
    expect(contentTypeOf('Danh sach.XLSX')).toBe(xlsxType);
    expect(contentTypeOf('ho-so.csv')).toBe('text/csv');
    expect(contentTypeOf('xuat')).toBe('application/octet-stream');
  });

  it('cuts the preview of a long CSV after its last whole line, never inside a character', () => {
    const text = 'Mã hồ sơ,Trạng thái\n'.repeat(20_000);
    const bytes = new TextEncoder().encode(text).slice(0, previewBytes);
    const cut = csvCut(bytes);
    expect(bytes[cut - 1]).toBe(0x0a);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(0, cut))).toMatch(/Trạng thái\n$/);
    expect(csvCut(new Uint8Array([65, 66]))).toBe(2);
  });

  it('sends a small file whole and a large CSV as its first lines', async () => {
    const small = Object.assign(new Blob(['a,b\n1,2\n']), { name: 'a.csv' });
    expect((await previewSlice(small)).size).toBe(small.size);
    const big = Object.assign(new Blob(['Mã hồ sơ,Trạng thái\n'.repeat(20_000)]), { name: 'b.csv' });
    const slice = await previewSlice(big);
    expect(slice.size).toBeLessThanOrEqual(previewBytes);
    expect((await slice.text()).endsWith('\n')).toBe(true);
  });

  it('sends no mapping when nothing changed, and every chosen column once something did', () => {
    const found = { code: 'Mã hồ sơ', status: 'Trạng thái', sector: null };
    expect(mappingToSend(found, { ...found })).toBeUndefined();
    expect(mappingToSend(found, { ...found, sector: 'Nhóm' })).toEqual({
      code: 'Mã hồ sơ',
      status: 'Trạng thái',
      sector: 'Nhóm',
    });
  });
});
