// The Vietnamese working calendar: dates, the lunar calendar, holidays and working-day arithmetic.
export {
  type Calendar,
  type CalendarConfig,
  createCalendar,
  type DayKind,
  type DayStatus,
  dayStatus,
  FIRST_CALENDAR_YEAR,
  type Holiday,
  holidaysOfYear,
  LAST_CALENDAR_YEAR,
  makeUpWorkingDaysOfYear,
  yearDays,
} from './calendar.ts';
export { defaultHolidayRules, type HolidayRule } from './holiday-rules.ts';
export {
  addDays,
  type DateParts,
  daysBetween,
  type IsoDate,
  isIsoDate,
  isoDate,
  parseIsoDate,
  type Weekday,
  weekdayOf,
} from './local-date.ts';
export {
  type LunarDate,
  leapMonthOf,
  lunarMonthLength,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from './lunar.ts';
export {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDayOnOrAfter,
} from './working-days.ts';
export {
  type DaysOffEntry,
  type MakeUpWorkingDay,
  seededYearOverrides,
  type YearOverride,
} from './year-overrides.ts';
