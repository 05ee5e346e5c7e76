import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch, normalizeText, searchKey } from './text.ts';

describe('normalizeText', () => {
  it('turns decomposed Vietnamese into the precomposed form', () => {
    const decomposed = 'hồ sơ'.normalize('NFD');
    expect(decomposed).not.toBe('hồ sơ');
    expect(normalizeText(decomposed)).toBe('hồ sơ');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
    );
  });
});

describe('searchKey', () => {
  it.each([
    ['Hồ Sơ', 'ho so'],
    ['hồ sơ'.normalize('NFD'), 'ho so'],
    ['Đất đai', 'dat dai'],
    ['ÐẤT', 'dat'], // U+00D0 from legacy data
    ['  Ủy   ban\tnhân dân ', 'uy ban nhan dan'],
    ['Hoà', 'hoa'], // old-style tone placement
    ['Hòa', 'hoa'],
    ['Nguyễn Thị Ánh', 'nguyen thi anh'],
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it('lets "ho so" find "hồ sơ"', () => {
    expect(matchesSearch('Tiếp nhận hồ sơ đất đai', 'ho so')).toBe(true);
    expect(matchesSearch('Tiếp nhận hồ sơ đất đai', 'HỒ SƠ ĐẤT')).toBe(true);
    expect(matchesSearch('Tiếp nhận hồ sơ', 'đất')).toBe(false);
  });

  it('gives the same key for NFC and NFD input, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(searchKey(text.normalize('NFD'))).toBe(searchKey(text.normalize('NFC')));
        expect(searchKey(searchKey(text))).toBe(searchKey(text));
      }),
    );
  });
});
