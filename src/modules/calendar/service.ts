import {
  addWorkingDays,
  type Calendar,
  createCalendar,
  defaultHolidayRules,
  holidaysOfYear,
  makeUpWorkingDaysOfYear,
  yearDays,
} from '../../domain/calendar/index.ts';
import { vnDate } from '../../domain/calendar/local-date.ts';
import {
  computeDueDate,
  DeadlineInputError,
  type DeadlineInputErrorCode,
  type DeadlineRule as DomainDeadlineRule,
  ruleInForce,
  startEventName,
} from '../../domain/deadlines/index.ts';
import { verificationLabel } from '../../domain/verification.ts';
import { recordAudit } from '../../platform/audit.ts';
import { type Ctx, requireRole } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import * as q from './queries.ts';
import {
  asDomainRule,
  type CalendarYear,
  DeadlineRule,
  type DeadlineRuleVersion,
  type DueDateAnswer,
  type DueDateQuery,
  type Holiday,
  type YearOverride,
  YearOverrideInput,
  yearOverrideFor,
} from './schema.ts';

// --- The calendar ------------------------------------------------------------------------------

/**
 * The national working calendar as the administrators set it: default holiday rules, the
 * Saturday–Sunday weekend of public servants, and every stored year override. Statutory counting
 * uses this calendar for every commune; a desk open on Saturday mornings does not change it
 * (RULES.md §1).
 */
export async function loadCalendar(ctx: Ctx): Promise<Calendar> {
  const rows = await q.selectYearOverrides(ctx.tx);
  return createCalendar({ overrides: rows.map((r) => storedOverride(r.year, r.override)) });
}

/** Every day of `year` with its status, the year's days off and make-up days, and the stored override. */
export async function getYear(ctx: Ctx, year: number): Promise<CalendarYear> {
  const calendar = await loadCalendar(ctx);
  const row = await q.selectYear(ctx.tx, year);
  return inCalendarRange(() => ({
    year,
    days: yearDays(year, calendar),
    holidays: holidaysOfYear(year, calendar),
    makeUpWorkingDays: makeUpWorkingDaysOfYear(year, calendar),
    override: row ? storedOverride(row.year, row.override) : null,
    updatedAt: row ? isoTimestamp(row.updatedAt) : null,
    updatedBy: row?.updatedBy ?? null,
    holidayRules: uniqueHolidayRules(),
  }));
}

/** Replaces the announcement stored for `year` (days off, make-up days). Administrators only. */
export async function putYearOverride(ctx: Ctx, year: number, input: unknown): Promise<CalendarYear> {
  requireRole(ctx, 'admin');
  const parsed = yearOverrideFor(year).parse(input);
  const before = await q.selectYear(ctx.tx, year);
  const after: YearOverride = { year, ...parsed };
  await q.upsertYear(ctx.tx, year, after, ctx.actor?.id ?? null);
  await recordAudit(ctx, {
    communeId: null,
    entity: 'calendar_year',
    entityId: String(year),
    action: before ? 'update' : 'create',
    before: before ? before.override : undefined,
    after,
  });
  return getYear(ctx, year);
}

/** Removes the stored announcement: the year then follows the default holiday rules. */
export async function deleteYearOverride(ctx: Ctx, year: number): Promise<CalendarYear> {
  requireRole(ctx, 'admin');
  const before = await q.selectYear(ctx.tx, year);
  if (!before) throw notFound(`Lịch nghỉ đã công bố của năm ${year}`);
  await q.deleteYear(ctx.tx, year);
  await recordAudit(ctx, {
    communeId: null,
    entity: 'calendar_year',
    entityId: String(year),
    action: 'delete',
    before: before.override,
  });
  return getYear(ctx, year);
}

/** The year's days off other than ordinary weekends (`danvan calendar holidays`). */
export async function holidays(ctx: Ctx, year: number): Promise<Holiday[]> {
  const calendar = await loadCalendar(ctx);
  return inCalendarRange(() => holidaysOfYear(year, calendar));
}

/** The `n`-th working day after `date` (for n = 0: `date`, or the next working day). */
export async function workingDaysAfter(ctx: Ctx, date: string, n: number): Promise<string> {
  const calendar = await loadCalendar(ctx);
  return inCalendarRange(() => addWorkingDays(date, n, calendar));
}

// --- Deadline rules ----------------------------------------------------------------------------

interface StoredVersion {
  rule: DeadlineRule;
  updatedAt: string;
}

async function ruleVersions(ctx: Ctx, key?: string): Promise<StoredVersion[]> {
  const rows = await q.selectRules(ctx.tx, key);
  return rows.map((r) => ({
    // The columns are the version's identity; the JSON carries the rest.
    rule: DeadlineRule.parse({ ...(r.rule as object), key: r.key, effectiveFrom: r.effectiveFrom }),
    updatedAt: isoTimestamp(r.updatedAt),
  }));
}

