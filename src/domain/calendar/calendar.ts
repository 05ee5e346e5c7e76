// A `Calendar` is plain data — weekend days, holiday rules, per-year official overrides — and
// every working-day function takes it explicitly, so a commune's settings or an administrator's
// edits are just another value, and nothing reads the clock.

import { defaultHolidayRules, type HolidayRule } from './holiday-rules.ts';
import {
  addDays,
  datesInRange,
  type IsoDate,
  isIsoDate,
  isoDate,
  parseIsoDate,
  type Weekday,
  weekdayOf,
  yearOf,
} from './local-date.ts';
import { lunarNewYear, lunarToSolar } from './lunar.ts';
import { seededYearOverrides, type YearOverride } from './year-overrides.ts';

export interface CalendarConfig {
  /** Weekly rest days; Saturday and Sunday for public servants (RULES.md §1). */
  weekend?: Iterable<Weekday>;
  holidayRules?: readonly HolidayRule[];
  overrides?: readonly YearOverride[];
}

export interface Calendar {
  readonly weekend: ReadonlySet<Weekday>;
  readonly holidayRules: readonly HolidayRule[];
  readonly overrides: readonly YearOverride[];
}

/** Why a day is (not) worked, for the admin calendar view. */
export type DayKind =
  | 'working'
  | 'weekend'
  /** A statutory holiday (it is off even when it falls on a weekend). */
  | 'holiday'
  /** The working day that makes up for a holiday falling on a weekly rest day (art. 111(3)). */
  | 'compensatory'
  /** A day off announced for the year (Tết break, swapped day). */
  | 'officialDayOff'
  /** A rest day worked in exchange for an official day off. */
  | 'makeUpWorkingDay';

export interface DayStatus {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** Vietnamese name of the holiday, day off or make-up day. */
  name?: string;
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

export const FIRST_CALENDAR_YEAR = 1900;
export const LAST_CALENDAR_YEAR = 2100;

const DEFAULT_WEEKEND: readonly Weekday[] = [6, 0];

export function createCalendar(config: CalendarConfig = {}): Calendar {
  const weekend = new Set(config.weekend ?? DEFAULT_WEEKEND);
  if (weekend.size >= 7) throw new RangeError('A calendar needs at least one working weekday');
  for (const day of weekend) {
    if (!Number.isInteger(day) || day < 0 || day > 6) throw new RangeError(`Not a weekday: ${day}`);
  }
  const overrides = config.overrides ?? seededYearOverrides;
  for (const override of overrides) {
    for (const entry of override.daysOff) {
      if (!isIsoDate(entry.from) || (entry.to !== undefined && !isIsoDate(entry.to))) {
        throw new RangeError(`Bad day-off range in the ${override.year} override: ${entry.from}–${entry.to}`);
      }
    }
    for (const entry of override.workingDays) {
      if (!isIsoDate(entry.date)) {
        throw new RangeError(`Bad make-up day in the ${override.year} override: ${entry.date}`);
      }
    }
  }
  return { weekend, holidayRules: config.holidayRules ?? defaultHolidayRules, overrides };
}

interface StatutoryDay {
  date: IsoDate;
  name: string;
}

function ruleApplies(rule: HolidayRule, year: number): boolean {
  return (
    (rule.fromYear === undefined || year >= rule.fromYear) &&
    (rule.toYear === undefined || year <= rule.toYear)
  );
}

function solarDay(year: number, month: number, day: number): IsoDate | undefined {
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(text) ? text : undefined;
}

function datesOfRule(rule: HolidayRule, year: number): IsoDate[] {
  switch (rule.kind) {
    case 'solar': {
      const date = solarDay(year, rule.month, rule.day);
      return date ? [date] : [];
    }
    case 'lunar': {
      const date = lunarToSolar({ year, month: rule.month, day: rule.day, leap: false });
      return date ? [date] : [];
    }
    case 'lunarNewYear': {
      const tet = lunarNewYear(year);
      return datesInRange(addDays(tet, -rule.eveDays), addDays(tet, rule.newYearDays - 1));
    }
    case 'solarWithAdjacentDay': {
      const date = solarDay(year, rule.month, rule.day);
      if (!date) return [];
      const other = addDays(date, rule.adjacentDay[weekdayOf(date)] === 'before' ? -1 : 1);
      return [date, other].sort();
    }
  }
}

/**
 * Every day off that the rules and the announcements of `year` produce. Compensatory days may
 * spill into the next year, which is why a year's index also looks at the year before.
 */
function daysOffDecidedIn(calendar: Calendar, year: number): DayStatus[] {
  const overrides = calendar.overrides.filter((override) => override.year === year);
  const replaced = new Set(overrides.flatMap((override) => override.replaces ?? []));

  const statutory: StatutoryDay[] = [];
  for (const rule of calendar.holidayRules) {
    if (!ruleApplies(rule, year) || replaced.has(rule.key)) continue;
    for (const date of datesOfRule(rule, year)) statutory.push({ date, name: rule.name });
  }
  statutory.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const announcedOff = overrides.flatMap((override) =>
    override.daysOff.flatMap((entry) =>
      datesInRange(entry.from, entry.to ?? entry.from).map((date) => ({ date, name: entry.name })),
    ),
  );

  const taken = new Set([...statutory, ...announcedOff].map((day) => day.date));
  const result: DayStatus[] = statutory.map((day) => ({ ...day, working: false, kind: 'holiday' }));
  // A holiday on a weekly rest day is made up on the next working day (Labour Code art. 111(3)),
  // in date order, skipping days already off. (A compensatory day spilling into January does not
  // see the next year's holidays; no late-December holiday exists to make that matter.)
  for (const day of statutory) {
    if (!calendar.weekend.has(weekdayOf(day.date))) continue;
    let candidate = addDays(day.date, 1);
    while (calendar.weekend.has(weekdayOf(candidate)) || taken.has(candidate))
      candidate = addDays(candidate, 1);
    taken.add(candidate);
    result.push({ date: candidate, name: `Nghỉ bù ${day.name}`, working: false, kind: 'compensatory' });
  }
  for (const day of announcedOff) result.push({ ...day, working: false, kind: 'officialDayOff' });
  for (const override of overrides) {
    for (const entry of override.workingDays) {
      result.push({ date: entry.date, name: entry.name, working: true, kind: 'makeUpWorkingDay' });
    }
  }
  return result;
}

// Where two entries name the same date, the stronger one wins: an announced make-up day beats
// everything; a statutory holiday keeps its own name inside an announced break.
const PRECEDENCE: Record<DayKind, number> = {
  makeUpWorkingDay: 4,
  holiday: 3,
  compensatory: 2,
  officialDayOff: 1,
  weekend: 0,
  working: 0,
};

// Memoised per calendar value; the calendar is immutable data, so this is invisible to callers.
const yearIndexes = new WeakMap<Calendar, Map<number, Map<IsoDate, DayStatus>>>();

function assertCalendarYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
    throw new RangeError(`The calendar covers ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}, got ${year}`);
  }
}

