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

  it('finds counts and percentages but not dates, references, bare fractions or year spans', () => {
    const text =
      'Tổng 1.105 hồ sơ đạt 98.23 %, ngày 23/4/2019, số 61/2018/NĐ-CP, 5/9 huyện, giảm 1/3, giai đoạn 2021-2025.';
    expect(findNumbers(text).map((t) => [t.raw, t.value, t.isPercent])).toEqual([
      ['1.105', 1105, false],
      ['98.23 %', 98.23, true],
      ['2021', 2021, false],
    ]);
  });

  it('reads a count out of a total followed by its unit, the span covering both', () => {
    const text = 'giải quyết 4.561/5.650 HS, có 168/168 hồ sơ nộp trực tuyến, tiếp 161/201 người';
    expect(findNumbers(text).map((t) => [t.raw, t.value, t.base?.value])).toEqual([
      ['4.561/5.650', 4561, 5650],
      ['168/168', 168, 168],
      ['161', 161, undefined],
    ]);
    const [first] = findNumbers(text);
    expect(text.slice(first?.base?.start, first?.base?.end)).toBe('5.650');
  });

  it('reads thousands written as a word as a rounded amount', () => {
    const text = 'tiếp nhận 5,65 ngàn hồ sơ, hơn 4,5 nghìn hồ sơ, 1.089 HS, tỷ lệ 99,7%';
    expect(findNumbers(text).map((t) => [t.raw, t.value, t.rounded ?? false])).toEqual([
      ['5,65 ngàn', 5650, true],
      ['4,5 nghìn', 4500, true],
      ['1.089', 1089, false],
      ['99,7%', 99.7, false],
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
