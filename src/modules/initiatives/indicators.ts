import type { IndicatorProvider } from '../stats/indicators.ts';

/**
 * `initiatives.*`, `movements.*`, `communication.*` (PRIMER §4; extensions keep the prefix):
 * - initiatives.total: "Dân vận khéo" initiatives running during the period (started by its end,
 *   not ended before its start) = the sum of initiatives.byField.*;
 * - movements.launched: movements whose start falls in the period;
 * - communication.*: in the period; broadcasts and banners count items (a row may log several),
 *   conferences, web posts and contests count events; participants are summed over all rows.
 */
export const initiativeIndicators: IndicatorProvider = async (ctx, communeId, p) => {
  const [row] = await ctx.tx.query<Record<string, number>>(
    `with i as (select * from initiatives where commune_id = $1 and started_on <= $3 and (ended_on is null or ended_on >= $2)),
          c as (select * from communication_entries where commune_id = $1 and entry_date between $2 and $3)
     select
       (select count(*)::int from i) as "initiatives.total",
       (select count(*)::int from i where field = 'economy') as "initiatives.byField.economy",
       (select count(*)::int from i where field = 'cultureSociety') as "initiatives.byField.cultureSociety",
       (select count(*)::int from i where field = 'defenceSecurity') as "initiatives.byField.defenceSecurity",
       (select count(*)::int from i where field = 'politicalSystem') as "initiatives.byField.politicalSystem",
       (select count(*)::int from i where started_on >= $2) as "initiatives.new",
       (select count(*)::int from i where replicated_from_id is not null or replicated_from_text is not null) as "initiatives.replicated",
       (select count(*)::int from initiative_commendations where commune_id = $1 and awarded_on between $2 and $3) as "initiatives.commendations",
       (select count(*)::int from movements where commune_id = $1 and starts_on between $2 and $3) as "movements.launched",
       (select coalesce(sum(quantity), 0)::int from c where kind = 'broadcast') as "communication.broadcasts",
       (select coalesce(sum(quantity), 0)::int from c where kind = 'banner') as "communication.banners",
       (select count(*)::int from c where kind = 'conference') as "communication.conferences",
       (select count(*)::int from c where kind = 'webPost') as "communication.webPosts",
       (select count(*)::int from c where kind = 'contest') as "communication.contests",
       (select coalesce(sum(participants), 0)::int from c) as "communication.participants"`,
    [communeId, p.from, p.to],
  );
  return { ...(row as Record<string, number>) };
};
