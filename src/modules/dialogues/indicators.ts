import type { IndicatorProvider } from '../stats/indicators.ts';

/**
 * `dialogues.*`, for conferences held in the period and the opinions raised at them, each in its
 * state at the period's end: answered (on the spot, or later by the period's end), escalated, or
 * pending (including those answered only after the period). Identity:
 * opinions = answered + escalated + pending; answered = answeredOnSpot + answeredLater.
 */
export const dialogueIndicators: IndicatorProvider = async (ctx, communeId, period) => {
  const [row] = await ctx.tx.query<Record<string, number>>(
    `with o as (
       select o.outcome, o.answered_date from dialogue_opinions o
       join dialogue_conferences c on c.commune_id = o.commune_id and c.id = o.conference_id
       where c.commune_id = $1 and c.held_date between $2 and $3)
     select
       (select count(*)::int from dialogue_conferences where commune_id = $1 and held_date between $2 and $3) as conferences,
       count(*)::int as opinions,
       count(*) filter (where outcome = 'answeredOnSpot')::int as "onSpot",
       count(*) filter (where outcome = 'answeredLater' and answered_date <= $3)::int as "later",
       count(*) filter (where outcome = 'escalated')::int as escalated
     from o`,
    [communeId, period.from, period.to],
  );
  const r = row ?? {};
  const opinions = r.opinions ?? 0;
  const onSpot = r.onSpot ?? 0;
  const later = r.later ?? 0;
  const escalated = r.escalated ?? 0;
  return {
    'dialogues.conferences': r.conferences ?? 0,
    'dialogues.opinions': opinions,
    'dialogues.answered': onSpot + later,
    'dialogues.answeredOnSpot': onSpot,
    'dialogues.answeredLater': later,
    'dialogues.escalated': escalated,
    'dialogues.pending': opinions - onSpot - later - escalated,
  };
};
