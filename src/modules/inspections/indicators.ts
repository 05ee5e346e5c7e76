import type { IndicatorProvider } from '../stats/indicators.ts';

/**
 * `inspections.*` and `supervision.*`: rounds that started in the period, by kind; findings of those
 * rounds (fixed + not fixed = findings). Extensions: `supervision.frontRounds`,
 * `supervision.communityRounds`, `inspections.findingsFixed`, `inspections.findingsOpen`.
 */
export const inspectionIndicators: IndicatorProvider = async (ctx, communeId, p) => {
  const [row] = await ctx.tx.query<Record<string, number>>(
    `with i as (select * from inspections where commune_id = $1 and starts_on between $2 and $3),
          f as (select f.* from inspection_findings f join i on f.commune_id = i.commune_id and f.inspection_id = i.id)
     select
       (select count(*)::int from i where kind = 'selfInspection') as "inspections.selfRounds",
       (select count(*)::int from i where kind = 'councilSupervision') as "supervision.councilRounds",
       (select count(*)::int from i where kind = 'frontSupervision') as "supervision.frontRounds",
       (select count(*)::int from i where kind = 'communitySupervision') as "supervision.communityRounds",
       (select count(*)::int from f) as "inspections.findings",
       (select count(*)::int from f where fixed_on is not null and fixed_on <= $3) as "inspections.findingsFixed",
       (select count(*)::int from f where fixed_on is null or fixed_on > $3) as "inspections.findingsOpen"`,
    [communeId, p.from, p.to],
  );
  return { ...(row as Record<string, number>) };
};
