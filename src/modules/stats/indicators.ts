import type { Ctx } from '../../platform/context.ts';

export interface Period {
  from: string;
  to: string;
}

/**
 * A module's contribution to the statistics: indicator keys of PRIMER §4 (never renamed) and
 * their values for one commune and period. Each module registers its provider in providers.ts.
 */
export type IndicatorProvider = (
  ctx: Ctx,
  communeId: string,
  period: Period,
) => Promise<Record<string, number>>;
