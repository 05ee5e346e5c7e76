import { describe, expect, it } from 'vitest';
import { intakeText } from './intake.ts';
import { carve } from './parts.ts';
import { valuesOf } from './test-helpers.ts';

const read = (text: string) => {
  const result = intakeText(text);
  return { values: valuesOf(result), findings: result.findings.map((f) => f.rule) };
};

describe('parts of the unit inside the sentences of its total', () => {
  it('keeps the figures of each level out of the total, and checks each level on its own', () => {
    const text =
      'Năm 2024, toàn huyện tiếp 300 lượt công dân (tăng 20 lượt so với năm 2023), trong đó, cấp huyện tiếp 100 lượt; cấp xã tiếp 200 lượt.\n' +
      'Toàn huyện đã giải quyết xong 90/100 đơn (đạt 90%), trong đó UBND huyện giải quyết xong 30/40 đơn (đạt 75%), UBND các xã giải quyết xong 60/60 đơn (đạt 90%).';
    const { values, findings } = read(text);
    expect(values).toEqual({ 'petitions.resolved': [90], 'reception.citizens.total': [300] });
    // 60 of 60 is 100%: the communes' own figure is checked, inside their part.
    expect(findings).toEqual(['percentage.mismatch']);
  });

  it('leaves a commune naming itself and the district once as one unit', () => {
    const text =
      'Năm 2024, UBND xã tiếp nhận 15 đơn, trong đó 12 đơn thuộc thẩm quyền của UBND xã, 3 đơn không thuộc thẩm quyền đã hướng dẫn công dân gửi UBND huyện.';
    expect(read(text).values).toEqual({
      'petitions.inAuthority': [12],
      'petitions.received': [15],
      'petitions.transferred': [3],
    });
  });

  it('reads the paragraph after "Trong đó:" as a breakdown, and a change as no value', () => {
    const text =
      'Tháng 3/2024, lãnh đạo huyện tiếp công dân 05 lượt (03 định kỳ) với 9 người.\nTrong đó:\n\nLãnh đạo UBND các huyện: đã tiếp 04 lượt.\n\nSo với tháng 2/2024, số lượt tiếp giảm 6 lượt.';
    expect(read(text)).toEqual({
      values: { 'reception.citizens.periodic': [3], 'reception.citizens.total': [5] },
      findings: [],
    });
  });

  it('reads a same-kind figure in brackets after a total as its breakdown', () => {
    const text = 'Năm 2024, xã tiếp nhận 40 đơn thư (đơn cũ chuyển sang 5 đơn, đơn mới tiếp nhận 35 đơn).';
    expect(read(text)).toEqual({ values: { 'petitions.received': [40] }, findings: [] });
  });
});

describe('carve', () => {
  it('cuts the finer parts out of the coarser ones, keeping what is left of them', () => {
    expect(
      carve(
        [{ start: 0, end: 100 }],
        [
          { start: 10, end: 20 },
          { start: 50, end: 100 },
        ],
      ),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 50 },
      { start: 50, end: 100 },
    ]);
  });
});
