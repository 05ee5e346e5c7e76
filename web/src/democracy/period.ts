import { daysBetween } from '../../../src/domain/calendar/local-date.ts';
import { parseDate, vnDate } from '../lib/format.ts';

/**
 * Consecutive days from the first to the last typed date (dd/mm/yyyy), both included, as the law
 * counts a posting or a consultation period; null until both dates are valid and in order.
 */
export function periodDays(from: string, to: string): number | null {
  const a = parseDate(from);
  const b = parseDate(to);
  return a && b && b >= a ? daysBetween(a, b) + 1 : null;
}

/** The last six years, newest first, for the year pickers. */
export function recentYears(today: string = vnDate()): string[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => String(year - i));
}
