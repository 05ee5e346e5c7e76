import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromJulianDay, julianDayFromParts } from './local-date.ts';
import { leapMonthOf, lunarMonthLength, lunarNewYear, lunarToSolar, solarToLunar } from './lunar.ts';

// Vectors from RULES.md §3 (computed there by two independent methods).
const TET: Record<number, string> = {
  1985: '1985-01-21', // China: 1985-02-20
  2007: '2007-02-17', // China: 2007-02-18
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02', // China: 2030-02-03
};

const GIO_TO: Record<number, string> = {
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
};

describe('Tết Nguyên đán (RULES.md §3)', () => {
  for (const [year, date] of Object.entries(TET)) {
    it(`${year}: ${date}`, () => {
      expect(lunarNewYear(Number(year))).toBe(date);
      expect(solarToLunar(date)).toEqual({ year: Number(year), month: 1, day: 1, leap: false });
    });
  }
});

describe('Giỗ Tổ Hùng Vương, 10/3 lunar (RULES.md §3)', () => {
  for (const [year, date] of Object.entries(GIO_TO)) {
    it(`${year}: ${date}`, () => {
      expect(lunarToSolar({ year: Number(year), month: 3, day: 10, leap: false })).toBe(date);
      expect(solarToLunar(date)).toEqual({ year: Number(year), month: 3, day: 10, leap: false });
    });
  }
});

describe('leap months (RULES.md §3)', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
  ])('%i has a leap month %i', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
    const start = lunarToSolar({ year, month, day: 1, leap: true });
    expect(start).toBeDefined();
    expect(solarToLunar(start as string)).toEqual({ year, month, day: 1, leap: true });
    // The leap month follows its regular twin directly.
    const regularLength = lunarMonthLength(year, month) as number;
    const regularStart = lunarToSolar({ year, month, day: 1, leap: false }) as string;
    expect(addDays(regularStart, regularLength)).toBe(start);
  });

  it.each([2021, 2022, 2024, 2026, 2027])('%i has no leap month', (year) => {
    expect(leapMonthOf(year)).toBeUndefined();
    expect(lunarToSolar({ year, month: 4, day: 1, leap: true })).toBeUndefined();
  });
});

describe('29 tháng Chạp: the eve of Tết in 2025 and 2026 (RULES.md §3)', () => {
  it.each([
    ['2025-01-28', 2024, 2025],
    ['2026-02-16', 2025, 2026],
  ])('%s is 29/12 of lunar %i, the last day before Tết', (eve, lunarYear, tetYear) => {
    expect(solarToLunar(eve)).toEqual({ year: lunarYear, month: 12, day: 29, leap: false });
    expect(lunarMonthLength(lunarYear, 12)).toBe(29);
    expect(lunarToSolar({ year: lunarYear, month: 12, day: 30, leap: false })).toBeUndefined();
    expect(addDays(eve, 1)).toBe(lunarNewYear(tetYear));
  });
});

describe('solar ↔ lunar over 1900–2100', () => {
  const first = julianDayFromParts(1900, 1, 1);
  const last = julianDayFromParts(2100, 12, 31);
  it('lunarToSolar inverts solarToLunar on every day of the range', () => {
    const failures: string[] = [];
    for (let jd = first; jd <= last; jd++) {
      const date = fromJulianDay(jd);
      const lunar = solarToLunar(date);
      if (lunar.day < 1 || lunarToSolar(lunar) !== date) failures.push(date);
    }
    // 2054-05-07 and 2062-04-09 once came out as "day 0" (new moon more than a day after the mean).
    expect(failures).toEqual([]);
  });

  it('the lunar day advances by one, or a new month starts after day 29 or 30', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 1 }).map(fromJulianDay), (date) => {
        const today = solarToLunar(date);
        const tomorrow = solarToLunar(addDays(date, 1));
        if (tomorrow.day === 1) {
          expect(today.day).toBe(lunarMonthLength(today.year, today.month, today.leap));
          expect([29, 30]).toContain(today.day);
        } else {
          expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('Tết falls between 21 January and 20 February every year', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = lunarNewYear(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `${year}: ${tet}`).toBe(true);
    }
  });

  it('refuses years outside the supported range', () => {
    expect(() => solarToLunar('1899-12-31')).toThrow(RangeError);
    expect(() => lunarNewYear(2101)).toThrow(RangeError);
  });
});
