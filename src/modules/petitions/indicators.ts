import type { Queryable } from '../../platform/db/types.ts';
import type { IndicatorProvider, Period } from '../stats/indicators.ts';
import { type PetitionKind, petitionKinds } from './schema.ts';

/**
 * Petition statistics, defined once, for one period [from, to], by kind:
 * - received: received in the period; carriedOver: received before it and still open at its start;
 * - at the period's end each of those (carriedOver + received) is in exactly one state: transferred,
 *   guided or filed (closed that way in the period), resolved (settled or answered in the period;
 *   on time when closed by its due date, else late), or still open — within its deadline or overdue
 *   (the deadline of the stage it was in at the period's end: intake before acceptance, settlement
 *   after). Identity: carriedOver + received = transferred + guided + filed + resolved
 *   + pendingWithinDeadline + overdue; resolved = resolvedOnTime + resolvedLate.
 * - inAuthority: of those, accepted as within the commune's authority by the period's end
 *   (= resolved + still open after acceptance);
 * - repeated, overLevel, anonymous: among those received in the period; forInspection: anonymous
 *   denunciations filed for inspection in the period.
 * petitions.* is the sum of complaints.*, denunciations.* and feedback.*. A reopened petition is
 * counted in its current state (the earlier answer is in its timeline).
 * Identity data is never read: these are counts over the petitions table only.
 */
export const petitionCountsSql = `
with p as (
  select kind, received_date, closed_date, status, accepted_date, repeated_of, over_level, anonymous, for_inspection,
         case when accepted_date <= $3 then due_date else intake_due_date end as due_at_end,
         due_date
  from petitions where commune_id = $1 and received_date <= $3 and (closed_date is null or closed_date >= $2)
)
select kind,
  count(*) filter (where received_date < $2)::int as "carriedOver",
  count(*) filter (where received_date >= $2)::int as "received",
  count(*) filter (where closed_date <= $3 and status = 'transferred')::int as "transferred",
  count(*) filter (where closed_date <= $3 and status = 'guided')::int as "guided",
  count(*) filter (where closed_date <= $3 and status = 'filed')::int as "filed",
  count(*) filter (where closed_date <= $3 and status in ('settled', 'answered'))::int as "resolved",
  count(*) filter (where closed_date <= $3 and status in ('settled', 'answered')
    and (due_date is null or closed_date <= due_date))::int as "resolvedOnTime",
  count(*) filter (where closed_date <= $3 and status in ('settled', 'answered') and closed_date > due_date)::int as "resolvedLate",
  count(*) filter (where (closed_date is null or closed_date > $3) and (due_at_end is null or due_at_end >= $3))::int
    as "pendingWithinDeadline",
  count(*) filter (where (closed_date is null or closed_date > $3) and due_at_end < $3)::int as "overdue",
  count(*) filter (where accepted_date <= $3)::int as "inAuthority",
  count(*) filter (where received_date >= $2 and repeated_of is not null)::int as "repeated",
  count(*) filter (where received_date >= $2 and over_level)::int as "overLevel",
  count(*) filter (where received_date >= $2 and anonymous)::int as "anonymous",
  count(*) filter (where closed_date <= $3 and status = 'filed' and for_inspection)::int as "forInspection"
from p group by kind`;

export const petitionCountKeys = [
  'carriedOver',
  'received',
  'transferred',
  'guided',
  'filed',
  'resolved',
  'resolvedOnTime',
  'resolvedLate',
  'pendingWithinDeadline',
  'overdue',
  'inAuthority',
  'repeated',
  'overLevel',
  'anonymous',
  'forInspection',
] as const;
export type PetitionCounts = Record<(typeof petitionCountKeys)[number], number>;

const zero = (): PetitionCounts => Object.fromEntries(petitionCountKeys.map((k) => [k, 0])) as PetitionCounts;

export async function petitionCounts(
  q: Queryable,
  communeId: string,
  p: Period,
): Promise<Record<PetitionKind, PetitionCounts>> {
  const rows = await q.query<PetitionCounts & { kind: PetitionKind }>(petitionCountsSql, [
    communeId,
    p.from,
    p.to,
  ]);
  const byKind = { complaint: zero(), denunciation: zero(), feedback: zero() };
  for (const { kind, ...counts } of rows) byKind[kind] = counts;
  return byKind;
}

/** Indicator prefix of each kind (PRIMER §4). */
export const kindPrefix: Record<PetitionKind, string> = {
  complaint: 'complaints',
  denunciation: 'denunciations',
  feedback: 'feedback',
};

export const petitionIndicators: IndicatorProvider = async (ctx, communeId, period) => {
  const byKind = await petitionCounts(ctx.tx, communeId, period);
  const out: Record<string, number> = {};
  for (const key of petitionCountKeys) {
    let total = 0;
    for (const kind of petitionKinds) {
      out[`${kindPrefix[kind]}.${key}`] = byKind[kind][key];
      total += byKind[kind][key];
    }
    out[`petitions.${key}`] = total;
  }
  return out;
};
