import { describe, expect, it } from 'vitest';
import { normalizeReportText } from './normalize.ts';
import { extractPeriod } from './period.ts';

const periodOf = (text: string) => extractPeriod(normalizeReportText(text))?.label ?? null;

describe('extractPeriod: starts and comparisons are not periods', () => {
  it('skips "từ năm 2019" (since) and a year compared, and reads a span written without "ngày"', () => {
    expect(
      periodOf(
        'Số hồ sơ tăng nhanh từ năm 2019. Số hồ sơ năm 2019 tăng hơn 3.300 hồ sơ so với năm 2018. Tại Trung tâm (từ 01/01/2020 đến 24/12/2020): tiếp nhận 64.610 hồ sơ.',
      ),
    ).toBe('2020-01-01..2020-12-24');
  });

  it('reads "từ năm … đến năm …" as the years between', () => {
    expect(periodOf('Kết quả từ năm 2019 đến năm 2021: tiếp nhận 120 đơn.')).toBe('2019..2021');
  });

  it('still reads a year that is compared with nothing', () => {
    expect(periodOf('Năm 2021, xã tiếp nhận 120 đơn, giảm 5% so với cùng kỳ.')).toBe('2021');
  });
});
