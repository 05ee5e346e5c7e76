import { describe, expect, it } from 'vitest';
import { typeCode, typeValue, validateDocumentSearch } from './search.ts';

describe('validateDocumentSearch', () => {
  it('keeps valid filters and drops the rest', () => {
    expect(validateDocumentSearch({ q: ' ke hoach ', loai: 'KH', nam: '2026', page: '2' })).toEqual({
      q: 'ke hoach',
      loai: 'KH',
      nam: 2026,
      page: 2,
    });
    expect(validateDocumentSearch({ loai: 'K H;', nam: '1990', page: '-1' })).toEqual({
      q: undefined,
      loai: undefined,
      nam: undefined,
      page: undefined,
    });
  });
  it('carries the công văn as "_" and Vietnamese codes in NFC', () => {
    expect(typeCode(typeValue(''))).toBe('');
    expect(validateDocumentSearch({ loai: 'QĐ'.normalize('NFD') }).loai).toBe('QĐ');
  });
});
