import type { Calendar } from '../../domain/calendar/index.ts';
import {
  computeDueDate,
  DeadlineInputError,
  type DeadlineRule,
  type DeadlineVariant,
  ruleInForce,
} from '../../domain/deadlines/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { PetitionKind } from './schema.ts';

/**
 * The two deadlines of a petition (RULES.md §4), by kind: first the limit to decide what to do
 * with it (accept, transfer, guide), then, once accepted, the limit to settle or answer it.
 */
export const intakeRuleKey: Record<PetitionKind, string> = {
  complaint: 'complaint.accept',
  denunciation: 'denunciation.intake',
  feedback: 'feedback.forward',
};
export const settlementRuleKey: Record<PetitionKind, string> = {
  complaint: 'complaint.firstInstance',
  denunciation: 'denunciation.settle',
  feedback: 'feedback.answerInCompetence',
};

export interface StageDeadline {
  ruleKey: string;
  /** The version used: a case keeps it when the rule changes later. */
  ruleEffectiveFrom: string;
  dueDate: string;
}

export interface StageInput {
  receivedDate: string;
  /** The acceptance date for the settlement stage; absent for intake. */
  acceptedDate?: string;
  variant?: DeadlineVariant | null;
  extensions?: readonly number[];
}

/**
 * The deadline of one stage, or null when no version of the rule was in force on the date the
 * stage began (e.g. feedback received before the 2025 rule): the petition then has no statutory
 * limit for that stage. The version is the one in force on the stage's date (receipt for intake,
 * acceptance for settlement); the count runs from the rule's own start event (feedback counts its
 * 15 days from receipt, complaints and denunciations from acceptance).
 */
export function stageDeadline(
  rules: readonly DeadlineRule[],
  key: string,
  calendar: Calendar,
  input: StageInput,
): StageDeadline | null {
  const stageDate = input.acceptedDate ?? input.receivedDate;
  const rule = ruleInForce(rules, key, stageDate);
  if (!rule) return null;
  const start = rule.startEvent === 'receipt' ? input.receivedDate : stageDate;
  try {
    const dueDate = computeDueDate(rule, start, calendar, {
      variant: input.variant ?? undefined,
      extensions: input.extensions ?? [],
    });
    return { ruleKey: rule.key, ruleEffectiveFrom: rule.effectiveFrom, dueDate };
  } catch (err) {
    if (err instanceof DeadlineInputError) {
      const field = err.code === 'DEADLINE_VARIANT_UNKNOWN' ? 'variant' : 'days';
      throw new AppError('validation', err.userMessage, { [field]: err.userMessage });
    }
    if (err instanceof RangeError)
      throw new AppError('validation', 'Ngày nằm ngoài phạm vi lịch (năm 1900 đến 2100).');
    throw err;
  }
}
