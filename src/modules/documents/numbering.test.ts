import { describe, expect, it } from 'vitest';
import { detectFileKind } from './files.ts';
import { documentCitation, documentReference, sequenceKey } from './numbering.ts';

describe('document numbering and citation', () => {
  it('writes references as Nghị định 30/2020 does', () => {
    expect(documentReference({ number: 58, type: 'KH', issuer: 'UBND' })).toBe('58/KH-UBND');
    expect(documentReference({ number: 5, type: 'BC', issuer: 'UBND' })).toBe('05/BC-UBND');
    expect(documentReference({ number: 12, type: '', issuer: 'UBND', field: 'VX' })).toBe('12/UBND-VX');
    expect(documentReference({ number: 3, type: 'QĐ', issuer: 'UBND' })).toBe('03/QĐ-UBND');
  });

  it('shares one sequence unless the commune chose one per type', () => {
    expect(sequenceKey(false, 'KH')).toBe('*');
    expect(sequenceKey(false, '')).toBe('*');
    expect(sequenceKey(true, 'KH')).toBe('KH');
    expect(sequenceKey(true, '')).toBe('');
  });

  it('cites a document the way the reports do', () => {
    expect(
      documentCitation({
        type: 'KH',
        reference: '13/KH-UBND',
        date: '2023-03-23',
        summary: 'Triển khai công tác dân vận chính quyền năm 2023',
      }),
    ).toBe('Kế hoạch số 13/KH-UBND ngày 23/3/2023 về triển khai công tác dân vận chính quyền năm 2023');
    expect(
      documentCitation({
        type: '',
        reference: '12/UBND-VX',
        date: '2024-01-05',
        summary: 'V/v rà soát hộ nghèo',
      }),
    ).toBe('Công văn số 12/UBND-VX ngày 5/1/2024 về rà soát hộ nghèo');
  });

  it('recognises files by content, not by name', () => {
    expect(detectFileKind(Buffer.from('%PDF-1.7'))).toBe('pdf');
    expect(detectFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(detectFileKind(Buffer.from('MZ\x90\x00'))).toBeNull();
  });
});
