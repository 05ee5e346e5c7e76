import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, holidaysOfYear, makeUpWorkingDaysOfYear } from './calendar.ts';
import { addDays, datesInRange, fromJulianDay, julianDayFromParts, weekdayOf } from './local-date.ts';
import { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './working-days.ts';

const calendar = createCalendar();
const saturdayDesk = createCalendar({ weekend: [0] });

// Any date of the range, and dates around the years whose announcements are seeded (2023–2026).
const anyDate = fc
  .integer({ min: julianDayFromParts(1901, 1, 1), max: julianDayFromParts(2099, 6, 30) })
  .map(fromJulianDay);
const seededYears = fc
  .integer({ min: julianDayFromParts(2022, 12, 1), max: julianDayFromParts(2026, 12, 31) })
  .map(fromJulianDay);
const workingDayCount = fc.integer({ min: 1, max: 300 });
const anyCalendar = fc.constantFrom(calendar, saturdayDesk);

/** An oracle built only from the published lists, independent of how dayStatus decides. */
function listedOff(from: string, to: string, cal = calendar): (date: string) => boolean {
  const years = new Set([from, to].map((date) => Number(date.slice(0, 4))));
  for (let year = Math.min(...years); year <= Math.max(...years); year++) years.add(year);
  const off = new Set<string>();
  const makeUp = new Set<string>();
  for (const year of years) {
    for (const day of holidaysOfYear(year, cal)) off.add(day.date);
    for (const day of makeUpWorkingDaysOfYear(year, cal)) makeUp.add(day.date);
  }
  return (date) => off.has(date) || (cal.weekend.has(weekdayOf(date)) && !makeUp.has(date));
}

describe('addWorkingDays and countWorkingDays (properties)', () => {
  for (const [label, dates] of [
    ['1901–2099', anyDate],
    ['the seeded years 2023–2026', seededYears],
  ] as const) {
    it(`lands on a working day (${label})`, () => {
      fc.assert(
        fc.property(dates, fc.integer({ min: 0, max: 300 }), anyCalendar, (date, n, cal) => {
          expect(isWorkingDay(addWorkingDays(date, n, cal), cal)).toBe(true);
        }),
      );
    });

    it(`countWorkingDays(d, addWorkingDays(d, N)) === N (${label})`, () => {
      fc.assert(
        fc.property(dates, workingDayCount, anyCalendar, (date, n, cal) => {
          const due = addWorkingDays(date, n, cal);
          expect(countWorkingDays(date, due, cal)).toBe(n);
          expect(countWorkingDays(due, date, cal)).toBe(-n);
        }),
      );
    });

    it(`never counts a holiday or a weekend (${label})`, () => {
      fc.assert(
        fc.property(dates, workingDayCount, anyCalendar, (date, n, cal) => {
          const due = addWorkingDays(date, n, cal);
          const isOff = listedOff(date, due, cal);
          const counted = datesInRange(addDays(date, 1), due).filter((day) => !isOff(day));
          expect(counted).toHaveLength(n);
          expect(counted.at(-1)).toBe(due);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('counts nothing between a date and itself', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(countWorkingDays(date, date, calendar)).toBe(0);
      }),
    );
  });
});

describe('addWorkingDays examples', () => {
  it('skips the whole 2026 Tết break', () => {
    expect(addWorkingDays('2026-02-13', 1, calendar)).toBe('2026-02-23');
    expect(nextWorkingDay('2026-02-13', calendar)).toBe('2026-02-23');
    expect(countWorkingDays('2026-02-13', '2026-02-23', calendar)).toBe(1);
  });

  it('counts the 2025 make-up Saturday 26/04', () => {
    // Friday 25/04 + 1 → Saturday 26/04 (worked in exchange for Friday 02/05).
    expect(addWorkingDays('2025-04-25', 1, calendar)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-25', 2, calendar)).toBe('2025-04-28');
  });

  it('returns the date itself for N = 0 on a working day, else the next working day', () => {
    expect(addWorkingDays('2026-03-04', 0, calendar)).toBe('2026-03-04');
    expect(addWorkingDays('2026-03-07', 0, calendar)).toBe('2026-03-09');
  });

  it('refuses a negative or fractional N', () => {
    expect(() => addWorkingDays('2026-03-04', -1, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-04', 1.5, calendar)).toThrow(RangeError);
  });

  it('refuses dates outside 1900–2100', () => {
    expect(() => isWorkingDay('2101-01-03', calendar)).toThrow(RangeError);
  });
});
