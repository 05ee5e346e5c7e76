import { describe, expect, it } from 'vitest';
import { createCalendar, dayStatus, holidaysOfYear, makeUpWorkingDaysOfYear, yearDays } from './calendar.ts';
import { defaultHolidayRules } from './holiday-rules.ts';
import { addDays, datesInRange } from './local-date.ts';
import { isWorkingDay } from './working-days.ts';

const calendar = createCalendar();

describe('official Tết breaks for public servants (RULES.md §2)', () => {
  it.each([
    ['2023-01-20', '2023-01-26'],
    ['2024-02-08', '2024-02-14'],
    ['2025-01-25', '2025-02-02'],
    ['2026-02-14', '2026-02-22'],
  ])('%s – %s is off, and work resumes on both sides', (from, to) => {
    for (const date of datesInRange(from, to)) {
      expect(isWorkingDay(date, calendar), date).toBe(false);
    }
    expect(isWorkingDay(addDays(from, -1), calendar)).toBe(true);
    expect(isWorkingDay(addDays(to, 1), calendar)).toBe(true);
    const listed = holidaysOfYear(Number(from.slice(0, 4)), calendar).map((day) => day.date);
    expect(listed).toEqual(expect.arrayContaining(datesInRange(from, to)));
  });

  it('the default rule (eve + days 1–4, weekend compensation) gives the same 2026 break as announced', () => {
    const withoutOverrides = createCalendar({ overrides: [] });
    const off = datesInRange('2026-02-13', '2026-02-23').filter(
      (date) => !isWorkingDay(date, withoutOverrides),
    );
    expect(off).toEqual(datesInRange('2026-02-14', '2026-02-22'));
  });
});

describe('Giỗ Tổ Hùng Vương', () => {
  it.each([['2023-04-29'], ['2024-04-18'], ['2025-04-07'], ['2026-04-26'], ['2027-04-16']])(
    '%s is a holiday',
    (date) => {
      expect(dayStatus(date, calendar)).toMatchObject({
        working: false,
        kind: 'holiday',
        name: 'Giỗ Tổ Hùng Vương',
      });
    },
  );

  it('2026 falls on a Sunday, so Monday 27/04/2026 is off in compensation', () => {
    expect(dayStatus('2026-04-27', calendar)).toEqual({
      date: '2026-04-27',
      working: false,
      kind: 'compensatory',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    });
    expect(isWorkingDay('2026-04-28', calendar)).toBe(true);
  });
});

describe('2025 swaps (RULES.md §2)', () => {
  it('Friday 02/05 is off, worked on Saturday 26/04; 30/04–04/05 is off', () => {
    expect(isWorkingDay('2025-04-26', calendar)).toBe(true);
    expect(dayStatus('2025-04-26', calendar).kind).toBe('makeUpWorkingDay');
    for (const date of datesInRange('2025-04-30', '2025-05-04'))
      expect(isWorkingDay(date, calendar), date).toBe(false);
    expect(dayStatus('2025-04-30', calendar).name).toBe('Ngày Giải phóng miền Nam, thống nhất đất nước');
    expect(dayStatus('2025-05-02', calendar).kind).toBe('officialDayOff');
    expect(isWorkingDay('2025-05-05', calendar)).toBe(true);
  });

  it('Monday 27/01 is off inside the Tết break, worked on Saturday 08/02 (tagged U)', () => {
    expect(isWorkingDay('2025-01-27', calendar)).toBe(false);
    expect(isWorkingDay('2025-02-08', calendar)).toBe(true);
    expect(makeUpWorkingDaysOfYear(2025, calendar).map((day) => day.date)).toEqual([
      '2025-02-08',
      '2025-04-26',
    ]);
  });
});

