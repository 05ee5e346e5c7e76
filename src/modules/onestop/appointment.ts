import type { Calendar } from '../../domain/calendar/index.ts';
import { computeDueDate, type DeadlineRule } from '../../domain/deadlines/index.ts';

const vnOffsetMs = 7 * 3_600_000;

/** The local date and time in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
export function vnDateTime(at: Date): { date: string; time: string } {
  const iso = new Date(at.getTime() + vnOffsetMs).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * Ngày hẹn trả: the procedure's N working days after receipt, counted by the calendar; a
 * same-day procedure received after the cut-off returns the next working day (rule dossier.due).
 */
export function appointmentDate(
  rule: DeadlineRule,
  calendar: Calendar,
  receivedAt: Date,
  processingDays: number,
): string {
  const { date, time } = vnDateTime(receivedAt);
  return computeDueDate(rule, date, calendar, { count: processingDays, receivedAt: time });
}
