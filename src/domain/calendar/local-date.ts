// Calendar dates are plain `YYYY-MM-DD` strings (ISO 8601 calendar dates, no time, no zone).
// A date is a label on the Vietnamese wall calendar (Asia/Ho_Chi_Minh), never an instant, so
// nothing here touches `Date` or the host's time zone: arithmetic goes through the Julian day
// number, an integer. Strings compare correctly with `<` and sort with the default sort.
// Turning "now" into a date is the caller's business (in Asia/Ho_Chi_Minh, at the edge).

export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as in JavaScript's `getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The parts of a valid `YYYY-MM-DD` string, or undefined (wrong shape or no such day). */
export function parseIsoDate(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** Parts of a date the caller vouches for; a malformed one is a programming error. */
export function dateParts(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return parts;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(text)) throw new RangeError(`No such date: ${year}-${month}-${day}`);
  return text;
}

/** Julian day number of a Gregorian date (Fliegel–Van Flandern, integer arithmetic). */
export function julianDayFromParts(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

export function partsFromJulianDay(jd: number): DateParts {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: b * 100 + d - 4800 + Math.floor(m / 10),
  };
}

export function toJulianDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  return julianDayFromParts(year, month, day);
}

export function fromJulianDay(jd: number): IsoDate {
  const { year, month, day } = partsFromJulianDay(jd);
  return isoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromJulianDay(toJulianDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toJulianDay(to) - toJulianDay(from);
}

export function weekdayOf(date: IsoDate): Weekday {
  // JD 0 was a Monday; shift so that Sunday is 0.
  return ((toJulianDay(date) + 1) % 7) as Weekday;
}

export function yearOf(date: IsoDate): number {
  return dateParts(date).year;
}

/** Every date from `from` to `to`, both included (empty when `to` is earlier). */
export function datesInRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = toJulianDay(from);
  const end = toJulianDay(to);
  const dates: IsoDate[] = [];
  for (let jd = start; jd <= end; jd++) dates.push(fromJulianDay(jd));
  return dates;
}

/** The calendar date in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) of an instant. */
export function vnDate(at: Date): IsoDate {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
