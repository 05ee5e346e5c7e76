import { addDays, daysBetween } from '../../domain/calendar/index.ts';
import { vnDate } from '../../domain/calendar/local-date.ts';
import { searchKey } from '../../domain/vi/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { getCommune } from '../units/service.ts';
import { readIdentity } from './identity.ts';
import { actionsFor, openStatuses } from './lifecycle.ts';
import * as q from './queries.ts';
import type { Assignee, Petition, PetitionDetail, PetitionQuery } from './schema.ts';

export const DUE_SOON_DAYS = 5;

/** Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */

/** A petition as the API shows it: no secret, no folded keys, and never an identity. */
export function present(row: q.PetitionRow, today: string): Petition {
  const {
    secretHash: _s,
    submitterKey: _k,
    assignedOfficialId,
    assignedOfficialName,
    repeatedOfId,
    repeatedOfCode,
    ...rest
  } = row;
  return {
    ...rest,
    assignedOfficial: assignedOfficialId
      ? { id: assignedOfficialId, fullName: assignedOfficialName ?? '' }
      : null,
    repeatedOf: repeatedOfId ? { id: repeatedOfId, code: repeatedOfCode ?? '' } : null,
    overdue: openStatuses.includes(row.status) && row.dueDate !== null && row.dueDate < today,
    actions: actionsFor(row),
  };
}

/**
 * One petition with its timeline and attachments. With `withIdentity`, a reader allowed to see a
 * denouncer gets `identity` (and the read is audited); everyone else gets no such field at all.
 */
export async function getPetition(
  ctx: Ctx,
  communeId: string,
  id: string,
  opts: { withIdentity?: boolean } = {},
): Promise<PetitionDetail> {
  const row = await q.selectPetition(ctx.tx, communeId, { id });
  if (!row) throw notFound('Đơn');
  const detail: PetitionDetail = {
    ...present(row, vnDate(ctx.asOf)),
    events: await q.selectEvents(ctx.tx, communeId, id),
    attachments: await q.selectAttachments(ctx.tx, communeId, id, false),
  };
  if (opts.withIdentity) {
    const identity = await readIdentity(ctx, communeId, row);
    if (identity) detail.identity = identity;
  }
  return detail;
}

export async function listPetitions(
  ctx: Ctx,
  f: PetitionQuery,
): Promise<{ items: Petition[]; total: number }> {
  await getCommune(ctx, { id: f.communeId });
  const today = vnDate(ctx.asOf);
  const open = `p.status in ('received', 'accepted')`;
  const view = {
    open: open,
    overdue: `${open} and p.due_date < $8`,
    // The same window as the home page's "due soon" list (attention, 5 days by default).
    dueSoon: `${open} and p.due_date >= $8 and p.due_date <= $8::date + ${DUE_SOON_DAYS}`,
    unassigned: `${open} and p.assigned_official_id is null`,
    mine: `p.assigned_official_id = $9`,
    repeated: `p.repeated_of is not null`,
  };
  const where = `p.commune_id = $1 and ($2::text is null or p.search_text like '%' || $2 || '%')
    and ($3::text is null or p.kind = $3) and ($4::text is null or p.status = $4) and ($5::text is null or p.topic = $5)
    and ($6::date is null or p.received_date >= $6) and ($7::date is null or p.received_date <= $7)
    and $8::date is not null and ($9::uuid is null or $9::uuid is not null) and ${f.view ? `(${view[f.view]})` : 'true'}`;
  // $8 (today) and $9 (the reader) are always bound, so every view shares one parameter list.
  const params = [
    f.communeId,
    f.q ? searchKey(f.q) : null,
    f.kind ?? null,
    f.status ?? null,
    f.topic ?? null,
    f.from ?? null,
    f.to ?? null,
    today,
    ctx.actor?.id ?? null,
  ];
  const rows = await ctx.tx.query<q.PetitionRow>(
    `select ${q.petitionColumns} from ${q.petitionFrom} where ${where}
     order by ${f.view === 'overdue' || f.view === 'dueSoon' ? 'p.due_date, p.received_date' : 'p.received_date desc, p.created_at desc'}
     limit $10 offset $11`,
    [...params, f.limit, f.offset],
  );
  const [count] = await ctx.tx.query<{ n: number }>(
    `select count(*)::int as n from petitions p where ${where}`,
    params,
  );
  return { items: rows.map((r) => present(r, today)), total: count?.n ?? 0 };
}

/** The home page's lists: open petitions past their due date, and those due within `days`. */
export async function petitionAttention(ctx: Ctx, communeId: string, days: number) {
  await getCommune(ctx, { id: communeId });
  const today = vnDate(ctx.asOf);
  const rows = await ctx.tx.query<{
    id: string;
    code: string;
    kind: Petition['kind'];
    subject: string;
    status: Petition['status'];
    dueDate: string;
    assignedId: string | null;
    assignedName: string | null;
  }>(
    `select p.id, p.code, p.kind, p.subject, p.status, p.due_date as "dueDate",
       p.assigned_official_id as "assignedId", u.full_name as "assignedName"
     from petitions p left join users u on u.id = p.assigned_official_id
     where p.commune_id = $1 and p.status in ('received', 'accepted') and p.due_date <= $2
     order by p.due_date, p.received_date limit 500`,
    [communeId, addDays(today, days)],
  );
  const items = rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind,
    subject: r.subject,
    status: r.status,
    dueDate: r.dueDate,
    daysLeft: daysBetween(today, r.dueDate),
    assignedOfficial: r.assignedId ? { id: r.assignedId, fullName: r.assignedName ?? '' } : null,
  }));
  return {
    today,
    overdue: items.filter((i) => i.daysLeft < 0),
    dueSoon: items.filter((i) => i.daysLeft >= 0),
  };
}

/** The commune's active officers and leaders, whom a leader may assign a petition to. */
export async function listAssignees(ctx: Ctx, communeId: string): Promise<Assignee[]> {
  await getCommune(ctx, { id: communeId });
  return ctx.tx.query<Assignee>(
    `select id, full_name as "fullName", position from users
     where commune_id = $1 and active and role in ('officer', 'leader') order by role desc, full_name`,
    [communeId],
  );
}
