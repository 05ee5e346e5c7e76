// Statutory time limits as versioned data, and the one function that turns them into due dates.
export {
  computeDueDate,
  DeadlineInputError,
  type DeadlineInputErrorCode,
  type DueDateOptions,
} from './due-date.ts';
export { type ProceduralRule, seededProceduralRules } from './procedural-rules.ts';
export {
  type DeadlineRule,
  type DeadlineUnit,
  type DeadlineVariant,
  deadlineVariantName,
  type ExtensionRule,
  type StartEvent,
  startEventName,
} from './rule.ts';
export { ruleInForce } from './rule-in-force.ts';
export { seededDeadlineRules } from './seed-rules.ts';
