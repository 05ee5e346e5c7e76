import { describe, expect, it } from 'vitest';
import { findNumbers, formatViNumber, parseReportNumber, qualifierBefore } from './numbers.ts';

describe('Vietnamese number forms', () => {
  it.each([
    ['4.080', false, 4080],
    ['08', false, 8],
    ['98,8', true, 98.8],
    ['98.23', true, 98.23],
    ['1.77', true, 1.77],
    ['2.988,35', false, 2988.35],
    ['751,67', false, 751.67],
    ['904.497', false, 904497],
    ['1133', false, 1133],
  ])('%s (percent: %s) reads as %d', (digits, percent, value) => {
    expect(parseReportNumber(digits, percent)?.value).toBe(value);
  });

  it('finds counts and percentages but not dates, references, ratios or year spans', () => {
    const text =
      'Tổng 1.105 hồ sơ đạt 98.23 %, ngày 23/4/2019, số 61/2018/NĐ-CP, 760/770 hồ sơ, giai đoạn 2021-2025.';
    expect(findNumbers(text).map((t) => [t.raw, t.value, t.isPercent])).toEqual([
      ['1.105', 1105, false],
      ['98.23 %', 98.23, true],
      ['2021', 2021, false],
    ]);
  });

  it('marks "trên 75" as a lower bound and "khoảng 4.000" as an estimate', () => {
    expect(qualifierBefore('nhân dân nêu trên')).toEqual({ qualifier: 'atLeast', rest: 'nhân dân nêu' });
    expect(qualifierBefore('thu hút khoảng')).toEqual({ qualifier: 'about', rest: 'thu hút' });
    expect(qualifierBefore('trên địa bàn có')).toEqual({ rest: 'trên địa bàn có' });
  });

  it('formats the Vietnamese way', () => {
    expect(formatViNumber(1133)).toBe('1.133');
    expect(formatViNumber(97.5294, 2)).toBe('97,53');
  });
});
