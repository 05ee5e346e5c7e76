import type { IndicatorProvider } from '../stats/indicators.ts';

/**
 * `mediation.*`, for cases received in the period, in their state at its end: successful or
 * unsuccessful when the result came by then, otherwise ongoing.
 * Identity: cases = successful + unsuccessful + ongoing.
 */
export const mediationIndicators: IndicatorProvider = async (ctx, communeId, period) => {
  const [row] = await ctx.tx.query<{ cases: number; successful: number; unsuccessful: number }>(
    `select count(*)::int as cases,
       count(*) filter (where result = 'successful' and result_date <= $3)::int as successful,
       count(*) filter (where result = 'unsuccessful' and result_date <= $3)::int as unsuccessful
     from mediation_cases where commune_id = $1 and received_date between $2 and $3`,
    [communeId, period.from, period.to],
  );
  const cases = row?.cases ?? 0;
  const successful = row?.successful ?? 0;
  const unsuccessful = row?.unsuccessful ?? 0;
  return {
    'mediation.cases': cases,
    'mediation.successful': successful,
    'mediation.unsuccessful': unsuccessful,
    'mediation.ongoing': cases - successful - unsuccessful,
  };
};
