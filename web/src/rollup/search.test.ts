import { describe, expect, it } from 'vitest';
import { validateRollupSearch } from './search.ts';

describe('roll-up search params', () => {
  it('keeps valid choices, including a period the router read back as a number', () => {
    expect(
      validateRollupSearch({
        ky: 2026,
        loai: 'cchc',
        chiTieu: 'onestop.onTimeRate,petitions.received',
        sapXep: 'onestop.onTimeRate',
        thuTu: 'asc',
      }),
    ).toEqual({
      tinh: undefined,
      ky: '2026',
      loai: 'cchc',
      chiTieu: 'onestop.onTimeRate,petitions.received',
      sapXep: 'onestop.onTimeRate',
      thuTu: 'asc',
    });
    expect(validateRollupSearch({ ky: '2021..2025' }).ky).toBe('2021..2025');
  });

  it('drops what it does not recognise', () => {
    expect(
      validateRollupSearch({ ky: '2025-H3', loai: 'x', chiTieu: 'a b,<script>', sapXep: '1x', thuTu: 'up' }),
    ).toEqual({
      tinh: undefined,
      ky: undefined,
      loai: undefined,
      chiTieu: undefined,
      sapXep: undefined,
      thuTu: undefined,
    });
  });
});