function yearIndex(calendar: Calendar, year: number): Map<IsoDate, DayStatus> {
  assertCalendarYear(year);
  let byYear = yearIndexes.get(calendar);
  if (!byYear) {
    byYear = new Map();
    yearIndexes.set(calendar, byYear);
  }
  let index = byYear.get(year);
  if (!index) {
    index = new Map();
    for (const day of [...daysOffDecidedIn(calendar, year - 1), ...daysOffDecidedIn(calendar, year)]) {
      if (yearOf(day.date) !== year) continue;
      const current = index.get(day.date);
      if (!current || PRECEDENCE[day.kind] > PRECEDENCE[current.kind]) index.set(day.date, day);
    }
    byYear.set(year, index);
  }
  return index;
}

/** Whether `date` is worked, and why. */
export function dayStatus(date: IsoDate, calendar: Calendar): DayStatus {
  const special = yearIndex(calendar, yearOf(date)).get(date);
  if (special) return special;
  return calendar.weekend.has(weekdayOf(date))
    ? { date, working: false, kind: 'weekend' }
    : { date, working: true, kind: 'working' };
}

/**
 * The year's days off other than ordinary weekends, sorted by date: statutory holidays (even on a
 * weekend), compensatory days and announced days off (including weekend days inside an announced
 * break). This is exactly what `danvan calendar holidays YEAR --json` prints.
 */
export function holidaysOfYear(year: number, calendar: Calendar): Holiday[] {
  return [...yearIndex(calendar, year).values()]
    .filter((day) => !day.working && day.name !== undefined)
    .map((day) => ({ date: day.date, name: day.name as string }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The year's announced make-up working days, sorted by date. */
export function makeUpWorkingDaysOfYear(year: number, calendar: Calendar): Holiday[] {
  return [...yearIndex(calendar, year).values()]
    .filter((day) => day.kind === 'makeUpWorkingDay')
    .map((day) => ({ date: day.date, name: day.name as string }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** Every date of a year with its status, for a year view. */
export function yearDays(year: number, calendar: Calendar): DayStatus[] {
  assertCalendarYear(year);
  return datesInRange(isoDate(year, 1, 1), isoDate(year, 12, 31)).map((date) => dayStatus(date, calendar));
}
