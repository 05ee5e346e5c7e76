import { describe, expect, it } from 'vitest';
import { periodChoices, periodKeyOf, periodText } from './period.ts';

describe('intake periods', () => {
  it('names the periods the reports use and falls back to the dates', () => {
    expect(periodText({ from: '2025-01-01', to: '2025-06-30', label: '2025-H1' })).toBe(
      '6 tháng đầu năm 2025 (01/01/2025 – 30/06/2025)',
    );
    expect(periodText({ from: '2023-01-01', to: '2023-12-31', label: '2023' })).toBe(
      'Năm 2023 (01/01/2023 – 31/12/2023)',
    );
    expect(periodText({ from: '2022-01-01', to: '2022-09-30', label: '2022-9M' })).toBe(
      '01/01/2022 – 30/09/2022',
    );
  });

  it('offers the years and first halves around the stated period', () => {
    const choices = periodChoices(
      { from: '2023-01-01', to: '2023-06-30', label: '2023-H1' },
      new Date('2025-03-01'),
    );
    expect(choices.slice(0, 2)).toEqual([
      { value: '2025', label: 'Năm 2025' },
      { value: '2025-H1', label: '6 tháng đầu năm 2025' },
    ]);
    expect(choices.map((c) => c.value)).toContain('2018-H1');
    expect(periodKeyOf({ from: '2023-01-01', to: '2023-06-30', label: '2023-H1' })).toBe('2023-H1');
    expect(periodKeyOf({ from: '2022-01-01', to: '2022-09-30', label: '2022-9M' })).toBeNull();
  });
});
