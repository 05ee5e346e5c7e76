import { describe, expect, it } from 'vitest';
import { periodDays, recentYears } from './period.ts';

describe('periodDays', () => {
  it('counts both ends, across months and leap days', () => {
    expect(periodDays('01/06/2026', '20/06/2026')).toBe(20);
    expect(periodDays('15/02/2028', '15/3/2028')).toBe(30);
    expect(periodDays('05/09/2026', '05/09/2026')).toBe(1);
  });
  it('is null for an invalid date or an end before the start', () => {
    expect(periodDays('31/02/2026', '05/03/2026')).toBeNull();
    expect(periodDays('10/06/2026', '09/06/2026')).toBeNull();
    expect(periodDays('10/06/2026', '')).toBeNull();
  });
});

describe('recentYears', () => {
  it('lists six years back from today', () => {
    expect(recentYears('2026-11-22')).toEqual(['2026', '2025', '2024', '2023', '2022', '2021']);
  });
});
