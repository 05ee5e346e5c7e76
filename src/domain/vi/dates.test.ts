import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJulianDay, julianDayFromParts } from '../calendar/local-date.ts';
import { formatDate, formatLongDate, formatPlaceAndDate, parseViDate } from './dates.ts';

describe('formatDate', () => {
  it.each([
    ['2024-06-03', '03/06/2024'],
    ['2025-12-31', '31/12/2025'],
    ['2026-01-09', '09/01/2026'],
  ])('%s → %s', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});

describe('formatLongDate (days below 10 and months 1–2 padded, Nghị định 30/2020)', () => {
  it.each([
    ['2024-06-03', 'ngày 03 tháng 6 năm 2024'],
    ['2024-01-05', 'ngày 05 tháng 01 năm 2024'],
    ['2024-02-15', 'ngày 15 tháng 02 năm 2024'],
    ['2024-03-10', 'ngày 10 tháng 3 năm 2024'],
    ['2024-09-09', 'ngày 09 tháng 9 năm 2024'],
    ['2024-10-01', 'ngày 01 tháng 10 năm 2024'],
    ['2024-12-25', 'ngày 25 tháng 12 năm 2024'],
  ])('%s → %s', (date, text) => {
    expect(formatLongDate(date)).toBe(text);
  });

  it('writes the dateline under the national motto', () => {
    expect(formatPlaceAndDate('Quang Minh', '2024-06-03')).toBe('Quang Minh, ngày 03 tháng 6 năm 2024');
  });

  it('refuses what is not a YYYY-MM-DD date', () => {
    expect(() => formatLongDate('03/06/2024')).toThrow(RangeError);
    expect(() => formatDate('2024-02-30')).toThrow(RangeError);
  });
});

describe('parseViDate', () => {
  it('reads dd/mm/yyyy, padded or not', () => {
    expect(parseViDate('03/06/2024')).toBe('2024-06-03');
    expect(parseViDate('3/6/2024')).toBe('2024-06-03');
    expect(parseViDate('30/02/2024')).toBeUndefined();
    expect(parseViDate('2024-06-03')).toBeUndefined();
  });

  it('round-trips formatDate', () => {
    const anyDate = fc
      .integer({ min: julianDayFromParts(1900, 1, 1), max: julianDayFromParts(2100, 12, 31) })
      .map(fromJulianDay);
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(parseViDate(formatDate(date))).toBe(date);
      }),
    );
  });
});
