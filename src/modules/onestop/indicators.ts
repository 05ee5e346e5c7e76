import type { Queryable } from '../../platform/db/types.ts';
import type { IndicatorProvider, Period } from '../stats/indicators.ts';

/**
 * The one-stop statistics, defined once (docs/onestop-statistics.md):
 * - carriedOver: received before the period and still open at its start;
 * - received (by channel): received in the period;
 * - resolved: returned in the period — early before the appointment date, on time on it, late after;
 * - pending at the period's end: within deadline when the appointment date ≥ the period's end, else overdue;
 * - withdrawn, rejected: in the period.
 * Identity: carriedOver + received = resolved + pending + withdrawn + rejected.
 * "Appointment date" is the one on the receipt: an apology form's new date does not turn a late
 * dossier into an on-time one (it is counted among the apology letters instead).
 */
export const onestopSql = `
with d as (
  select channel, received_date, original_due_date as due_date, returned_date, withdrawn_date, rejected_date, digitized, paid_online,
         coalesce(returned_date, withdrawn_date, rejected_date) as closed_date
  from dossiers where commune_id = $1 and received_date <= $3
)
select
  count(*) filter (where received_date < $2 and (closed_date is null or closed_date >= $2))::int as "carriedOver",
  count(*) filter (where received_date >= $2)::int as "received",
  count(*) filter (where received_date >= $2 and channel = 'online')::int as "receivedOnline",
  count(*) filter (where received_date >= $2 and channel = 'direct')::int as "receivedDirect",
  count(*) filter (where received_date >= $2 and channel = 'postal')::int as "receivedPostal",
  count(*) filter (where returned_date between $2 and $3)::int as "resolved",
  count(*) filter (where returned_date between $2 and $3 and returned_date < due_date)::int as "resolvedEarly",
  count(*) filter (where returned_date between $2 and $3 and returned_date = due_date)::int as "resolvedOnTime",
  count(*) filter (where returned_date between $2 and $3 and returned_date > due_date)::int as "resolvedLate",
  count(*) filter (where (closed_date is null or closed_date > $3) and due_date >= $3)::int as "pendingWithinDeadline",
  count(*) filter (where (closed_date is null or closed_date > $3) and due_date < $3)::int as "pendingOverdue",
  count(*) filter (where withdrawn_date between $2 and $3)::int as "withdrawn",
  count(*) filter (where rejected_date between $2 and $3)::int as "rejected",
  count(*) filter (where received_date >= $2 and digitized)::int as "digitized",
  count(*) filter (where received_date >= $2 and paid_online)::int as "paidOnline"
from d`;

export interface OnestopCounts {
  carriedOver: number;
  received: number;
  receivedOnline: number;
  receivedDirect: number;
  receivedPostal: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
  withdrawn: number;
  rejected: number;
  digitized: number;
  paidOnline: number;
}

export async function onestopCounts(q: Queryable, communeId: string, p: Period): Promise<OnestopCounts> {
  const [row] = await q.query<OnestopCounts>(onestopSql, [communeId, p.from, p.to]);
  return row as OnestopCounts;
}

/** Ratios as fractions (0.975), rounded only when shown (domain/vi formatPercent). */
const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export const onestopIndicators: IndicatorProvider = async (ctx, communeId, period) => {
  const c = await onestopCounts(ctx.tx, communeId, period);
  const [extra] = await ctx.tx.query<Record<string, number>>(
    `select
       (select count(*)::int from dossier_apologies where commune_id = $1 and issued_date between $2 and $3) as "apologies",
       (select count(*)::int from dossier_ratings where commune_id = $1 and rated_date between $2 and $3) as "surveys",
       (select count(*)::int from dossier_ratings where commune_id = $1 and rated_date between $2 and $3 and overall >= 4) as "positive",
       (select count(*)::int from procedures where commune_id = $1) as "procTotal",
       (select count(*)::int from procedures where commune_id = $1 and published) as "procPublished",
       (select count(*)::int from procedures where commune_id = $1 and online_level = 'partial') as "procPartial",
       (select count(*)::int from procedures where commune_id = $1 and online_level = 'full') as "procFull"`,
    [communeId, period.from, period.to],
  );
  const e = extra as Record<string, number>;
  return {
    'onestop.procedures.total': e.procTotal ?? 0,
    'onestop.procedures.published': e.procPublished ?? 0,
    'onestop.procedures.onlinePartial': e.procPartial ?? 0,
    'onestop.procedures.onlineFull': e.procFull ?? 0,
    'onestop.dossiers.carriedOver': c.carriedOver,
    'onestop.dossiers.received': c.received,
    'onestop.dossiers.receivedOnline': c.receivedOnline,
    'onestop.dossiers.receivedDirect': c.receivedDirect,
    'onestop.dossiers.receivedPostal': c.receivedPostal,
    'onestop.dossiers.resolved': c.resolved,
    'onestop.dossiers.resolvedEarly': c.resolvedEarly,
    'onestop.dossiers.resolvedOnTime': c.resolvedOnTime,
    'onestop.dossiers.resolvedLate': c.resolvedLate,
    'onestop.dossiers.pendingWithinDeadline': c.pendingWithinDeadline,
    'onestop.dossiers.pendingOverdue': c.pendingOverdue,
    'onestop.dossiers.withdrawn': c.withdrawn,
    'onestop.dossiers.rejected': c.rejected,
    'onestop.onlineRate': ratio(c.receivedOnline, c.received),
    'onestop.digitizationRate': ratio(c.digitized, c.received),
    'onestop.onlinePaymentRate': ratio(c.paidOnline, c.received),
    'onestop.apologyLetters': e.apologies ?? 0,
    'onestop.satisfaction.surveys': e.surveys ?? 0,
    'onestop.satisfaction.positiveRate': ratio(e.positive ?? 0, e.surveys ?? 0),
  };
};
