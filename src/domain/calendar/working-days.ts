// Working-day arithmetic over a `Calendar`. Counting follows the Civil Code (arts. 147–148): a
// period starts the day after its event, so "N working days after d" is the N-th working day
// strictly after d, and counting between two dates excludes the first and includes the last.

import { type Calendar, dayStatus } from './calendar.ts';
import { addDays, type IsoDate } from './local-date.ts';

export function isWorkingDay(date: IsoDate, calendar: Calendar): boolean {
  return dayStatus(date, calendar).working;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, calendar: Calendar): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** `date` itself when it is a working day, otherwise the next working day. */
export function workingDayOnOrAfter(date: IsoDate, calendar: Calendar): IsoDate {
  return isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar);
}

/**
 * The `n`-th working day after `date` (n ≥ 1), always a working day. For n = 0 it returns
 * `date` when that is a working day, else the next one: "the same day, or as soon as we open".
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: Calendar): IsoDate {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`Working days to add must be a whole number ≥ 0, got ${n}`);
  if (n === 0) return workingDayOnOrAfter(date, calendar);
  let day = date;
  for (let i = 0; i < n; i++) day = nextWorkingDay(day, calendar);
  return day;
}

/**
 * Working days after `from` up to and including `to`. Antisymmetric: negative when `to` is
 * earlier (so `countWorkingDays(today, due)` < 0 reads "overdue").
 * For n ≥ 1, `countWorkingDays(d, addWorkingDays(d, n)) === n`.
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: Calendar): number {
  if (to < from) return -countWorkingDays(to, from, calendar);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return count;
}
