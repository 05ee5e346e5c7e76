import type { IndicatorProvider } from '../stats/indicators.ts';

/**
 * `disclosure.*` and `consultation.*` (PRIMER §4; extensions keep the prefix):
 * - disclosure.items: items whose posting started in the period;
 * - consultation.drafts: drafts whose period opened in the period;
 * - consultation.opinions: opinions received in the period = portal + meeting + written
 *   = accepted + partly accepted + not accepted + not yet answered.
 */
export const disclosureIndicators: IndicatorProvider = async (ctx, communeId, p) => {
  const [row] = await ctx.tx.query<Record<string, number>>(
    `select
       (select count(*)::int from disclosure_items where commune_id = $1 and posted_from between $2 and $3) as "disclosure.items",
       (select count(*)::int from consultation_drafts where commune_id = $1 and opens_on between $2 and $3) as "consultation.drafts",
       count(o.id)::int as "consultation.opinions",
       count(o.id) filter (where o.source = 'portal')::int as "consultation.opinionsPortal",
       count(o.id) filter (where o.source = 'meeting')::int as "consultation.opinionsMeeting",
       count(o.id) filter (where o.source = 'written')::int as "consultation.opinionsWritten",
       count(o.id) filter (where r.decision = 'accepted')::int as "consultation.opinionsAccepted",
       count(o.id) filter (where r.decision = 'partlyAccepted')::int as "consultation.opinionsPartlyAccepted",
       count(o.id) filter (where r.decision = 'notAccepted')::int as "consultation.opinionsNotAccepted",
       count(o.id) filter (where r.id is null)::int as "consultation.opinionsUnanswered"
     from consultation_opinions o
     left join consultation_responses r on r.commune_id = o.commune_id and r.id = o.response_id
     where o.commune_id = $1 and o.received_date between $2 and $3`,
    [communeId, p.from, p.to],
  );
  return { ...(row as Record<string, number>) };
};
