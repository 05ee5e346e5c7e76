// The one way a due date is computed. Civil Code 2015 arts. 147–148: a period starts the day
// after its event; a period in calendar days whose last day is not a working day ends at the close
// of the next working day. A period in working days ends on a working day by construction.

import type { Calendar } from '../calendar/calendar.ts';
import { addDays, type IsoDate, isIsoDate } from '../calendar/local-date.ts';
import { addWorkingDays, workingDayOnOrAfter } from '../calendar/working-days.ts';
import type { DeadlineRule, DeadlineVariant } from './rule.ts';

export interface DueDateOptions {
  /** A longer limit the rule grants (complex case, remote area). */
  variant?: DeadlineVariant;
  /** Lengths of the extensions granted, each within the rule's `extension`. */
  extensions?: readonly number[];
  /**
   * Time the law leaves out of the period (illness or disaster for a filing limit), in the rule's
   * unit; it lengthens the period.
   */
  excludedDays?: number;
  /** The limit when the rule has none of its own (the procedure's N for `dossier.due`). */
  count?: number;
  /** Local time of the start event, `HH:MM` (Asia/Ho_Chi_Minh); used with the rule's same-day cut-off. */
  receivedAt?: string;
}

export type DeadlineInputErrorCode =
  | 'DEADLINE_COUNT_MISSING'
  | 'DEADLINE_VARIANT_UNKNOWN'
  | 'DEADLINE_EXTENSION_NOT_ALLOWED'
  | 'DEADLINE_BAD_INPUT';

/** An input the rule does not allow; `userMessage` is Vietnamese, for the API to pass on. */
export class DeadlineInputError extends Error {
  constructor(
    readonly code: DeadlineInputErrorCode,
    readonly userMessage: string,
  ) {
    super(`${code}: ${userMessage}`);
    this.name = 'DeadlineInputError';
  }
}

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isWholeNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

function baseCount(rule: DeadlineRule, options: DueDateOptions): number {
  if (options.variant !== undefined) {
    const count = rule.variants?.[options.variant];
    if (count === undefined) {
      throw new DeadlineInputError(
        'DEADLINE_VARIANT_UNKNOWN',
        `Quy định "${rule.name}" không có thời hạn riêng cho trường hợp này.`,
      );
    }
    return count;
  }
  const count = options.count ?? rule.count;
  if (count === undefined || !isWholeNumber(count)) {
    throw new DeadlineInputError('DEADLINE_COUNT_MISSING', `Chưa có số ngày cho "${rule.name}".`);
  }
  return count;
}

function extensionDays(rule: DeadlineRule, extensions: readonly number[]): number {
  if (extensions.length === 0) return 0;
  const allowed = rule.extension;
  if (!allowed || extensions.length > allowed.maxTimes) {
    throw new DeadlineInputError(
      'DEADLINE_EXTENSION_NOT_ALLOWED',
      allowed
        ? `"${rule.name}" được gia hạn tối đa ${allowed.maxTimes} lần.`
        : `"${rule.name}" không được gia hạn.`,
    );
  }
  for (const days of extensions) {
    if (!isWholeNumber(days) || days > allowed.maxDays) {
      throw new DeadlineInputError(
        'DEADLINE_EXTENSION_NOT_ALLOWED',
        `Mỗi lần gia hạn "${rule.name}" không quá ${allowed.maxDays} ngày.`,
      );
    }
  }
  return extensions.reduce((sum, days) => sum + days, 0);
}

/**
 * The last day of the period `rule` sets for an event on `start`. Extensions and excluded time
 * lengthen the one period counted from `start` (not a fresh period after the first end).
 */
export function computeDueDate(
  rule: DeadlineRule,
  start: IsoDate,
  calendar: Calendar,
  options: DueDateOptions = {},
): IsoDate {
  if (!isIsoDate(start)) throw new DeadlineInputError('DEADLINE_BAD_INPUT', 'Ngày bắt đầu không hợp lệ.');
  const excluded = options.excludedDays ?? 0;
  if (!isWholeNumber(excluded)) {
    throw new DeadlineInputError('DEADLINE_BAD_INPUT', 'Số ngày không tính vào thời hạn không hợp lệ.');
  }
  if (options.receivedAt !== undefined && !CLOCK_TIME.test(options.receivedAt)) {
    throw new DeadlineInputError('DEADLINE_BAD_INPUT', 'Giờ tiếp nhận phải có dạng HH:MM.');
  }
  const total = baseCount(rule, options) + extensionDays(rule, options.extensions ?? []) + excluded;

  if (total === 0) {
    // A same-day matter: settled today if received on a working day before the cut-off.
    const late =
      rule.sameDayCutoff !== undefined &&
      options.receivedAt !== undefined &&
      options.receivedAt > rule.sameDayCutoff;
    return workingDayOnOrAfter(late ? addDays(start, 1) : start, calendar);
  }
  if (rule.unit === 'working') return addWorkingDays(start, total, calendar);
  return workingDayOnOrAfter(addDays(start, total), calendar);
}
