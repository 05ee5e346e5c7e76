import { describe, expect, it } from 'vitest';
import { formatReference } from './reference.ts';

describe('formatReference', () => {
  it.each([
    [{ number: 30, type: 'BC', issuer: 'UBND' }, '30/BC-UBND'],
    [{ number: 5, type: 'BC', issuer: 'UBND' }, '05/BC-UBND'],
    [{ number: 123, type: 'QĐ', issuer: 'UBND' }, '123/QĐ-UBND'],
    [{ number: 12, issuer: 'UBND-VX' }, '12/UBND-VX'],
    [{ number: 15, year: 2024, type: 'QĐ', issuer: 'UBND' }, '15/2024/QĐ-UBND'],
  ])('%o → %s', (reference, text) => {
    expect(formatReference(reference)).toBe(text);
  });

  it('stores the type code in NFC', () => {
    expect(formatReference({ number: 1, type: 'QĐ'.normalize('NFD'), issuer: 'UBND' })).toBe('01/QĐ-UBND');
  });

  it('refuses numbers below 1', () => {
    expect(() => formatReference({ number: 0, type: 'BC', issuer: 'UBND' })).toThrow(RangeError);
  });
});
