import { describe, expect, it } from 'vitest';
import { resolvePeriod, validateStatsSearch } from './period.ts';

describe('resolvePeriod', () => {
  it('defaults to the half-year containing today, cut at today', () => {
    expect(resolvePeriod({}, '2026-11-21')).toEqual({
      preset: 'h2',
      year: 2026,
      from: '2026-07-01',
      to: '2026-11-21',
      capped: true,
    });
    expect(resolvePeriod({}, '2026-03-02').from).toBe('2026-01-01');
  });

  it('keeps whole past periods and custom ranges', () => {
    expect(resolvePeriod({ preset: 'year', year: 2025 }, '2026-11-21')).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
      capped: false,
    });
    expect(resolvePeriod({ from: '2025-02-01', to: '2025-02-28' }, '2026-01-01')).toMatchObject({
      preset: 'custom',
      from: '2025-02-01',
      to: '2025-02-28',
    });
  });
});

describe('validateStatsSearch', () => {
  it('drops what it does not know', () => {
    expect(validateStatsSearch({ preset: 'q3', year: '20', from: '1/2/2025', to: '2025-02-28' })).toEqual({
      to: '2025-02-28',
    });
  });
});