describe('Quốc khánh: 2 September plus one adjacent day', () => {
  it('2025 (a Tuesday): Monday 01/09 and Tuesday 02/09 are off, after the weekend of 30–31/08', () => {
    expect(datesInRange('2025-08-29', '2025-09-03').map((date) => isWorkingDay(date, calendar))).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('before 2021 it was a single day', () => {
    expect(isWorkingDay('2020-09-01', calendar)).toBe(true);
    expect(isWorkingDay('2020-09-02', calendar)).toBe(false);
    expect(isWorkingDay('2020-09-03', calendar)).toBe(true);
  });
});

describe('holidaysOfYear', () => {
  it('lists 2026 in date order with Vietnamese names', () => {
    const tetBreak = datesInRange('2026-02-14', '2026-02-22').map((date) => ({
      date,
      name: 'Nghỉ Tết Nguyên đán',
    }));
    expect(holidaysOfYear(2026, calendar)).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      ...tetBreak,
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương' },
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' },
      { date: '2026-04-30', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động' },
      { date: '2026-09-02', name: 'Quốc khánh' },
      // Default adjacent day for a Wednesday; replace with the year's decision once announced.
      { date: '2026-09-03', name: 'Quốc khánh' },
    ]);
  });

  it('falls back to the default Tết rule where no announcement was entered (2027: Tết on a Saturday)', () => {
    const tet = holidaysOfYear(2027, calendar).filter((day) => day.name.includes('Tết Nguyên đán'));
    expect(tet).toEqual([
      { date: '2027-02-05', name: 'Tết Nguyên đán' },
      { date: '2027-02-06', name: 'Tết Nguyên đán' },
      { date: '2027-02-07', name: 'Tết Nguyên đán' },
      { date: '2027-02-08', name: 'Tết Nguyên đán' },
      { date: '2027-02-09', name: 'Tết Nguyên đán' },
      { date: '2027-02-10', name: 'Nghỉ bù Tết Nguyên đán' },
      { date: '2027-02-11', name: 'Nghỉ bù Tết Nguyên đán' },
    ]);
  });

  it('takes new holidays as data (the proposed 24/11 Ngày Văn hóa Việt Nam)', () => {
    const withCultureDay = createCalendar({
      holidayRules: [
        ...defaultHolidayRules,
        {
          key: 'cultureDay',
          name: 'Ngày Văn hóa Việt Nam',
          kind: 'solar',
          month: 11,
          day: 24,
          source: 'đề xuất 2026',
          tag: 'U',
        },
      ],
    });
    expect(holidaysOfYear(2027, withCultureDay)).toContainEqual({
      date: '2027-11-24',
      name: 'Ngày Văn hóa Việt Nam',
    });
    expect(holidaysOfYear(2027, calendar)).not.toContainEqual({
      date: '2027-11-24',
      name: 'Ngày Văn hóa Việt Nam',
    });
  });
});

describe('weekend configuration', () => {
  it('a Sunday-only weekend works Saturdays and compensates only Sunday holidays', () => {
    const sundayOnly = createCalendar({ weekend: [0] });
    expect(isWorkingDay('2026-03-07', sundayOnly)).toBe(true); // a Saturday
    expect(isWorkingDay('2026-03-08', sundayOnly)).toBe(false); // a Sunday
    expect(dayStatus('2026-04-27', sundayOnly).kind).toBe('compensatory'); // Giỗ Tổ 2026 is a Sunday
    // Tết 2027 (Saturday 06/02): with Saturday a working day only Sunday 07/02 is made up.
    const off = holidaysOfYear(2027, sundayOnly).filter((day) => day.date < '2027-03-01');
    expect(off.map((day) => day.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
  });

  it('refuses a week without working days', () => {
    expect(() => createCalendar({ weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError);
  });
});

describe('yearDays', () => {
  it('describes every day of the year', () => {
    const days = yearDays(2024, calendar);
    expect(days).toHaveLength(366);
    expect(days.filter((day) => day.kind === 'weekend').length).toBeGreaterThan(90);
  });
});