/** Presents versions of rules; `inForce` marks the version of each key in force today. */
function present(ctx: Ctx, all: readonly StoredVersion[], shown: readonly StoredVersion[]) {
  const rules = all.map((v) => v.rule);
  const today = vnDate(ctx.asOf);
  return shown.map(
    ({ rule, updatedAt }): DeadlineRuleVersion => ({
      ...rule,
      tagLabel: verificationLabel[rule.tag],
      startEventLabel: startEventName[rule.startEvent],
      inForce: ruleInForce(rules, rule.key, today)?.effectiveFrom === rule.effectiveFrom,
      updatedAt,
    }),
  );
}

/** Every version of every rule, by key then effective date. */
export async function listDeadlineRules(ctx: Ctx): Promise<DeadlineRuleVersion[]> {
  const versions = await ruleVersions(ctx);
  return present(ctx, versions, versions);
}

/**
 * A new version of a rule (or a new rule), applying to matters that start on or after its
 * `effectiveFrom`; matters started earlier keep the version they started under. Administrators only.
 */
export async function addDeadlineRuleVersion(ctx: Ctx, input: DeadlineRule): Promise<DeadlineRuleVersion> {
  requireRole(ctx, 'admin');
  const rule = DeadlineRule.parse(input);
  const inserted = await q.insertRule(ctx.tx, rule.key, rule.effectiveFrom, rule, ctx.actor?.id ?? null);
  if (!inserted) {
    throw new AppError(
      'conflict',
      `Quy định ${rule.key} đã có phiên bản áp dụng từ ngày ${rule.effectiveFrom}.`,
      { effectiveFrom: 'Đã có phiên bản áp dụng từ ngày này' },
    );
  }
  await recordAudit(ctx, {
    communeId: null,
    entity: 'deadline_rule',
    entityId: `${rule.key}@${rule.effectiveFrom}`,
    action: 'create',
    after: rule,
  });
  const versions = await ruleVersions(ctx, rule.key);
  const [shown] = present(
    ctx,
    versions,
    versions.filter((v) => v.rule.effectiveFrom === rule.effectiveFrom),
  );
  return shown as DeadlineRuleVersion;
}

/** The stored version of `key` in force on `date`. */
function versionAt(versions: readonly StoredVersion[], key: string, date: string): StoredVersion {
  if (versions.length === 0) throw notFound(`Quy định thời hạn ${key}`);
  const rule = ruleInForce(
    versions.map((v) => v.rule),
    key,
    date,
  );
  const found = versions.find((v) => v.rule === rule);
  if (!found) {
    const first = versions[0]?.rule.effectiveFrom ?? '';
    throw new AppError(
      'validation',
      `Quy định ${key} chỉ áp dụng từ ngày ${first}, chưa áp dụng cho ngày ${date}.`,
      {
        start: `Quy định áp dụng từ ngày ${first}`,
      },
    );
  }
  return found;
}

/** The version of rule `key` in force on `date` (a case passes the date it started). */
export async function ruleInForceAt(ctx: Ctx, key: string, date: string): Promise<DomainDeadlineRule> {
  return asDomainRule(versionAt(await ruleVersions(ctx, key), key, date).rule);
}

/**
 * The due date of a matter under rule `ruleKey` that started on `start`, by the version in force
 * on `asOf` (default: the start date, so a case keeps the rule it started under).
 */
export async function dueDate(ctx: Ctx, input: { ruleKey: string } & DueDateQuery): Promise<DueDateAnswer> {
  const versions = await ruleVersions(ctx, input.ruleKey);
  const version = versionAt(versions, input.ruleKey, input.asOf ?? input.start);
  const calendar = await loadCalendar(ctx);
  const due = inCalendarRange(() => {
    try {
      return computeDueDate(asDomainRule(version.rule), input.start, calendar, {
        variant: input.variant,
        count: input.count,
      });
    } catch (err) {
      if (err instanceof DeadlineInputError)
        throw new AppError('validation', err.userMessage, {
          [deadlineErrorField[err.code]]: err.userMessage,
        });
      throw err;
    }
  });
  const [rule] = present(ctx, versions, [version]);
  return {
    key: input.ruleKey,
    start: input.start,
    variant: input.variant ?? null,
    dueDate: due,
    rule: rule as DeadlineRuleVersion,
  };
}

const deadlineErrorField: Record<DeadlineInputErrorCode, string> = {
  DEADLINE_COUNT_MISSING: 'count',
  DEADLINE_VARIANT_UNKNOWN: 'variant',
  DEADLINE_EXTENSION_NOT_ALLOWED: 'extensions',
  DEADLINE_BAD_INPUT: 'start',
};

// --- Helpers -----------------------------------------------------------------------------------

/** A stored override, checked at the boundary; the column is the year. */
function storedOverride(year: number, json: unknown): YearOverride {
  return { ...YearOverrideInput.parse(json), year };
}

function uniqueHolidayRules(): { key: string; name: string }[] {
  const byKey = new Map(defaultHolidayRules.map((r) => [r.key, r.name]));
  return [...byKey].map(([key, name]) => ({ key, name }));
}

/** The domain throws RangeError past 1900–2100 (e.g. adding days near the end of 2100). */
function inCalendarRange<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RangeError)
      throw new AppError('validation', 'Ngày nằm ngoài phạm vi lịch (năm 1900 đến 2100).');
    throw err;
  }
}

function isoTimestamp(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
