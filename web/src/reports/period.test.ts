import { describe, expect, it } from 'vitest';
import { lastEndedHalf, periodChoices, periodKind, periodLabel } from './period.ts';

describe('report periods', () => {
  it('labels the three kinds as the reports do', () => {
    expect(periodLabel('2025-H1')).toBe('6 tháng đầu năm 2025');
    expect(periodLabel('2025-H2')).toBe('6 tháng cuối năm 2025');
    expect(periodLabel('2025')).toBe('Năm 2025');
    expect(periodLabel('2021..2025')).toBe('Giai đoạn 2021 - 2025');
    expect(periodLabel('2025-01-01..2025-03-31')).toBe('2025-01-01..2025-03-31');
    expect(periodKind('2021..2025')).toBe('years');
    expect(periodKind('2025-H3')).toBeUndefined();
  });

  it('defaults to the half-year that has just ended', () => {
    expect(lastEndedHalf('2026-11-22')).toBe('2026-H1');
    expect(lastEndedHalf('2026-07-01')).toBe('2026-H1');
    expect(lastEndedHalf('2026-06-30')).toBe('2025-H2');
  });

  it('offers recent halves, years and five-year spans, newest first', () => {
    expect(periodChoices('2026-11-22', ['half', 'year'], 2)).toEqual([
      '2026-H2',
      '2026-H1',
      '2026',
      '2025-H2',
      '2025-H1',
      '2025',
    ]);
    expect(periodChoices('2026-11-22', ['years'])).toEqual(['2021..2025', '2016..2020', '2011..2015']);
    expect(periodChoices('2025-03-01', ['years'])[0]).toBe('2021..2025');
  });
});
