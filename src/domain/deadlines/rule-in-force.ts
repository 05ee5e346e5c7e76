import type { IsoDate } from '../calendar/local-date.ts';

/**
 * The version of rule `key` in force on `asOf`: the one with the latest `effectiveFrom` not after
 * it. A case passes the date it started, so it keeps its rule when the law changes.
 */
export function ruleInForce<Rule extends { key: string; effectiveFrom: IsoDate }>(
  rules: readonly Rule[],
  key: string,
  asOf: IsoDate,
): Rule | undefined {
  let best: Rule | undefined;
  for (const rule of rules) {
    if (rule.key !== key || rule.effectiveFrom > asOf) continue;
    if (!best || rule.effectiveFrom > best.effectiveFrom) best = rule;
  }
  return best;
}
