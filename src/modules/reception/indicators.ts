import type { IndicatorProvider } from '../stats/indicators.ts';
import { receptionKinds } from './schema.ts';

/**
 * `reception.*`, for sessions held in the period: sessions (buổi) and citizen visits (lượt) by
 * kind, their totals (the sum of the kinds), and crowd delegations (sessions flagged đoàn đông người).
 */
export const receptionIndicators: IndicatorProvider = async (ctx, communeId, period) => {
  const rows = await ctx.tx.query<{
    kind: (typeof receptionKinds)[number];
    sessions: number;
    citizens: number;
    crowds: number;
  }>(
    `select kind, count(*)::int as sessions, coalesce(sum(citizens), 0)::int as citizens,
       count(*) filter (where crowd)::int as crowds
     from reception_sessions where commune_id = $1 and session_date between $2 and $3 group by kind`,
    [communeId, period.from, period.to],
  );
  const out: Record<string, number> = {};
  let sessions = 0;
  let citizens = 0;
  let crowds = 0;
  for (const kind of receptionKinds) {
    const r = rows.find((x) => x.kind === kind);
    out[`reception.sessions.${kind}`] = r?.sessions ?? 0;
    out[`reception.citizens.${kind}`] = r?.citizens ?? 0;
    sessions += r?.sessions ?? 0;
    citizens += r?.citizens ?? 0;
    crowds += r?.crowds ?? 0;
  }
  return {
    ...out,
    'reception.sessions.total': sessions,
    'reception.citizens.total': citizens,
    'reception.crowds': crowds,
  };
};
