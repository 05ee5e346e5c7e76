import { z } from 'zod';
import {
  type DayKind,
  defaultHolidayRules,
  FIRST_CALENDAR_YEAR,
  LAST_CALENDAR_YEAR,
} from '../../domain/calendar/index.ts';
import {
  type DeadlineRule as DomainDeadlineRule,
  type DeadlineVariant as DomainDeadlineVariant,
  deadlineVariantName,
  type StartEvent,
  startEventName,
} from '../../domain/deadlines/index.ts';
import type { Verification as DomainVerification } from '../../domain/verification.ts';

const yearRange = `từ ${FIRST_CALENDAR_YEAR} đến ${LAST_CALENDAR_YEAR}`;

/** A calendar year the domain covers. Coerced: it arrives as a path segment or a CLI argument. */
export const CalendarYearNumber = z.coerce
  .number({ error: `Năm phải là một số ${yearRange}` })
  .int(`Năm phải là số nguyên ${yearRange}`)
  .min(FIRST_CALENDAR_YEAR, `Năm phải ${yearRange}`)
  .max(LAST_CALENDAR_YEAR, `Năm phải ${yearRange}`);

/** A real `YYYY-MM-DD` date inside the calendar's range. */
export const CalendarDate = z.iso
  .date({ error: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật' })
  .refine((d) => {
    const year = Number(d.slice(0, 4));
    return year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR;
  }, `Ngày phải thuộc các năm ${yearRange}`);

/** Days to add or a time limit: whole, not negative, at most ten years. */
export const DayCount = z.coerce
  .number({ error: 'Số ngày phải là một số nguyên từ 0 đến 3650' })
  .int('Số ngày phải là số nguyên')
  .min(0, 'Số ngày không được âm')
  .max(3650, 'Số ngày tối đa là 3650');

const text = (max: number) =>
  z
    .string({ error: 'Phải là chuỗi ký tự' })
    .trim()
    .min(1, 'Không được để trống')
    .max(max, `Tối đa ${max} ký tự`);

export const Verification = z.enum(['V', 'P', 'U'] satisfies DomainVerification[], {
  error: 'Mức xác minh là V (đã xác minh), P (một phần) hoặc U (chưa xác minh)',
});

const holidayRuleKeys = [...new Set(defaultHolidayRules.map((r) => r.key))] as [string, ...string[]];
export const HolidayRuleKey = z.enum(holidayRuleKeys, {
  error: `Mã ngày lễ phải là một trong: ${holidayRuleKeys.join(', ')}`,
});

// --- Year overrides: each year's announced days off and make-up working days -------------------

export const DaysOffEntry = z
  .object({
    from: CalendarDate,
    /** Last day off; a single day when absent. */
    to: CalendarDate.optional(),
    name: text(200),
    source: text(500).optional(),
    tag: Verification.default('V'),
  })
  .refine((e) => e.to === undefined || e.from <= e.to, {
    message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
    path: ['to'],
  });
export type DaysOffEntry = z.infer<typeof DaysOffEntry>;

export const MakeUpWorkingDay = z.object({
  date: CalendarDate,
  name: text(200),
  source: text(500).optional(),
  tag: Verification.default('V'),
});
export type MakeUpWorkingDay = z.infer<typeof MakeUpWorkingDay>;

/** The body of `PUT /api/calendar/:year`: the whole announcement for that year. */
export const YearOverrideInput = z.object({
  /** Holidays whose default days this year's announcement replaces (usually `tet`). */
  replaces: z.array(HolidayRuleKey).max(10, 'Tối đa 10 ngày lễ').default([]),
  daysOff: z.array(DaysOffEntry).max(60, 'Tối đa 60 đợt nghỉ'),
  workingDays: z.array(MakeUpWorkingDay).max(60, 'Tối đa 60 ngày làm bù'),
});
export type YearOverrideInput = z.infer<typeof YearOverrideInput>;

/**
 * The override of one given year: every date inside that year, and no make-up working day inside
 * an announced break (it would say the same day is both worked and off).
 */
export function yearOverrideFor(year: number) {
  return YearOverrideInput.superRefine((o, ctx) => {
    const inYear = (date: string) => Number(date.slice(0, 4)) === year;
    const outside = `Ngày phải thuộc năm ${year}`;
    o.daysOff.forEach((e, i) => {
      if (!inYear(e.from)) ctx.addIssue({ code: 'custom', message: outside, path: ['daysOff', i, 'from'] });
      if (e.to !== undefined && !inYear(e.to))
        ctx.addIssue({ code: 'custom', message: outside, path: ['daysOff', i, 'to'] });
    });
    const seen = new Set<string>();
    o.workingDays.forEach((w, i) => {
      const path = ['workingDays', i, 'date'];
      if (!inYear(w.date)) ctx.addIssue({ code: 'custom', message: outside, path });
      else if (seen.has(w.date)) ctx.addIssue({ code: 'custom', message: 'Ngày làm bù bị trùng', path });
      else if (o.daysOff.some((e) => w.date >= e.from && w.date <= (e.to ?? e.from)))
        ctx.addIssue({ code: 'custom', message: 'Ngày làm bù nằm trong đợt nghỉ đã khai báo', path });
      seen.add(w.date);
    });
  });
}

/** A stored override, as the domain's `YearOverride`. */
export const YearOverride = YearOverrideInput.extend({ year: z.number().int() });
export type YearOverride = z.infer<typeof YearOverride>;

// --- The year view ---------------------------------------------------------------------------

export const CalendarDay = z.object({
  date: z.string(),
  working: z.boolean(),
  kind: z.enum([
    'working',
    'weekend',
    'holiday',
    'compensatory',
    'officialDayOff',
    'makeUpWorkingDay',
  ] satisfies DayKind[]),
  name: z.string().optional(),
});

export const Holiday = z.object({ date: z.string(), name: z.string() });
export type Holiday = z.infer<typeof Holiday>;

export const CalendarYear = z.object({
  year: z.number().int(),
  /** Every day of the year with whether it is worked and why. */
  days: z.array(CalendarDay),
  /** Days off other than ordinary weekends (what `danvan calendar holidays` prints). */
  holidays: z.array(Holiday),
  makeUpWorkingDays: z.array(Holiday),
  /** The announcement stored for this year; null when the year follows the default rules. */
  override: YearOverride.nullable(),
  updatedAt: z.string().nullable(),
  /** Who last changed the override (visible to administrators). */
  updatedBy: z.string().nullable(),
  /** Holidays an override may replace, for the edit form. */
  holidayRules: z.array(z.object({ key: z.string(), name: z.string() })),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const YearParams = z.object({ year: CalendarYearNumber });

export const AddWorkingDaysQuery = z.object({ date: CalendarDate, n: DayCount });
export const DateAnswer = z.object({ date: z.string() });

// --- Deadline rules ----------------------------------------------------------------------------

export const RuleKey = z
  .string({ error: 'Mã quy định phải là chuỗi ký tự' })
  .trim()
  .min(1, 'Không được để trống')
  .max(64, 'Tối đa 64 ký tự')
  .regex(
    /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/,
    'Mã quy định gồm chữ không dấu và số, nối bằng dấu chấm (ví dụ complaint.accept)',
  );

const startEvents = Object.keys(startEventName) as [StartEvent, ...StartEvent[]];
const variantNames = Object.keys(deadlineVariantName) as [DomainDeadlineVariant, ...DomainDeadlineVariant[]];

export const DeadlineVariant = z.enum(variantNames, {
  error: `Trường hợp riêng phải là một trong: ${variantNames.join(', ')}`,
});

/** One version of a statutory time limit (the domain's `DeadlineRule`), as entered and stored. */
export const DeadlineRule = z.object({
  key: RuleKey,
  /** The version applies to matters that start on or after this date. */
  effectiveFrom: CalendarDate,
  name: text(200),
  count: z.number().int().min(0).max(3650).optional(),
  unit: z.enum(['working', 'calendar'], {
    error: 'Đơn vị là working (ngày làm việc) hoặc calendar (ngày)',
  }),
  startEvent: z.enum(startEvents, { error: `Sự kiện bắt đầu phải là một trong: ${startEvents.join(', ')}` }),
  variants: z
    .object({
      complex: z.number().int().min(0).max(3650).optional(),
      remote: z.number().int().min(0).max(3650).optional(),
      remoteComplex: z.number().int().min(0).max(3650).optional(),
    })
    .strict()
    .optional(),
  extension: z
    .object({
      maxDays: z.number().int().min(1).max(3650),
      maxTimes: z.number().int().min(1).max(10),
      condition: text(1000),
    })
    .optional(),
  sameDayCutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM')
    .optional(),
  source: text(500),
  tag: Verification,
  note: text(1000).optional(),
});
export type DeadlineRule = z.infer<typeof DeadlineRule>;
// The schema and the domain type describe the same thing.
export const asDomainRule = (rule: DeadlineRule): DomainDeadlineRule => rule;

export const DeadlineRuleVersion = DeadlineRule.extend({
  /** "đã xác minh" / "xác minh một phần" / "chưa xác minh" (RULES.md). */
  tagLabel: z.string(),
  startEventLabel: z.string(),
  /** This version is the one in force today. */
  inForce: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type DeadlineRuleVersion = z.infer<typeof DeadlineRuleVersion>;

export const DueDateQuery = z.object({
  start: CalendarDate,
  variant: DeadlineVariant.optional(),
  /** The date whose rule version applies; the start date when absent (a case keeps its rule). */
  asOf: CalendarDate.optional(),
  /** The time limit when the rule has none of its own (a procedure's N for `dossier.due`). */
  count: DayCount.optional(),
});
export type DueDateQuery = z.infer<typeof DueDateQuery>;

export const DueDateAnswer = z.object({
  key: z.string(),
  start: z.string(),
  variant: z.string().nullable(),
  dueDate: z.string(),
  rule: DeadlineRuleVersion,
});
export type DueDateAnswer = z.infer<typeof DueDateAnswer>;
