// A statutory time limit as data (RULES.md §4): count, unit, the event it runs from, how it may be
// extended, and where it comes from. Rules are versioned by `effectiveFrom` so a case keeps the
// version in force when it started, and an administrator can edit them.

import type { IsoDate } from '../calendar/local-date.ts';
import type { Verification } from '../verification.ts';

/** Statutes say "ngày làm việc" (working days) or plain "ngày" (calendar days, Civil Code art. 148). */
export type DeadlineUnit = 'working' | 'calendar';

export type StartEvent =
  | 'knowledge'
  | 'receipt'
  | 'acceptance'
  | 'acceptanceDecision'
  | 'firstDecisionOrExpiry'
  | 'completeDossier';

export const startEventName: Record<StartEvent, string> = {
  knowledge: 'ngày biết được quyết định hành chính, hành vi hành chính',
  receipt: 'ngày nhận được đơn',
  acceptance: 'ngày thụ lý',
  acceptanceDecision: 'ngày ra quyết định thụ lý',
  firstDecisionOrExpiry: 'ngày nhận quyết định giải quyết lần đầu hoặc hết thời hạn giải quyết lần đầu',
  completeDossier: 'ngày nhận đủ hồ sơ hợp lệ',
};

/** Longer limits the statute grants for harder cases or remote places. */
export type DeadlineVariant = 'complex' | 'remote' | 'remoteComplex';

export const deadlineVariantName: Record<DeadlineVariant, string> = {
  complex: 'vụ việc phức tạp',
  remote: 'vùng sâu, vùng xa đi lại khó khăn',
  remoteComplex: 'vùng sâu, vùng xa đi lại khó khăn, vụ việc phức tạp',
};

export interface ExtensionRule {
  /** Longest single extension, in the rule's unit. */
  maxDays: number;
  /** How many extensions may be granted at most. */
  maxTimes: number;
  /** When an extension is allowed and how it is granted (Vietnamese, shown to staff). */
  condition: string;
}

export interface DeadlineRule {
  key: string;
  name: string;
  /** The time limit; absent when each case supplies it (a procedure's own N for `dossier.due`). */
  count?: number;
  unit: DeadlineUnit;
  startEvent: StartEvent;
  variants?: Partial<Record<DeadlineVariant, number>>;
  extension?: ExtensionRule;
  /**
   * Local time (HH:MM, Asia/Ho_Chi_Minh) after which a same-day (N = 0) matter received today is
   * settled on the next working day.
   */
  sameDayCutoff?: string;
  source: string;
  tag: Verification;
  effectiveFrom: IsoDate;
  note?: string;
}
